namespace Cairn.Clinical.RedFlags;

/// <summary>
/// What is known about the person that changes how a symptom is read (ONCOLOGY_RULES.md §9). Combine with |.
/// </summary>
/// <remarks>
/// Some flags imply others when the rules read them (see <see cref="PatientContextExtensions"/>): metastatic
/// disease, bone metastases, chemotherapy and anti-HER2 drugs all imply a known cancer, bone or spinal metastases
/// imply metastatic disease, and T-DXd (a trastuzumab-based drug) implies a trastuzumab-class drug.
/// </remarks>
[Flags]
public enum PatientContext
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>The person has (or has had) cancer.</summary>
    KnownCancer = 1,

    /// <summary>The cancer has spread (metastatic, stage 4).</summary>
    KnownMetastaticDisease = 2,

    /// <summary>The cancer has spread to the bones or the spine.</summary>
    KnownBoneOrSpinalMetastases = 4,

    /// <summary>The person is having chemotherapy now.</summary>
    OnChemotherapy = 8,

    /// <summary>The person had chemotherapy recently (finished or between cycles).</summary>
    RecentChemotherapy = 16,

    /// <summary>The person is on trastuzumab deruxtecan (T-DXd, Enhertu).</summary>
    OnTrastuzumabDeruxtecan = 32,

    /// <summary>The person is on a trastuzumab-class drug (Herceptin and biosimilars, Phesgo, Kadcyla, pertuzumab).</summary>
    OnTrastuzumabClassDrug = 64,
}
