namespace Cairn.Clinical.Staging;

/// <summary>
/// The prefix that says how a TNM category was assigned (AJCC 8th edition). It is kept apart from the category itself
/// because the anatomic stage table uses the same categories whatever the basis.
/// </summary>
public enum TnmBasis
{
    /// <summary>No prefix was written (for example "T2" or "N1a").</summary>
    Unspecified = 0,

    /// <summary>"c": clinical (examination and imaging, before any surgery or treatment).</summary>
    Clinical = 1,

    /// <summary>"p": pathologic (from the surgical specimen).</summary>
    Pathologic = 2,

    /// <summary>"yc": clinical, after neoadjuvant (pre-surgery) therapy.</summary>
    PostNeoadjuvantClinical = 3,

    /// <summary>"yp": pathologic, after neoadjuvant (pre-surgery) therapy.</summary>
    PostNeoadjuvantPathologic = 4,
}
