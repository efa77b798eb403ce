namespace Cairn.Clinical.FollowUp;

/// <summary>Disease-status labels whose display is restricted (ONCOLOGY_RULES.md §7.3 engine rule).</summary>
public enum StatusLabel
{
    /// <summary>"Remission" (complete remission): only from the clinician's own statement.</summary>
    Remission = 0,

    /// <summary>"No evidence of disease" (NED): only from the clinician's own statement.</summary>
    NoEvidenceOfDisease = 1,

    /// <summary>"Complete response" (CR): only from RECIST data or an explicit radiology statement.</summary>
    CompleteResponse = 2,
}
