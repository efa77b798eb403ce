namespace Cairn.Clinical.Staging;

/// <summary>How a stated stage compares with the computed anatomic stage.</summary>
public enum StageAgreement
{
    /// <summary>Not compared: the stated stage is a prognostic stage, or the anatomic stage could not be computed.</summary>
    NotComparable = 0,

    /// <summary>The stated stage equals the computed anatomic stage.</summary>
    Agrees = 1,

    /// <summary>The stated stage differs from the computed anatomic stage; show "discrepancy – ask your care team".</summary>
    Discrepancy = 2,
}
