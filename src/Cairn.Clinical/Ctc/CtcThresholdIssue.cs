namespace Cairn.Clinical.Ctc;

/// <summary>Why the §5 cut-offs were not applied to a CTC count.</summary>
public enum CtcThresholdIssue
{
    /// <summary>The blood volume is not 7.5 mL; the cut-offs are per 7.5 mL and the count is not rescaled.</summary>
    NonStandardBloodVolume = 0,

    /// <summary>The assay is not CellSearch, on which the cut-offs were established.</summary>
    AssayNotValidatedForThresholds = 1,

    /// <summary>The disease setting is unknown, and the cut-off differs between early (≥1) and metastatic (≥5) disease.</summary>
    SettingUnknown = 2,
}
