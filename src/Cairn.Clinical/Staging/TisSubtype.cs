namespace Cairn.Clinical.Staging;

/// <summary>The kind of in-situ disease behind a Tis category (AJCC 8th, S13). LCIS is deliberately absent: it is not Tis in the 8th edition.</summary>
public enum TisSubtype
{
    /// <summary>Tis written without saying which kind (for example "pTis").</summary>
    Unspecified = 0,

    /// <summary>Tis (DCIS): ductal carcinoma in situ.</summary>
    Dcis = 1,

    /// <summary>Tis (Paget): Paget disease of the nipple without an underlying invasive tumour or DCIS.</summary>
    Paget = 2,
}
