namespace Cairn.Clinical.FollowUp;

/// <summary>Where a claim of a status label comes from.</summary>
public enum LabelEvidenceKind
{
    /// <summary>The treating clinician's own note or letter states the label.</summary>
    ClinicianStatement = 0,

    /// <summary>A RECIST 1.1 overall response computed from lesion-level measurements (§4).</summary>
    RecistAssessment = 1,

    /// <summary>A radiology report explicitly states the label.</summary>
    RadiologyStatement = 2,

    /// <summary>A circulating tumour cell count; never evidence for any status label (§5, §7.3).</summary>
    CirculatingTumourCells = 3,

    /// <summary>A serum tumour marker (CA 15-3, CA 27.29, CEA); never evidence for any status label (§6, §7.3).</summary>
    TumourMarkers = 4,
}
