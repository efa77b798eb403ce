namespace Cairn.Clinical.Her2;

/// <summary>
/// What the report says about membrane staining when the IHC score is 0. It splits IHC 0 into the
/// HER2-ultralow and HER2-0 labels (ONCOLOGY_RULES.md §1.4; S7, S8). It has no meaning for scores 1+ to 3+.
/// </summary>
public enum Her2IhcZeroStaining
{
    /// <summary>The report gives no staining detail for the IHC 0 result (the default).</summary>
    NotReported = 0,

    /// <summary>No membrane staining at all (HER2-0 / null).</summary>
    NoStaining = 1,

    /// <summary>Faint, incomplete membrane staining in more than 0% and at most 10% of tumour cells (HER2-ultralow).</summary>
    FaintIncompleteInUpToTenPercent = 2,
}
