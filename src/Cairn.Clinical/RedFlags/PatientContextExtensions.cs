namespace Cairn.Clinical.RedFlags;

/// <summary>Reads a <see cref="PatientContext"/> with its implied flags.</summary>
public static class PatientContextExtensions
{
    /// <summary>
    /// Adds the flags the others imply: bone or spinal metastases imply metastatic disease; metastatic disease,
    /// chemotherapy and anti-HER2 drugs imply a known cancer; T-DXd (trastuzumab deruxtecan, built on trastuzumab)
    /// implies a trastuzumab-class drug. Unknown bits are kept as given.
    /// </summary>
    public static PatientContext WithImplied(this PatientContext context)
    {
        if (context.HasFlag(PatientContext.KnownBoneOrSpinalMetastases))
        {
            context |= PatientContext.KnownMetastaticDisease;
        }

        if (context.HasFlag(PatientContext.OnTrastuzumabDeruxtecan))
        {
            context |= PatientContext.OnTrastuzumabClassDrug;
        }

        const PatientContext ImpliesCancer = PatientContext.KnownMetastaticDisease | PatientContext.OnChemotherapy
            | PatientContext.RecentChemotherapy | PatientContext.OnTrastuzumabClassDrug;
        if ((context & ImpliesCancer) != PatientContext.None)
        {
            context |= PatientContext.KnownCancer;
        }

        return context;
    }

    /// <summary>True when the person is on chemotherapy now or had it recently ("during or after chemotherapy", S49).</summary>
    public static bool HasChemotherapy(this PatientContext context) =>
        (context & (PatientContext.OnChemotherapy | PatientContext.RecentChemotherapy)) != PatientContext.None;
}
