namespace Cairn.Clinical.HormoneReceptors;

/// <summary>Estrogen receptor (ER) status by IHC (ASCO/CAP 2020; S9, S10; ONCOLOGY_RULES.md §2).</summary>
public enum ErStatus
{
    /// <summary>ER-negative: fewer than 1% of tumour nuclei stain (0% included).</summary>
    Negative,

    /// <summary>ER Low Positive: 1% to 10% of tumour nuclei stain (both ends included). Still ER-positive.</summary>
    LowPositive,

    /// <summary>ER-positive: more than 10% of tumour nuclei stain.</summary>
    Positive,
}
