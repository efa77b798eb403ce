namespace Cairn.Clinical.FollowUp;

/// <summary>The breast surgery a person had; the first-mammogram timing rule of §7.1 is for breast-conserving surgery.</summary>
public enum BreastSurgeryType
{
    /// <summary>Breast-conserving surgery (lumpectomy).</summary>
    BreastConserving = 0,

    /// <summary>Mastectomy.</summary>
    Mastectomy = 1,
}
