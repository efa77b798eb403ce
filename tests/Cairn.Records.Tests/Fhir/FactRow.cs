using Cairn.Core.Records;

namespace Cairn.Records.Tests.Fhir;

/// <summary>The parts of a fact a test compares, so a whole import can be asserted as one list.</summary>
internal sealed record FactRow(
    FactKind Kind,
    string? Text,
    decimal? Number,
    string? Qualifier,
    DateOnly? Date,
    string ResourceId,
    DateOnly? EndDate = null,
    string? Unit = null,
    decimal? ReferenceHigh = null,
    string? Lab = null)
{
    public static FactRow Of(RecordFact fact) =>
        new(fact.Kind, fact.Text, fact.Number, fact.Qualifier, fact.Date,
            fact.Provenance.ResourceId ?? "", fact.EndDate, fact.Unit, fact.ReferenceHigh, fact.Lab);

    public static IReadOnlyList<FactRow> Of(ImportResult result) => result.Facts.Select(Of).ToList();
}
