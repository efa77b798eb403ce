namespace Cairn.Clinical.Staging;

/// <summary>Pathologic status of the ipsilateral internal mammary nodes (AJCC 8th pN, S14).</summary>
public enum InternalMammaryNodeStatus
{
    /// <summary>Not involved, or not sampled and not seen on imaging.</summary>
    NotInvolved = 0,

    /// <summary>Isolated tumour cells only in an internal mammary sentinel node; does not count as positive (pN1b excludes ITCs).</summary>
    SentinelIsolatedTumourCellsOnly = 1,

    /// <summary>Micro- or macrometastasis found by sentinel node biopsy, not clinically detected (pN1b).</summary>
    SentinelPositive = 2,

    /// <summary>Clinically detected (imaging-positive) internal mammary nodes, with or without microscopic confirmation (pN2b / pN3b).</summary>
    ClinicallyDetected = 3,
}
