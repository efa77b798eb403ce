namespace Cairn.Clinical.Staging;

/// <summary>
/// A report's stated stage next to the computed anatomic stage. <see cref="EffectiveStage"/> is always the stated stage:
/// the report wins, and the computed value is only a cross-check.
/// </summary>
/// <param name="Stated">The stage as written in the report.</param>
/// <param name="ComputedAnatomicStage">The anatomic stage computed from T, N and M (may be <see cref="StageGroup.Unmappable"/>).</param>
/// <param name="Agreement">Whether the two agree, disagree or cannot be compared.</param>
/// <param name="DiscrepancyWarning">Plain-language warning when <see cref="Agreement"/> is <see cref="StageAgreement.Discrepancy"/>; otherwise null.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record StageReconciliation(
    StatedStage Stated,
    StageGroup ComputedAnatomicStage,
    StageAgreement Agreement,
    string? DiscrepancyWarning,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>The stage to show: always the stated one.</summary>
    public StageGroup EffectiveStage => Stated.Group;

    /// <summary>True when the stated and computed stages disagree.</summary>
    public bool HasDiscrepancy => Agreement == StageAgreement.Discrepancy;
}
