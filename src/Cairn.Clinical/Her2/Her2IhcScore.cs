namespace Cairn.Clinical.Her2;

/// <summary>
/// HER2 immunohistochemistry (IHC) score of the invasive tumour (ASCO/CAP 2018 Fig 1, S1; ONCOLOGY_RULES.md §1.1).
/// The numeric value equals the score, so <c>(int)score</c> is 0..3.
/// </summary>
public enum Her2IhcScore
{
    /// <summary>IHC 0: no staining, or incomplete faint staining in ≤10% of tumour cells.</summary>
    Zero = 0,

    /// <summary>IHC 1+: incomplete, faint or barely perceptible membrane staining in &gt;10% of tumour cells.</summary>
    OnePlus = 1,

    /// <summary>IHC 2+: weak-to-moderate complete membrane staining in &gt;10% of tumour cells (equivocal).</summary>
    TwoPlus = 2,

    /// <summary>IHC 3+: complete, intense, circumferential membrane staining in &gt;10% of tumour cells.</summary>
    ThreePlus = 3,
}
