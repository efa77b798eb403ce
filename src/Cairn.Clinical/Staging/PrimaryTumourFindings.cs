namespace Cairn.Clinical.Staging;

/// <summary>
/// What the report says about the primary breast tumour, as input to <see cref="PrimaryTumourClassifier"/>.
/// Give the size of the largest invasive focus in mm when there is invasive cancer; give <see cref="InSituDiseaseOnly"/>
/// when there is no invasive cancer; set the T4 descriptors that the report states. Descriptors override size.
/// </summary>
public sealed record PrimaryTumourFindings
{
    /// <summary>Largest invasive focus in mm (greatest dimension). Must be finite and above 0 when given.</summary>
    public double? LargestInvasiveFocusMm { get; init; }

    /// <summary>
    /// In-situ disease when there is no invasive tumour: DCIS, or Paget disease of the nipple without an underlying
    /// invasive tumour or DCIS. Ignored when an invasive size is given (the invasive tumour decides T).
    /// <see cref="TisSubtype.Unspecified"/> is rejected: say which kind (LCIS is not Tis in the 8th edition).
    /// </summary>
    public TisSubtype? InSituDiseaseOnly { get; init; }

    /// <summary>No evidence of a primary tumour (T0), for example nodal disease with no breast tumour found.</summary>
    public bool NoEvidenceOfPrimaryTumour { get; init; }

    /// <summary>Extension to the chest wall (ribs, intercostal muscles, serratus anterior). Counts for T4a.</summary>
    public bool ChestWallInvasion { get; init; }

    /// <summary>Invasion of the pectoralis muscle only. Recorded so the reason can say it does NOT count for T4a.</summary>
    public bool PectoralisMuscleInvasionOnly { get; init; }

    /// <summary>Ulceration of the skin. Counts for T4b.</summary>
    public bool SkinUlceration { get; init; }

    /// <summary>Ipsilateral macroscopic satellite skin nodules. Counts for T4b.</summary>
    public bool SatelliteSkinNodules { get; init; }

    /// <summary>Skin oedema, including peau d'orange. Counts for T4b.</summary>
    public bool SkinOedemaOrPeauDOrange { get; init; }

    /// <summary>Invasion of the dermis only. Recorded so the reason can say it does NOT count for T4b.</summary>
    public bool DermalInvasionOnly { get; init; }

    /// <summary>Inflammatory carcinoma (T4d).</summary>
    public bool InflammatoryCarcinoma { get; init; }
}
