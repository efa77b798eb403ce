namespace Cairn.Clinical.Markers;

/// <summary>An upper reference limit and how its boundary is read.</summary>
/// <param name="UpperLimit">The limit, in the marker's canonical unit.</param>
/// <param name="IsInclusive">True: a value equal to the limit is within range (≤). False: it is above (&lt;).</param>
/// <param name="Unit">The unit of <paramref name="UpperLimit"/>.</param>
/// <param name="Source">Lab range or typical default.</param>
/// <param name="Description">Short label, e.g. "lab's range" or "typical range for non-smokers".</param>
/// <param name="SourceIds">Catalogue ids for a typical default; empty for a lab's own range.</param>
public sealed record MarkerReferenceLimit(
    decimal UpperLimit,
    bool IsInclusive,
    MarkerUnit Unit,
    ReferenceLimitSource Source,
    string Description,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>True when <paramref name="value"/> is within this limit (≤ when inclusive, &lt; otherwise).</summary>
    public bool Contains(decimal value) => IsInclusive ? value <= UpperLimit : value < UpperLimit;
}
