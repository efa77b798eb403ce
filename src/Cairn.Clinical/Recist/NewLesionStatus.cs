namespace Cairn.Clinical.Recist;

/// <summary>New lesions at a follow-up scan (RECIST 1.1, S17). No zero member: the status must be stated.</summary>
public enum NewLesionStatus
{
    /// <summary>No new lesion.</summary>
    None = 1,

    /// <summary>
    /// A possible new lesion that is not certain (for example very small). Not progressive disease yet: follow-up scans
    /// decide, and if it is confirmed, progression dates from the scan where it was first seen.
    /// </summary>
    Equivocal = 2,

    /// <summary>
    /// An unequivocal new malignant lesion, including one in a body area not scanned at baseline, or FDG-PET positive
    /// where baseline PET was negative. This is progressive disease.
    /// </summary>
    Unequivocal = 3,
}
