namespace Cairn.Clinical.Recist;

/// <summary>How a radiologist's stated response compares with the computed RECIST 1.1 overall response.</summary>
public enum RecistAgreement
{
    /// <summary>Not compared: the computed response is NE (not all lesions were measured), so it cannot check the report.</summary>
    NotComparable = 0,

    /// <summary>The stated response equals the computed one (SD and Non-CR/non-PD count as the same).</summary>
    Agrees = 1,

    /// <summary>The stated response differs from the computed one; show "discrepancy – ask your care team".</summary>
    Discrepancy = 2,
}
