using Cairn.Core.Records;
using Cairn.Records.Fhir;
using static Cairn.Records.Tests.Fhir.FhirJson;

namespace Cairn.Records.Tests.Fhir;

/// <summary>How each kind of Observation value becomes a fact, or a warning when it cannot be read.</summary>
public sealed class FhirRecordImporterObservationValueTests
{
    private readonly FhirRecordImporter _importer = new();

    public static TheoryData<string, string, string, FactKind, string?, string?> TextFacts => new()
    {
        // case, code, value, kind, text, qualifier
        { "HER2 IHC score as a string", Loinc("85319-2"), """ "valueString": "3+" """, FactKind.Her2Ihc, "3+", null },
        { "HER2 IHC score as a LOINC answer", Loinc("18474-7"), """ "valueCodeableConcept": { "coding": [{ "system": "http://loinc.org", "code": "LA11841-6" }] } """, FactKind.Her2Ihc, "1+", null },
        { "HER2 IHC score as SNOMED +++", Loinc("72383-3"), """ "valueCodeableConcept": { "coding": [{ "system": "http://snomed.info/sct", "code": "260349009", "display": "+++" }] } """, FactKind.Her2Ihc, "3+", null },
        { "HER2 IHC score 0 in words", Loinc("85319-2"), """ "valueString": "Score 0" """, FactKind.Her2Ihc, "0", null },
        { "HER2 IHC score inside a sentence", Loinc("85319-2"), """ "valueString": "Equivocal (score 2+)" """, FactKind.Her2Ihc, "2+", null },
        { "HER2 IHC stated negative", Loinc("85319-2"), """ "valueCodeableConcept": { "text": "Negative" } """, FactKind.Her2Status, "negative", "ihc" },
        { "HER2 interpretation negative stays negative", Loinc("48676-1"), """ "valueCodeableConcept": { "coding": [{ "system": "http://loinc.org", "code": "LA6577-6", "display": "Negative" }] } """, FactKind.Her2Status, "negative", null },
        { "HER2 interpretation equivocal", Loinc("48676-1"), """ "valueString": "Equivocal" """, FactKind.Her2Status, "equivocal", null },
        { "HER2-low stated in words", Loinc("48676-1"), """ "valueString": "HER2-low" """, FactKind.Her2Status, "low", null },
        { "HER2-ultralow stated in words", Loinc("48676-1"), """ "valueString": "HER2-ultralow" """, FactKind.Her2Status, "ultralow", null },
        { "ISH not amplified", Loinc("85318-4"), """ "valueString": "Not amplified" """, FactKind.Her2IshResult, "not-amplified", null },
        { "ISH negative answer", Loinc("31150-6"), """ "valueCodeableConcept": { "coding": [{ "system": "http://loinc.org", "code": "LA6577-6", "display": "Negative" }] } """, FactKind.Her2IshResult, "not-amplified", null },
        { "ISH equivocal (SNOMED)", Loinc("85318-4"), """ "valueCodeableConcept": { "coding": [{ "system": "http://snomed.info/sct", "code": "42425007", "display": "Equivocal (qualifier value)" }] } """, FactKind.Her2IshResult, "equivocal", null },
        { "ER low positive", Loinc("16112-5"), """ "valueString": "Low positive" """, FactKind.ErStatus, "low-positive", null },
        { "ER negative (SNOMED)", Loinc("40556-3"), """ "valueCodeableConcept": { "coding": [{ "system": "http://snomed.info/sct", "code": "260385009", "display": "Negative (qualifier value)" }] } """, FactKind.ErStatus, "negative", null },
        { "PR positive by words in a local code", CodeText("Progesterone receptor status"), """ "valueString": "Positive" """, FactKind.PrStatus, "positive", null },
        { "ER by abbreviation on an mCODE tumour marker test", CodeText("ER"), """ "valueString": "Positive" """, FactKind.ErStatus, "positive", null },
        { "HER2 by FISH in words", CodeText("HER2 FISH"), """ "valueString": "Amplified" """, FactKind.Her2IshResult, "amplified", null },
        { "T category without prefix takes the code's basis", Snomed("384625004", "pT category"), """ "valueCodeableConcept": { "text": "T1c" } """, FactKind.TCategory, "T1c", "p" },
        { "N category with isolated tumour cells", Snomed("371494008", "pN category"), """ "valueString": "pN0(i+)" """, FactKind.NCategory, "N0(i+)", "p" },
        { "post-neoadjuvant prefix from the value", Loinc("21899-0"), """ "valueString": "ypT1a" """, FactKind.TCategory, "T1a", "yp" },
        { "legacy SNOMED 'T2 category' value", Loinc("21905-5"), """ "valueCodeableConcept": { "coding": [{ "system": "http://snomed.info/sct", "code": "67673008", "display": "T2 category (finding)" }] } """, FactKind.TCategory, "T2", "c" },
        { "anatomic stage group", Loinc("21908-9"), """ "valueString": "Anatomic stage IIA" """, FactKind.StageGroup, "IIA", "anatomic" },
        { "stage IV", Loinc("21902-2"), """ "valueCodeableConcept": { "coding": [{ "system": "http://snomed.info/sct", "code": "1222823003", "display": "American Joint Committee on Cancer stage IV (qualifier value)" }] } """, FactKind.StageGroup, "IV", null },
    };

