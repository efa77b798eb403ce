using System.Globalization;

namespace Cairn.Clinical.Staging;

/// <summary>
/// Compares a T, N or M category written in a report with the one computed from the findings (ONCOLOGY_RULES.md
/// general rule 1; §3.1–3.3). The stated category always wins; a difference is flagged "Discrepancy – ask your care
/// team", never corrected. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>Agrees: the same category, or the stated one is a less exact form of the computed one ("pT1" for T1c,
/// "pN1" for pN1a or pN1mi, "T4" for T4b). N0, N0(i+) and N0(mol+) all stage as N0, and M0 and cM0(i+) both mean
/// M0, so a difference only in that detail is not a contradiction (the values given may simply leave out the few
/// tumour cells the report mentions).</para>
/// <para>Not comparable: the stated category says it could not be assessed (TX, NX); a clinical N (cN, from
/// examination and scans) against a pathologic N (pN, from the removed nodes) or one from before against one from after
/// neoadjuvant therapy (yc/yp), which legitimately differ; a computed M that needs a clinician. T carries no basis
/// on the computed side, so the caller must compute it from the same assessment the report states.</para>
/// </remarks>
public static class TnmReconciler
{
    private const string DiscrepancyPrefix = "Discrepancy – ask your care team";

    /// <summary>Compares a stated T category with the computed one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stated"/> is a default (uninitialised) value.</exception>
    public static TReconciliation ReconcileT(TnmT stated, TClassification computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (!Enum.IsDefined(stated.Category))
        {
            throw new ArgumentException("The stated T category is empty (a default value); parse or construct a real T category.", nameof(stated));
        }

        var statedText = stated.ToString();
        var computedText = TnmText.Format(computed.Category) + (computed.TisSubtype switch
        {
            TisSubtype.Dcis => " (DCIS)",
            TisSubtype.Paget => " (Paget)",
            _ => "",
        });
        var sources = computed.SourceIds;
        TReconciliation Result(StageAgreement agreement, string? warning, string reason) => new(stated, computed, agreement, warning, reason, sources);

        // AJCC 8th (S13): TX = the primary tumour cannot be assessed, so there is nothing to compare.
        if (stated.Category == TCategory.TX)
        {
            return Result(StageAgreement.NotComparable, null,
                $"Your report says {statedText}, which means the tumour could not be fully assessed, so it cannot be checked against the findings. The report's category is the one shown.");
        }

        var tisSubtypesDiffer = stated.Category == TCategory.Tis && computed.Category == TCategory.Tis
            && stated.TisSubtype != TisSubtype.Unspecified && computed.TisSubtype != TisSubtype.Unspecified
            && stated.TisSubtype != computed.TisSubtype;
        if (!tisSubtypesDiffer && CompatibleT(stated.Category, computed.Category))
        {
            return Result(StageAgreement.Agrees, null, stated.Category == computed.Category
                ? $"The tumour category in your report ({statedText}) matches the one worked out from the findings ({computedText})."
                : $"Your report gives {statedText}, and the findings give {computedText}, which is a more exact part of the same category.");
        }

        // General rule 1: the report wins; flag the difference, never overwrite it.
        return Result(StageAgreement.Discrepancy,
            $"{DiscrepancyPrefix}: the report says {statedText}, but the findings give {computedText}.",
            $"The tumour category in your report ({statedText}) is the one shown. It does not match the category worked out from the findings ({computedText}), so please ask your care team about it.{RoundingNote(stated.Category, computed.DecidingSizeMm)}");
    }

    /// <summary>Compares a stated N category with the computed one (pathologic or clinical).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stated"/> is a default (uninitialised) value.</exception>
    public static NReconciliation ReconcileN(TnmN stated, NClassification computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (!Enum.IsDefined(stated.Category))
        {
            throw new ArgumentException("The stated N category is empty (a default value); parse or construct a real N category.", nameof(stated));
        }

        var statedText = stated.ToString();
        var computedText = computed.ToTnm().ToString();
        var sources = computed.SourceIds;
        NReconciliation Result(StageAgreement agreement, string? warning, string reason) => new(stated, computed, agreement, warning, reason, sources);

        // AJCC 8th (S13, S14): NX = regional nodes cannot be assessed.
        if (stated.Category == NCategory.NX)
        {
            return Result(StageAgreement.NotComparable, null,
                $"Your report says {statedText}, which means the lymph nodes could not be assessed, so it cannot be checked against the findings. The report's category is the one shown.");
        }

        // AJCC 8th (S13 clinical, S14 pathologic): cN comes from examination and scans, pN from the removed nodes, and
        // yc/yp from after neoadjuvant therapy; they describe different assessments and may differ.
        if (stated.Basis != TnmBasis.Unspecified
            && (IsClinical(stated.Basis) != IsClinical(computed.Basis) || IsAfterTreatment(stated.Basis) != IsAfterTreatment(computed.Basis)))
        {
            return Result(StageAgreement.NotComparable, null,
                $"Your report gives {statedText}, but the findings give {computedText}, which comes from a different kind of assessment (examination and scans, or the removed lymph nodes, before or after treatment), so the two are not compared. The report's category is the one shown.");
        }

        if (CompatibleN(stated.Category, computed.Category))
        {
            return Result(StageAgreement.Agrees, null, stated.Category == computed.Category
                ? $"The lymph node category in your report ({statedText}) matches the one worked out from the findings ({computedText})."
                : $"Your report gives {statedText}, and the findings give {computedText}; both are the same node category, one just gives more detail.");
        }

        return Result(StageAgreement.Discrepancy,
            $"{DiscrepancyPrefix}: the report says {statedText}, but the findings give {computedText}.",
            $"The lymph node category in your report ({statedText}) is the one shown. It does not match the category worked out from the findings ({computedText}), so please ask your care team about it.");
    }

