using Cairn.Core.Records;
using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>Patient → <see cref="FactKind.PatientName"/>: the official (else usual, else first) name as written.</summary>
internal static class PatientExtractor
{
    public static void Extract(Patient patient, FhirResourceEntry entry, FhirImportContext context)
    {
        var name = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official)
                   ?? patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Usual)
                   ?? patient.Name.FirstOrDefault(n => n.Use is not (HumanName.NameUse.Old or HumanName.NameUse.Maiden))
                   ?? patient.Name.FirstOrDefault();
        var text = name is null ? null : Written(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        context.Facts.Add(new RecordFact
        {
            Kind = FactKind.PatientName,
            Text = text,
            Provenance = context.ProvenanceFor(entry, text),
        });
    }

    // HumanName.text is the name as the source wrote it; otherwise given names then family, as stored.
    private static string? Written(HumanName name)
    {
        if (!string.IsNullOrWhiteSpace(name.Text))
        {
            return name.Text.Trim();
        }

        var parts = name.Given.Where(given => !string.IsNullOrWhiteSpace(given)).Select(given => given!.Trim()).ToList();
        if (!string.IsNullOrWhiteSpace(name.Family))
        {
            parts.Add(name.Family!.Trim());
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }
}
