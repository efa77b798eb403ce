namespace Cairn.Clinical.FollowUp;

/// <summary>Response and outcome terms defined in ONCOLOGY_RULES.md §7.3.</summary>
public enum ClinicalTerm
{
    /// <summary>Complete response (CR): a RECIST time-point category based on imaging.</summary>
    CompleteResponse = 0,

    /// <summary>Complete remission / no evidence of disease (NED).</summary>
    CompleteRemissionOrNoEvidenceOfDisease = 1,

    /// <summary>Partial response: RECIST ≥30% shrinkage; older WHO/general definitions &gt;50%.</summary>
    PartialResponse = 2,

    /// <summary>Recurrence: cancer found again after a period when it could not be detected.</summary>
    Recurrence = 3,

    /// <summary>Cure: sometimes used after ≥5 years without recurrence.</summary>
    Cure = 4,
}
