namespace Cairn.Clinical.Her2;

/// <summary>
/// Dual-probe ISH group from the HER2/CEP17 ratio (R) and the average HER2 copy number (CN, signals/cell)
/// (ASCO/CAP 2018 Fig 3, S1; S4; ONCOLOGY_RULES.md §1.2). The numeric value equals the group number.
/// </summary>
public enum Her2IshGroup
{
    /// <summary>Group 1: R ≥ 2.0 and CN ≥ 4.0 (ISH positive).</summary>
    Group1 = 1,

    /// <summary>Group 2: R ≥ 2.0 and CN &lt; 4.0 (concurrent IHC needed).</summary>
    Group2 = 2,

    /// <summary>Group 3: R &lt; 2.0 and CN ≥ 6.0 (concurrent IHC needed).</summary>
    Group3 = 3,

    /// <summary>Group 4: R &lt; 2.0 and 4.0 ≤ CN &lt; 6.0 (concurrent IHC needed).</summary>
    Group4 = 4,

    /// <summary>Group 5: R &lt; 2.0 and CN &lt; 4.0 (ISH negative).</summary>
    Group5 = 5,
}
