using Cairn.Core.Records;

namespace Cairn.Cli.Rendering;

/// <summary>JSON shapes for record commands: the profile contract, extended (never changed) with import details.</summary>
internal static class ProfileJson
{
    public static object WithImport(ImportOutcome outcome) => new
    {
        patientId = outcome.Profile.PatientId,
        cancer = outcome.Profile.Cancer,
        biomarkers = outcome.Profile.Biomarkers,
        stage = outcome.Profile.Stage,
        treatments = outcome.Profile.Treatments,
        observations = outcome.Profile.Observations,
        warnings = outcome.Profile.Warnings,
        provenance = outcome.Profile.Provenance,
        import = new
        {
            patientCreated = outcome.PatientCreated,
            added = outcome.Added.Select(Document),
            alreadyStored = outcome.AlreadyStored.Select(Document),
        },
    };

    public static object Document(StoredDocument document) => new
    {
        id = document.Id,
        fileName = document.FileName,
        kind = document.Kind,
        contentHash = document.ContentHash,
        mediaType = document.MediaType,
        sizeBytes = document.SizeBytes,
        importedAt = document.ImportedAt,
        values = document.FactCount,
        warnings = document.Warnings,
    };
}
