namespace Cairn.Clinical.Recist;

/// <summary>
/// Tumour markers at a follow-up scan, as RECIST 1.1 uses them: only for the non-target complete response, which needs
/// markers that were above the upper limit at baseline to be normal again (S17). Markers alone never decide response.
/// No zero member: the status must be stated.
/// </summary>
public enum TumourMarkerStatus
{
    /// <summary>Markers were not above the upper limit at baseline, or the protocol does not use them.</summary>
    NotApplicable = 1,

    /// <summary>Markers that were raised are now within the normal range.</summary>
    Normal = 2,

    /// <summary>Markers are above the upper limit of normal.</summary>
    AboveUpperLimit = 3,

    /// <summary>Markers are needed but no result is available for this scan.</summary>
    NotAvailable = 4,
}
