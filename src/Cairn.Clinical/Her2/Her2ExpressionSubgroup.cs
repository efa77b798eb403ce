namespace Cairn.Clinical.Her2;

/// <summary>
/// Therapy-eligibility label for a HER2-negative result. These are FDA label terms, not ASCO/CAP result
/// categories (ASCO/CAP 2023 called such categories premature; S2, S3; ONCOLOGY_RULES.md §1.4).
/// </summary>
public enum Her2ExpressionSubgroup
{
    /// <summary>HER2-low: IHC 1+, or IHC 2+ with negative ISH (FDA Enhertu label 2022-08-05; S6).</summary>
    Low,

    /// <summary>HER2-ultralow: IHC 0 with faint incomplete staining in &gt;0% and ≤10% of cells (FDA 2025-01-27; S7, S8).</summary>
    Ultralow,

    /// <summary>HER2-0 (null): IHC 0 with no staining at all.</summary>
    Zero,

    /// <summary>Cannot be told apart: IHC 0 without staining detail, or a negative result without any IHC score.</summary>
    Undetermined,
}
