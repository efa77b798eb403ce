namespace Cairn.Clinical.Ctc;

/// <summary>The disease setting a CTC count is read in; the cut-off differs by setting (ONCOLOGY_RULES.md §5).</summary>
public enum CtcSetting
{
    /// <summary>Setting not known: no cut-off is applied and the result says why.</summary>
    Unknown = 0,

    /// <summary>Early breast cancer, stage I–III: cut-off ≥1 CTC per 7.5 mL (S20, S21).</summary>
    EarlyStage = 1,

    /// <summary>Metastatic breast cancer: cut-off ≥5 CTCs per 7.5 mL (S18, S19).</summary>
    Metastatic = 2,
}
