namespace Cairn.Clinical.Staging;

/// <summary>
/// A report's stated primary tumour (T) category next to the one computed from the findings (ONCOLOGY_RULES.md general rule 1).
/// <see cref="EffectiveCategory"/> is always the stated one: the report wins, and the computed value is only a cross-check.
/// </summary>
/// <param name="Stated">The category as written in the report, with its basis prefix.</param>
/// <param name="Computed">The category computed from the findings (a cross-check only).</param>
/// <param name="Agreement">Whether the two agree, disagree or cannot be compared.</param>
/// <param name="DiscrepancyWarning">"Discrepancy – ask your care team: …" when <see cref="Agreement"/> is <see cref="StageAgreement.Discrepancy"/>; otherwise null.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on; never empty.</param>
public sealed record TReconciliation(
    TnmT Stated,
    TClassification Computed,
    StageAgreement Agreement,
    string? DiscrepancyWarning,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>The category to show: always the stated one.</summary>
    public TCategory EffectiveCategory => Stated.Category;

    /// <summary>True when the stated and computed categories disagree.</summary>
    public bool HasDiscrepancy => Agreement == StageAgreement.Discrepancy;
}
