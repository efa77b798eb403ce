namespace Cairn.Clinical.HormoneReceptors;

/// <summary>
/// A stated ER result next to the computed one. <see cref="Result"/> is always the stated result
/// (ONCOLOGY_RULES.md general rule 1).
/// </summary>
public sealed record ErReconciliation : IClinicalFinding
{
    /// <summary>The fixed warning shown when the stated and computed results disagree.</summary>
    public const string DiscrepancyWarningText = "Discrepancy – ask your care team";

    internal ErReconciliation(ErStatus stated, ErAssessment computed, bool hasDiscrepancy, string reason, IReadOnlyList<string> sourceIds)
    {
        Stated = stated;
        Computed = computed;
        HasDiscrepancy = hasDiscrepancy;
        Reason = reason;
        SourceIds = sourceIds;
    }

    /// <summary>The ER result as stated in the report.</summary>
    public ErStatus Stated { get; }

    /// <summary>The ER result computed from the percentage (a cross-check only).</summary>
    public ErAssessment Computed { get; }

    /// <summary>The result to use: always the stated one.</summary>
    public ErStatus Result => Stated;

    /// <summary>True when the stated and computed results disagree.</summary>
    public bool HasDiscrepancy { get; }

    /// <summary><see cref="DiscrepancyWarningText"/> when <see cref="HasDiscrepancy"/> is true, otherwise null.</summary>
    public string? DiscrepancyWarning => HasDiscrepancy ? DiscrepancyWarningText : null;

    /// <inheritdoc />
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SourceIds { get; }
}
