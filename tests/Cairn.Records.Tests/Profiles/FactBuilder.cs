using Cairn.Core.Records;

namespace Cairn.Records.Tests.Profiles;

/// <summary>Builds synthetic facts for profile tests.</summary>
internal static class FactBuilder
{
    private static int s_line;

    public static RecordFact Said(FactKind kind, string text, string document = "path.txt", string? qualifier = null, DateOnly? date = null) => new()
    {
        Kind = kind,
        Text = text,
        Qualifier = qualifier,
        Date = date,
        Provenance = new Provenance(document, null, Interlocked.Increment(ref s_line), $"{kind}: {text}"),
    };

    public static RecordFact Number(FactKind kind, decimal number, string document = "path.txt", DateOnly? date = null, string? unit = null) => new()
    {
        Kind = kind,
        Number = number,
        Unit = unit,
        Date = date,
        Provenance = new Provenance(document, null, Interlocked.Increment(ref s_line), $"{kind}: {number}"),
    };
}