    [Theory]
    [MemberData(nameof(TextFacts))]
    public void GivenAnObservationValue_WhenImporting_ThenItBecomesTheNormalisedFact(
        string caseId, string code, string value, FactKind kind, string? text, string? qualifier)
    {
        var result = _importer.Import(Observation(code, value));

        var fact = Assert.Single(result.Facts);
        Assert.True(kind == fact.Kind && text == fact.Text && qualifier == fact.Qualifier,
            $"{caseId}: expected {kind} '{text}' ({qualifier}), got {fact.Kind} '{fact.Text}' ({fact.Qualifier}); warnings: {string.Join(" | ", result.Warnings)}");
        Assert.Empty(result.Warnings);
        Assert.Equal("Observation/obs-1", fact.Provenance.ResourceId);
        Assert.Equal(new DateOnly(2026, 2, 3), fact.Date);
    }

    public static TheoryData<string, string, string, FactKind, double> NumberFacts => new()
    {
        { "ER percent as integer", Loinc("85329-1"), """ "valueInteger": 5 """, FactKind.ErPercent, 5 },
        { "PR percent as quantity", Loinc("14230-7"), """ "valueQuantity": { "value": 40, "unit": "%" } """, FactKind.PrPercent, 40 },
        { "ER percent as text", Loinc("14228-1"), """ "valueString": "80 %" """, FactKind.ErPercent, 80 },
        { "HER2/CEP17 ratio as Ratio", Loinc("49683-6"), """ "valueRatio": { "numerator": { "value": 2.4 }, "denominator": { "value": 1 } } """, FactKind.Her2IshRatio, 2.4 },
        { "HER2/CEP17 ratio as text", Loinc("49683-6"), """ "valueString": "1.8" """, FactKind.Her2IshRatio, 1.8 },
        { "HER2 copies per nucleus", Loinc("74860-8"), """ "valueQuantity": { "value": 4.5 } """, FactKind.Her2IshCopies, 4.5 },
        { "HER2 ratio named in words", CodeText("HER2/CEP17 ratio by ISH"), """ "valueQuantity": { "value": 2.1 } """, FactKind.Her2IshRatio, 2.1 },
    };

