namespace Cairn.Clinical.Recist;

/// <summary>How a target lesion was recorded at a follow-up scan (RECIST 1.1, S17).</summary>
public enum TargetMeasurementState
{
    /// <summary>Measured: the actual longest diameter (non-nodal) or short axis (node) is recorded, even if very small.</summary>
    Measured = 1,

    /// <summary>Present but "too small to measure": counts as 5 mm.</summary>
    TooSmallToMeasure = 2,

    /// <summary>Disappeared: counts as 0 mm.</summary>
    Disappeared = 3,

    /// <summary>Not assessed at this scan.</summary>
    NotEvaluated = 4,
}
