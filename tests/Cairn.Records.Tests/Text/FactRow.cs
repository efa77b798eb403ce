using Cairn.Core.Records;

namespace Cairn.Records.Tests.Text;

/// <summary>The fields of a fact that every fixture test compares exactly.</summary>
internal sealed record FactRow(FactKind Kind, string? Text, decimal? Number, string? Qualifier, int? Line)
{
    public static FactRow Of(RecordFact fact) => new(fact.Kind, fact.Text, fact.Number, fact.Qualifier, fact.Provenance.Line);
}
