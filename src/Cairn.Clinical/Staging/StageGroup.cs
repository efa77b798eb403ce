namespace Cairn.Clinical.Staging;

/// <summary>
/// An AJCC 8th edition stage group label. The computed anatomic stage (ONCOLOGY_RULES.md §3.4) uses these labels, and
/// so does a prognostic stage written in a report; the labels alone do not say which of the two a value is.
/// The zero value is <see cref="Unmappable"/>, so an uninitialised value never claims a stage.
/// </summary>
public enum StageGroup
{
    /// <summary>The T, N and M combination is not in the AJCC anatomic table (for example Tis N1 M0, or TX N0 M0).</summary>
    Unmappable = 0,

    /// <summary>Stage 0: Tis N0 M0.</summary>
    Stage0 = 1,

    /// <summary>Stage IA: T1 N0 M0 (T1 includes T1mi).</summary>
    StageIA = 2,

    /// <summary>Stage IB: T0 or T1 with N1mi, M0.</summary>
    StageIB = 3,

    /// <summary>Stage IIA: T0 or T1 with N1 (not N1mi), or T2 N0; M0.</summary>
    StageIIA = 4,

    /// <summary>Stage IIB: T2 N1 or T3 N0; M0.</summary>
    StageIIB = 5,

    /// <summary>Stage IIIA: T0–T2 N2, or T3 N1–N2; M0.</summary>
    StageIIIA = 6,

    /// <summary>Stage IIIB: T4 N0–N2, M0.</summary>
    StageIIIB = 7,

    /// <summary>Stage IIIC: any T, N3, M0.</summary>
    StageIIIC = 8,

    /// <summary>Stage IV: any T, any N, M1.</summary>
    StageIV = 9,
}
