namespace Cairn.Clinical.Staging;

/// <summary>Clinical (examination or imaging) status of ipsilateral level I/II axillary nodes (AJCC 8th cN, S13).</summary>
public enum AxillaryNodeClinicalStatus
{
    /// <summary>No suspicious level I/II axillary nodes.</summary>
    NotInvolved = 0,

    /// <summary>Mobile (movable) suspicious nodes: cN1.</summary>
    Mobile = 1,

    /// <summary>Nodes fixed to each other (matted) or to other structures: cN2a.</summary>
    FixedOrMatted = 2,
}
