namespace Cairn.Clinical.Ctc;

/// <summary>The CTC assay family, as far as the cut-offs care.</summary>
public enum CtcAssay
{
    /// <summary>Any assay other than CellSearch; the §5 cut-offs were not studied on it and are not applied.</summary>
    Other = 0,

    /// <summary>The CellSearch system, on which the ≥5 and ≥1 per 7.5 mL cut-offs were established.</summary>
    CellSearch = 1,
}
