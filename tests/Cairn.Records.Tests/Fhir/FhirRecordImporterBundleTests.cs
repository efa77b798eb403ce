using Cairn.Core.Records;
using Cairn.Records.Fhir;
using static Cairn.Records.Tests.Fhir.FhirJson;

namespace Cairn.Records.Tests.Fhir;

/// <summary>How a Bundle's entries are found, referenced and named in provenance.</summary>
public sealed class FhirRecordImporterBundleTests
{
    private readonly FhirRecordImporter _importer = new();

    [Fact]
    public void GivenEntriesWithoutIdsReferencedByUrnUuid_WhenImporting_ThenProvenanceUsesTheFullUrlAndReferencesResolve()
    {
        var json = """
            {
              "resourceType": "Bundle",
              "type": "transaction",
              "entry": [
                { "fullUrl": "urn:uuid:11111111-1111-4111-8111-111111111111",
                  "resource": { "resourceType": "Condition", "code": { "text": "Carcinoma of the left breast" }, "subject": { "reference": "urn:uuid:33333333-3333-4333-8333-333333333333" } },
                  "request": { "method": "POST", "url": "Condition" } },
                { "fullUrl": "urn:uuid:22222222-2222-4222-8222-222222222222",
                  "resource": { "resourceType": "MedicationRequest", "status": "completed", "intent": "order",
                                "medicationCodeableConcept": { "text": "docetaxel 20 MG/ML Injectable Solution" },
                                "subject": { "reference": "urn:uuid:33333333-3333-4333-8333-333333333333" },
                                "authoredOn": "2026-04-01",
                                "reasonReference": [{ "reference": "urn:uuid:11111111-1111-4111-8111-111111111111" }] },
                  "request": { "method": "POST", "url": "MedicationRequest" } },
                { "fullUrl": "urn:uuid:33333333-3333-4333-8333-333333333333",
                  "resource": { "resourceType": "Patient", "name": [{ "text": "Sam Q. Example" }] },
                  "request": { "method": "POST", "url": "Patient" } }
              ]
            }
            """;

        var result = _importer.Import(File(json));

        // "Carcinoma" alone names no histologic type, so there is no Histology fact.
        Assert.Equal(
            [
                (FactKind.CancerSite, "breast", "Condition/urn:uuid:11111111-1111-4111-8111-111111111111"),
                (FactKind.Laterality, "left", "Condition/urn:uuid:11111111-1111-4111-8111-111111111111"),
                (FactKind.Treatment, "docetaxel", "MedicationRequest/urn:uuid:22222222-2222-4222-8222-222222222222"),
                (FactKind.PatientName, "Sam Q. Example", "Patient/urn:uuid:33333333-3333-4333-8333-333333333333"),
            ],
            result.Facts.Select(f => (f.Kind, f.Text, f.Provenance.ResourceId)).ToList());
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void GivenResourcesAboutTwoPatients_WhenImporting_ThenAWarningNamesBoth()
    {
        var json = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [
                { "resource": { "resourceType": "Patient", "id": "a", "name": [{ "family": "One", "given": ["Pat"] }] } },
                { "resource": { "resourceType": "Observation", "id": "o", "status": "final",
                                "code": { "coding": [{ "system": "http://loinc.org", "code": "48676-1" }] },
                                "subject": { "reference": "Patient/b" }, "valueString": "Positive" } }
              ]
            }
            """;

        var result = _importer.Import(File(json));

        Assert.Equal(2, result.Facts.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("more than one patient (Patient/a, Patient/b)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenANestedBundle_WhenImporting_ThenItsEntriesAreReadToo()
    {
        var json = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [
                { "resource": { "resourceType": "Bundle", "type": "collection", "entry": [
                    { "resource": { "resourceType": "Observation", "id": "inner", "status": "final",
                                    "code": { "coding": [{ "system": "http://loinc.org", "code": "16112-5" }] }, "valueString": "Negative" } } ] } }
              ]
            }
            """;

        var result = _importer.Import(File(json));

        var fact = Assert.Single(result.Facts);
        Assert.Equal((FactKind.ErStatus, "negative", "Observation/inner"), (fact.Kind, fact.Text, fact.Provenance.ResourceId));
        Assert.Equal(5, fact.Provenance.Line); // the outer entry's resource
    }

    [Fact]
    public void GivenAMedicationReferenceThatIsNotInTheFile_WhenImporting_ThenAWarningSaysTheDrugIsUnknown()
    {
        var json = """
            { "resourceType": "MedicationAdministration", "id": "m", "status": "completed",
              "meta": { "profile": ["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-administration"] },
              "medicationReference": { "reference": "Medication/elsewhere" },
              "subject": { "reference": "Patient/p" }, "effectiveDateTime": "2026-04-02" }
            """;

        var result = _importer.Import(File(json));

        Assert.Empty(result.Facts);
        Assert.Equal(["MedicationAdministration/m: the medication 'Medication/elsewhere' is not in the file, so the drug could not be identified."], result.Warnings);
    }

    [Fact]
    public void GivenAMedicationReferenceToABundledMedication_WhenImporting_ThenItsCodeNamesTheDrug()
    {
        var json = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [
                { "fullUrl": "http://example.org/fhir/Medication/enhertu",
                  "resource": { "resourceType": "Medication", "id": "enhertu", "code": { "coding": [{ "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "display": "Enhertu" }] } } },
                { "resource": { "resourceType": "MedicationAdministration", "id": "given", "status": "completed",
                                "medicationReference": { "reference": "http://example.org/fhir/Medication/enhertu" },
                                "subject": { "reference": "Patient/p" },
                                "effectivePeriod": { "start": "2026-07-01T09:00:00Z", "end": "2026-07-01T10:30:00Z" } } }
              ]
            }
            """;

        var result = _importer.Import(File(json));

        var fact = Assert.Single(result.Facts);
        Assert.Equal(
            new FactRow(FactKind.Treatment, "fam-trastuzumab deruxtecan-nxki", null, null, new DateOnly(2026, 7, 1), "MedicationAdministration/given", EndDate: new DateOnly(2026, 7, 1)),
            FactRow.Of(fact));
    }

    [Fact]
    public void GivenAConditionThatStatesBothSides_WhenImporting_ThenNoLateralityIsGuessed()
    {
        var json = """
            { "resourceType": "Condition", "id": "c",
              "meta": { "profile": ["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition"] },
              "code": { "text": "Primary malignant neoplasm of right breast" },
              "bodySite": [{ "coding": [{ "system": "http://snomed.info/sct", "code": "80248007", "display": "Left breast structure (body structure)" }] }],
              "subject": { "reference": "Patient/p" } }
            """;

        var result = _importer.Import(File(json));

        Assert.DoesNotContain(result.Facts, f => f.Kind == FactKind.Laterality);
        Assert.Equal("breast", Assert.Single(result.Facts, f => f.Kind == FactKind.CancerSite).Text);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("'Left breast structure (body structure)' and 'Primary malignant neoplasm of right breast'", warning, StringComparison.Ordinal);
    }
}
