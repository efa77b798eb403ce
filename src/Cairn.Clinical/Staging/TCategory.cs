namespace Cairn.Clinical.Staging;

/// <summary>
/// AJCC 8th edition primary tumour (T) category for breast cancer (ONCOLOGY_RULES.md §3.1, S13).
/// Values are ordered so that, among the size-based categories T1mi..T3, a larger value never means a smaller tumour.
/// The enum has no zero member, so an uninitialised value is rejected rather than read as a category.
/// </summary>
public enum TCategory
{
    /// <summary>TX: the primary tumour cannot be assessed.</summary>
    TX = 1,

    /// <summary>T0: no evidence of a primary tumour.</summary>
    T0 = 2,

    /// <summary>Tis: carcinoma in situ (DCIS, or Paget disease of the nipple without an underlying tumour). LCIS is not Tis in the 8th edition.</summary>
    Tis = 3,

    /// <summary>T1 with no subcategory written (for example "pT1"); only ever produced by parsing, never by the size rule.</summary>
    T1 = 4,

    /// <summary>T1mi: largest invasive focus ≤1 mm.</summary>
    T1mi = 5,

    /// <summary>T1a: &gt;1 mm to ≤5 mm.</summary>
    T1a = 6,

    /// <summary>T1b: &gt;5 mm to ≤10 mm.</summary>
    T1b = 7,

    /// <summary>T1c: &gt;10 mm to ≤20 mm.</summary>
    T1c = 8,

    /// <summary>T2: &gt;20 mm to ≤50 mm.</summary>
    T2 = 9,

    /// <summary>T3: &gt;50 mm.</summary>
    T3 = 10,

    /// <summary>T4 with no subcategory written; only ever produced by parsing.</summary>
    T4 = 11,

    /// <summary>T4a: extension to the chest wall (invasion of the pectoralis muscle alone does not count).</summary>
    T4a = 12,

    /// <summary>T4b: ulceration, ipsilateral macroscopic satellite nodules, or skin oedema / peau d'orange (dermal invasion alone does not count).</summary>
    T4b = 13,

    /// <summary>T4c: both T4a and T4b.</summary>
    T4c = 14,

    /// <summary>T4d: inflammatory carcinoma.</summary>
    T4d = 15,
}
