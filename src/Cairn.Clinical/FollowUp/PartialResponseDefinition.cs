namespace Cairn.Clinical.FollowUp;

/// <summary>One definition of partial response: how much shrinkage it needs and how the boundary is read.</summary>
/// <param name="Criteria">RECIST 1.1 or the older WHO/general definition.</param>
/// <param name="ShrinkagePercent">The shrinkage threshold, in %.</param>
/// <param name="IsInclusive">True when exactly the threshold counts (RECIST "≥30%"); false when it must be exceeded (WHO "&gt;50%").</param>
/// <param name="Description">Plain-language description naming the definition.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record PartialResponseDefinition(
    ResponseCriteria Criteria,
    decimal ShrinkagePercent,
    bool IsInclusive,
    string Description,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>
    /// True when a shrinkage (in %, positive = smaller) reaches this definition's threshold. This checks the size
    /// criterion only; a full RECIST response also needs the non-target and new-lesion rules (§4).
    /// </summary>
    public bool IsMetBy(decimal shrinkagePercent) =>
        IsInclusive ? shrinkagePercent >= ShrinkagePercent : shrinkagePercent > ShrinkagePercent;
}
