namespace Cairn.Clinical.Her2;

/// <summary>
/// A stated HER2 result next to the computed one. <see cref="Result"/> is always the stated result; the computed
/// one is never allowed to overwrite it (ONCOLOGY_RULES.md general rule 1).
/// </summary>
public sealed record Her2Reconciliation : IClinicalFinding
{
    /// <summary>The fixed warning shown when the stated and computed results disagree.</summary>
    public const string DiscrepancyWarningText = "Discrepancy – ask your care team";

    internal Her2Reconciliation(
        Her2StatedStatus stated,
        Her2Assessment computed,
        bool hasDiscrepancy,
        string reason,
        IReadOnlyList<string> sourceIds)
    {
        Stated = stated;
        Computed = computed;
        HasDiscrepancy = hasDiscrepancy;
        Reason = reason;
        SourceIds = sourceIds;
    }

    /// <summary>The result as stated in the report.</summary>
    public Her2StatedStatus Stated { get; }

    /// <summary>The result computed from the test values (a cross-check only).</summary>
    public Her2Assessment Computed { get; }

    /// <summary>The result to use: always the stated category.</summary>
    public Her2AscoCapResult Result => Stated.Result;

    /// <summary>The subgroup to use: the stated one when given, otherwise null (never filled in from the computed one).</summary>
    public Her2ExpressionSubgroup? Subgroup => Stated.Subgroup;

    /// <summary>True when the stated and computed results disagree.</summary>
    public bool HasDiscrepancy { get; }

    /// <summary><see cref="DiscrepancyWarningText"/> when <see cref="HasDiscrepancy"/> is true, otherwise null.</summary>
    public string? DiscrepancyWarning => HasDiscrepancy ? DiscrepancyWarningText : null;

    /// <inheritdoc />
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SourceIds { get; }
}