    /// <summary>Compares a stated M category with the computed one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stated"/> is a default (uninitialised) value.</exception>
    public static MReconciliation ReconcileM(TnmM stated, MClassification computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (!Enum.IsDefined(stated.Category))
        {
            throw new ArgumentException("The stated M category is empty (a default value); parse or construct a real M category.", nameof(stated));
        }

        var statedText = stated.ToString();
        var sources = computed.SourceIds;
        MReconciliation Result(StageAgreement agreement, string? warning, string reason) => new(stated, computed, agreement, warning, reason, sources);

        // S15: tumour cells with symptoms or signs of spread cannot be classified without a clinician.
        if (computed.Category is not { } computedCategory)
        {
            return Result(StageAgreement.NotComparable, null,
                $"The findings need your care team to decide the distant spread category, so they cannot check the report. The report's category ({statedText}) is the one shown.");
        }

        var computedText = TnmText.Format(computedCategory);

        // S15: M0 and cM0(i+) are both M0 (tumour cells alone never make M1).
        if (IsM0(stated.Category) == IsM0(computedCategory))
        {
            return Result(StageAgreement.Agrees, null, stated.Category == computedCategory
                ? $"The distant spread category in your report ({statedText}) matches the one worked out from the findings ({computedText})."
                : $"Your report gives {statedText}, and the findings give {computedText}; both count as M0, one just gives more detail.");
        }

        return Result(StageAgreement.Discrepancy,
            $"{DiscrepancyPrefix}: the report says {statedText}, but the findings give {computedText}.",
            $"The distant spread category in your report ({statedText}) is the one shown. It does not match the category worked out from the findings ({computedText}), so please ask your care team about it.");
    }

    // AJCC 8th (S13): T1 and T4 without a letter cover their subcategories (T1 includes T1mi).
    private static bool CompatibleT(TCategory stated, TCategory computed) =>
        stated == computed
        || (stated == TCategory.T1 && computed is TCategory.T1mi or TCategory.T1a or TCategory.T1b or TCategory.T1c)
        || (computed == TCategory.T1 && stated is TCategory.T1mi or TCategory.T1a or TCategory.T1b or TCategory.T1c)
        || (stated == TCategory.T4 && computed is TCategory.T4a or TCategory.T4b or TCategory.T4c or TCategory.T4d)
        || (computed == TCategory.T4 && stated is TCategory.T4a or TCategory.T4b or TCategory.T4c or TCategory.T4d);

    // AJCC 8th (S13, S14): N1, N2 and N3 without a letter cover their subcategories (pN1 includes pN1mi); the N0
    // forms all stage as N0.
    private static bool CompatibleN(NCategory stated, NCategory computed)
    {
        var statedGroup = NGroup(stated);
        if (statedGroup != NGroup(computed))
        {
            return false;
        }

        return stated == computed || statedGroup == NCategory.N0 || stated == statedGroup || computed == statedGroup;
    }

    private static NCategory NGroup(NCategory category) => category switch
    {
        NCategory.N0 or NCategory.N0ItcPositive or NCategory.N0MolecularPositive => NCategory.N0,
        NCategory.N1 or NCategory.N1mi or NCategory.N1a or NCategory.N1b or NCategory.N1c => NCategory.N1,
        NCategory.N2 or NCategory.N2a or NCategory.N2b => NCategory.N2,
        NCategory.N3 or NCategory.N3a or NCategory.N3b or NCategory.N3c => NCategory.N3,
        _ => category,
    };

    private static bool IsM0(MCategory category) => category is MCategory.M0 or MCategory.M0ItcPositive;

    private static bool IsClinical(TnmBasis basis) => basis is TnmBasis.Clinical or TnmBasis.PostNeoadjuvantClinical;

    private static bool IsAfterTreatment(TnmBasis basis) => basis is TnmBasis.PostNeoadjuvantClinical or TnmBasis.PostNeoadjuvantPathologic;

    // Reports usually round sizes to whole millimetres (see Staging/README.md); say so when the rounded size would give
    // the stated category, but still flag the difference (general rule 1).
    private static string RoundingNote(TCategory stated, double? sizeMm)
    {
        if (sizeMm is not { } size || stated is < TCategory.T1mi or > TCategory.T3 || stated == TCategory.T1)
        {
            return "";
        }

        var rounded = Math.Round(size, MidpointRounding.AwayFromZero);
        if (rounded <= 0 || PrimaryTumourClassifier.CategoryForSize(rounded) != stated)
        {
            return "";
        }

        return $" Reports often round sizes to whole millimetres; rounded, {size.ToString("0.###", CultureInfo.InvariantCulture)} mm is {rounded.ToString(CultureInfo.InvariantCulture)} mm, which would be {TnmText.Format(stated)}, and that may explain the difference.";
    }
}
