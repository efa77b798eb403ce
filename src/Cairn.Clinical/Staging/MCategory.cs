namespace Cairn.Clinical.Staging;

/// <summary>
/// AJCC distant metastasis (M) category (ONCOLOGY_RULES.md §3.3, S15). MX is not a category (AJCC 7th/8th).
/// The enum has no zero member, so an uninitialised value is rejected rather than read as "no metastasis".
/// </summary>
public enum MCategory
{
    /// <summary>M0: no clinical or radiographic distant disease. Imaging is not required to assign M0.</summary>
    M0 = 1,

    /// <summary>
    /// cM0(i+): tumour cells or deposits ≤0.2 mm in blood (for example CTCs), bone marrow or non-regional nodes, in a
    /// patient without symptoms or signs of metastasis. This is still M0 and never makes the stage IV.
    /// </summary>
    M0ItcPositive = 2,

    /// <summary>M1: distant metastasis found clinically or radiographically, and/or proven histologically &gt;0.2 mm.</summary>
    M1 = 3,
}
