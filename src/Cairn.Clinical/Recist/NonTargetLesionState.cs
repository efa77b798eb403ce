namespace Cairn.Clinical.Recist;

/// <summary>How a non-target lesion was recorded at a follow-up scan (RECIST 1.1: present, absent, or rarely unequivocal progression).</summary>
public enum NonTargetLesionState
{
    /// <summary>Gone.</summary>
    Absent = 1,

    /// <summary>Still there (for a lymph node, give the short axis: under 10 mm counts as normal).</summary>
    Present = 2,

    /// <summary>
    /// Unequivocal progression: a substantial overall worsening stated by the radiologist. A modest increase is not
    /// enough (RECIST 1.1, S17). This is never inferred here from sizes.
    /// </summary>
    UnequivocalProgression = 3,

    /// <summary>Not assessed at this scan.</summary>
    NotEvaluated = 4,
}
