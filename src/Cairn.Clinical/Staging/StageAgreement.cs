namespace Cairn.Clinical.Staging;

/// <summary>
/// How a stated stage, or a stated T, N or M category, compares with the one computed from the findings
/// (<see cref="StageReconciler"/>, <see cref="TnmReconciler"/>).
/// </summary>
public enum StageAgreement
{
    /// <summary>
    /// Not compared: the stated stage is a prognostic stage, the anatomic stage could not be computed, the stated
    /// category says it could not be assessed (TX, NX), the two rest on different kinds of assessment (clinical vs
    /// pathologic, before vs after neoadjuvant therapy), or the computed M needs a clinician.
    /// </summary>
    NotComparable = 0,

    /// <summary>The stated value equals the computed one, or is a less exact form of it (pT1 for T1c, pN1 for pN1a).</summary>
    Agrees = 1,

    /// <summary>The stated value differs from the computed one; show "discrepancy – ask your care team".</summary>
    Discrepancy = 2,
}
