namespace Cairn.Clinical.HormoneReceptors;

/// <summary>
/// Progesterone receptor (PgR/PR) status by IHC (ASCO/CAP 2020; S9, S10; ONCOLOGY_RULES.md §2).
/// There is no "PR low" category: PR is reported positive from 1% with its percentage.
/// </summary>
public enum PrStatus
{
    /// <summary>PR-negative: fewer than 1% of tumour nuclei stain.</summary>
    Negative,

    /// <summary>PR-positive: 1% or more of tumour nuclei stain.</summary>
    Positive,
}