    [Theory]
    [MemberData(nameof(NumberFacts))]
    public void GivenAMeasuredValue_WhenImporting_ThenItBecomesANumberFact(string caseId, string code, string value, FactKind kind, double number)
    {
        var result = _importer.Import(Observation(code, value));

        var fact = Assert.Single(result.Facts);
        Assert.True(kind == fact.Kind && (decimal)number == fact.Number, $"{caseId}: got {fact.Kind} {fact.Number}");
        Assert.Null(fact.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void GivenErStatusWithPercentInTheSameText_WhenImporting_ThenTheStatedResultAndThePercentAreSeparateFacts()
    {
        var result = _importer.Import(Observation(Loinc("16112-5"), """ "valueString": "Positive (80%)" """));

        Assert.Equal([FactKind.ErStatus, FactKind.ErPercent], result.Facts.Select(f => f.Kind));
        Assert.Equal("positive", result.Facts[0].Text);
        Assert.Equal(80m, result.Facts[1].Number);
    }

    public static TheoryData<string, string, string, string> Warnings => new()
    {
        // case, code, value, expected part of the warning
        { "ER percent over 100", Loinc("14228-1"), """ "valueQuantity": { "value": 150, "unit": "%" } """, "outside 0–100" },
        { "PR indeterminate", Loinc("16113-3"), """ "valueString": "Indeterminate" """, "is not positive or negative" },
        { "ER ligand binding in fmol/mg", Loinc("14130-9"), """ "valueQuantity": { "value": 10, "unit": "fmol/mg" } """, "does not read" },
        { "combined ER+PR result", Loinc("10480-2"), """ "valueString": "Positive" """, "ER/PR" },
        { "HER2 IHC as a bare integer", Loinc("85319-2"), """ "valueInteger": 2 """, "bare number" },
        { "HER2 interpretation that says nothing", Loinc("48676-1", "HER2 [Interpretation] in Tissue"), """ "valueString": "see report" """, "HER2 result found but it could not be read: 'HER2 [Interpretation] in Tissue' = 'see report'" },
        { "HER2 ISH with a percent", Loinc("85318-4"), """ "valueQuantity": { "value": 20, "unit": "%" } """, "could not be read" },
        { "HER2 ratio implausible", Loinc("49683-6"), """ "valueQuantity": { "value": 0 } """, "not a plausible value" },
        { "pathologic M0", Snomed("371497001", "pM category"), """ "valueString": "M0" """, "pM0 is not an AJCC category" },
        { "clinical code with pathologic value", Snomed("399504009", "cT category"), """ "valueString": "pT2" """, "clinical and pathologic disagree" },
        { "stage without its letter", Loinc("21908-9"), """ "valueString": "Stage II" """, "could not be read as an AJCC stage group" },
        { "unknown T category", Loinc("21905-5"), """ "valueString": "T9" """, "unknown T category" },
        { "CA 27.29 below a limit", Loinc("17842-6"), """ "valueQuantity": { "comparator": "<", "value": 5, "unit": "U/mL" } """, "a limit rather than a value" },
        { "CEA as text", Loinc("2039-6"), """ "valueString": "normal" """, "CEA result found but it could not be read" },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void GivenAValueThatCannotBeUsed_WhenImporting_ThenNoFactIsGuessedAndAWarningSaysWhy(string caseId, string code, string value, string expected)
    {
        var result = _importer.Import(Observation(code, value));

        Assert.True(result.Facts.Count == 0, $"{caseId}: unexpected {string.Join(", ", result.Facts.Select(f => $"{f.Kind} {f.Text}{f.Number}"))}");
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("Observation/obs-1: ", warning, StringComparison.Ordinal);
        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenSerumHer2_WhenImporting_ThenItIsALabValueNotTheTumourHer2Status()
    {
        var result = _importer.Import(Observation(Loinc("32996-1", "HER2 [Mass/volume] in Serum"), """ "valueQuantity": { "value": 12.5, "unit": "ng/mL" } """, profile: null));

        var fact = Assert.Single(result.Facts);
        Assert.Equal(FactKind.Observation, fact.Kind);
        Assert.Equal("HER2 [Mass/volume] in Serum", fact.Text);
    }

    [Fact]
    public void GivenAnEcgPrInterval_WhenImporting_ThenItIsNotReadAsProgesteroneReceptor()
    {
        var result = _importer.Import(Observation(CodeText("PR interval"), """ "valueQuantity": { "value": 160, "unit": "ms" } """, profile: null, category: "procedure"));

        Assert.Empty(result.Facts);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void GivenCeaByNameWithKilounitsAndAReferenceRange_WhenImporting_ThenNameAndUnitAreCanonical()
    {
        var result = _importer.Import(Observation(
            CodeText("Carcinoembryonic antigen"),
            """ "valueQuantity": { "value": 4.2, "unit": "µg/L" } """,
            profile: null,
            extra: """ "referenceRange": [{ "low": { "value": 0 }, "high": { "value": 3.0, "unit": "µg/L" } }] """));

        var fact = Assert.Single(result.Facts);
        Assert.Equal(
            new FactRow(FactKind.Observation, "CEA", 4.2m, null, new DateOnly(2026, 2, 3), "Observation/obs-1", Unit: "ng/mL", ReferenceHigh: 3.0m),
            FactRow.Of(fact));
        Assert.Equal("Carcinoembryonic antigen: 4.2 µg/L", fact.Provenance.MatchedText);
    }

    [Fact]
    public void GivenADataAbsentReason_WhenImporting_ThenNothingIsReadAndNothingIsWarned()
    {
        var result = _importer.Import(Observation(
            Loinc("85337-4"),
            """ "dataAbsentReason": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-performed" }] } """));

        Assert.Empty(result.Facts);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void GivenAMonthOnlyDateOnAnObservationThatGivesAFact_WhenImporting_ThenTheFactHasNoDateAndAWarningSaysWhy()
    {
        var file = File("""
            { "resourceType": "Observation", "id": "obs-1", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "48676-1" }] },
              "effectiveDateTime": "2026-02", "valueString": "Positive" }
            """);

        var result = _importer.Import(file);

        Assert.Null(Assert.Single(result.Facts).Date);
        Assert.Equal(["Observation/obs-1: the observation date '2026-02' gives no day, so the fact has no date."], result.Warnings);
    }

    [Fact]
    public void GivenAMonthOnlyDateOnAnObservationCairnDoesNotRead_WhenImporting_ThenNothingIsWarned()
    {
        var file = File("""
            { "resourceType": "Observation", "id": "obs-1", "status": "final",
              "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs" }] }],
              "code": { "coding": [{ "system": "http://loinc.org", "code": "29463-7" }] },
              "effectiveDateTime": "2026-02", "valueQuantity": { "value": 70, "unit": "kg" } }
            """);

        var result = _importer.Import(file);

        Assert.Empty(result.Facts);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("""{ "reference": "Practitioner/pat-the-pathologist", "display": "Dr Pat" }""", null)]
    [InlineData("""{ "display": "City Hospital Laboratory" }""", "City Hospital Laboratory")]
    [InlineData("""{ "reference": "Organization/x", "display": "North Lab" }""", "North Lab")]
    [InlineData("""{ "type": "PractitionerRole", "display": "Lab technician" }""", null)]
    public void GivenAPerformer_WhenImportingALabResult_ThenOnlyAnOrganisationIsTheLab(string performer, string? lab)
    {
        var result = _importer.Import(Observation(
            Loinc("17842-6"), """ "valueQuantity": { "value": 30, "unit": "U/mL" } """, profile: null, extra: $$""" "performer": [{{performer}}] """));

        Assert.Equal(lab, Assert.Single(result.Facts).Lab);
    }
}
