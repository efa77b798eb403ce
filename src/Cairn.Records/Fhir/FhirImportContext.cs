using Cairn.Core.Records;
using Cairn.Records.Fhir.Resources;

namespace Cairn.Records.Fhir;

/// <summary>What one import is collecting: the facts and warnings, and the file's resources for reference lookups.</summary>
internal sealed class FhirImportContext(string documentName, FhirResourceIndex index)
{
    public string DocumentName { get; } = documentName;

    public FhirResourceIndex Index { get; } = index;

    public List<RecordFact> Facts { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>Adds a warning that starts with the resource's "Type/id".</summary>
    public void Warn(FhirResourceEntry entry, string message) => Warnings.Add($"{entry.ResourceId}: {message}");

    public Provenance ProvenanceFor(FhirResourceEntry entry, string matchedText) =>
        new(DocumentName, Page: null, entry.Line, FhirValues.Truncate(matchedText), entry.ResourceId);

    /// <summary>
    /// Reads a FHIR date for a fact. A date without its day ("2018-04") gives no date and a warning: the day is
    /// never guessed.
    /// </summary>
    public DateOnly? DateOf(FhirResourceEntry entry, string? value, string what)
    {
        var date = FhirValues.ToDate(value, out var partial);
        if (date is null && partial)
        {
            Warn(entry, FhirMessages.DateWithoutDay(what, value!));
        }

        return date;
    }
}
