namespace Cairn.Clinical.Staging;

/// <summary>
/// Groups T, N and M into the AJCC 8th edition ANATOMIC stage (ONCOLOGY_RULES.md §3.4, S13, S15).
/// </summary>
/// <remarks>
/// <para>
/// This class never computes the PROGNOSTIC stage. The AJCC 8th clinical and pathological prognostic stages also need
/// tumour grade, ER, PR and HER2 status, and for some T1–2 N0 hormone-receptor-positive, HER2-negative cancers an
/// Oncotype DX score; they can be higher or lower than the anatomic stage (S11, S12). Reports often state a prognostic
/// stage, so compare stated stages with <see cref="StageReconciler"/>, which lets the stated stage win.
/// </para>
/// <para>
/// Rules: T1 includes T1mi; N0(i+) and N0(mol+) group as N0; cM0(i+) groups as M0 (tumour cells alone never make the
/// stage IV); N1mi moves only T0/T1 into IB and counts as N1 with T2, T3 and T4; "any T" in the IIIC and IV rows
/// includes TX and Tis, and "any N" in the IV row includes NX; every other combination not in the table (for example
/// Tis N1, T0 N0, TX N0, T2 NX) is <see cref="StageGroup.Unmappable"/>.
/// </para>
/// </remarks>
public static class AnatomicStaging
{
    /// <summary>Plain-language note that the prognostic stage is not computed, and why.</summary>
    public const string PrognosticStageNote =
        "This is the anatomic stage, worked out only from tumour size, lymph nodes and spread. Your report may give a "
        + "prognostic stage instead, which also uses the tumour grade and ER, PR and HER2 results (and sometimes an "
        + "Oncotype DX score), so it can be higher or lower. Cairn does not work out the prognostic stage.";

    /// <summary>Groups parsed TNM values; the basis prefixes do not change the anatomic table.</summary>
    /// <param name="t">Parsed T.</param>
    /// <param name="n">Parsed N.</param>
    /// <param name="m">Parsed M.</param>
    /// <param name="metastasisBeforeNeoadjuvantTherapy">True when M1 was present before neoadjuvant therapy; the stage then stays IV.</param>
    /// <exception cref="ArgumentOutOfRangeException">A category is not a defined enum value (for example a default struct).</exception>
    public static AnatomicStageResult Group(TnmT t, TnmN n, TnmM m, bool metastasisBeforeNeoadjuvantTherapy = false) =>
        Group(t.Category, n.Category, m.Category, metastasisBeforeNeoadjuvantTherapy);

    /// <summary>Groups T, N and M into the anatomic stage.</summary>
    /// <param name="t">T category.</param>
    /// <param name="n">N category.</param>
    /// <param name="m">M category.</param>
    /// <param name="metastasisBeforeNeoadjuvantTherapy">True when M1 was present before neoadjuvant therapy; the stage then stays IV.</param>
    /// <exception cref="ArgumentOutOfRangeException">A category is not a defined enum value.</exception>
    public static AnatomicStageResult Group(TCategory t, NCategory n, MCategory m, bool metastasisBeforeNeoadjuvantTherapy = false)
    {
        if (!Enum.IsDefined(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, $"'{t}' is not a defined T category.");
        }

        if (!Enum.IsDefined(n))
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"'{n}' is not a defined N category.");
        }

        if (!Enum.IsDefined(m))
        {
            throw new ArgumentOutOfRangeException(nameof(m), m, $"'{m}' is not a defined M category.");
        }

        var tnm = $"{TnmText.Format(t)} {TnmText.Format(n)} {TnmText.Format(m)}";

        AnatomicStageResult Result(StageGroup stage, string reason, bool fromNeoadjuvant = false) =>
            new(stage, t, n, m, fromNeoadjuvant, reason, StagingSources.StageGroups);

        // AJCC 8th table (S13): IV = any T, any N, M1.
        if (m == MCategory.M1)
        {
            return Result(StageGroup.StageIV, $"{tnm}: the cancer has spread to distant parts of the body (M1), which is anatomic stage IV.");
        }

        // S15: if M1 was present before neoadjuvant therapy, the stage stays IV whatever the response.
        if (metastasisBeforeNeoadjuvantTherapy)
        {
            return Result(StageGroup.StageIV,
                $"{tnm}: distant spread (M1) was found before treatment started, so the stage stays IV even if scans or surgery now look better.",
                fromNeoadjuvant: true);
        }

        // From here M is M0 or cM0(i+); S15: cM0(i+) is still M0.
        var stage = Lookup(TGroupOf(t), NGroupOf(n));
        var cm0Note = m == MCategory.M0ItcPositive
            ? " Tumour cells found only in the blood or bone marrow (cM0(i+)) count as M0 and do not make it stage IV."
            : "";

        return stage == StageGroup.Unmappable
            ? Result(stage, $"{tnm} is not a combination in the AJCC anatomic stage table, so no stage can be worked out from it. Ask your care team which stage applies.")
            : Result(stage, $"{tnm} gives {TnmText.Format(stage)} in the AJCC 8th edition anatomic stage table.{cm0Note}");
    }

    /// <summary>The AJCC 8th anatomic table for M0 (ONCOLOGY_RULES.md §3.4, S13, S15).</summary>
    private static StageGroup Lookup(TGroup t, NGroup n) => (t, n) switch
    {
        // IIIC: any T, N3, M0 (S13). "Any T" includes TX and Tis.
        (_, NGroup.N3) => StageGroup.StageIIIC,

        // 0: Tis N0 M0.
        (TGroup.Tis, NGroup.N0) => StageGroup.Stage0,

        // IA: T1 N0 M0 (T1 includes T1mi).
        (TGroup.T1, NGroup.N0) => StageGroup.StageIA,

        // IB: T0 N1mi M0; T1 N1mi M0 (S15: N1mi only moves T0/T1 into IB).
        (TGroup.T0 or TGroup.T1, NGroup.N1mi) => StageGroup.StageIB,

        // IIA: T0 N1 M0; T1 N1 M0 (N1 here excludes N1mi); T2 N0 M0.
        (TGroup.T0 or TGroup.T1, NGroup.N1) => StageGroup.StageIIA,
        (TGroup.T2, NGroup.N0) => StageGroup.StageIIA,

        // IIB: T2 N1 M0 (S15: with T2, N1mi counts as N1); T3 N0 M0.
        (TGroup.T2, NGroup.N1 or NGroup.N1mi) => StageGroup.StageIIB,
        (TGroup.T3, NGroup.N0) => StageGroup.StageIIB,

        // IIIA: T0–T2 N2 M0; T3 N1 M0 (N1mi counts as N1 with T3); T3 N2 M0.
        (TGroup.T0 or TGroup.T1 or TGroup.T2, NGroup.N2) => StageGroup.StageIIIA,
        (TGroup.T3, NGroup.N1 or NGroup.N1mi or NGroup.N2) => StageGroup.StageIIIA,

        // IIIB: T4 N0, N1 (N1mi counts as N1 with T4; MSD table note limits the N1mi exclusion to the IIA rows) or N2, M0.
        (TGroup.T4, NGroup.N0 or NGroup.N1 or NGroup.N1mi or NGroup.N2) => StageGroup.StageIIIB,

        // Anything else (Tis N1, T0 N0, TX N0, any NX without M1 ...) is not in the table.
        _ => StageGroup.Unmappable,
    };

    private enum TGroup
    {
        TX,
        T0,
        Tis,
        T1,
        T2,
        T3,
        T4,
    }

    private enum NGroup
    {
        NX,
        N0,
        N1mi,
        N1,
        N2,
        N3,
    }

    private static TGroup TGroupOf(TCategory t) => t switch
    {
        TCategory.TX => TGroup.TX,
        TCategory.T0 => TGroup.T0,
        TCategory.Tis => TGroup.Tis,
        TCategory.T1 or TCategory.T1mi or TCategory.T1a or TCategory.T1b or TCategory.T1c => TGroup.T1,
        TCategory.T2 => TGroup.T2,
        TCategory.T3 => TGroup.T3,
        _ => TGroup.T4,
    };

    private static NGroup NGroupOf(NCategory n) => n switch
    {
        NCategory.NX => NGroup.NX,
        NCategory.N0 or NCategory.N0ItcPositive or NCategory.N0MolecularPositive => NGroup.N0,
        NCategory.N1mi => NGroup.N1mi,
        NCategory.N1 or NCategory.N1a or NCategory.N1b or NCategory.N1c => NGroup.N1,
        NCategory.N2 or NCategory.N2a or NCategory.N2b => NGroup.N2,
        _ => NGroup.N3,
    };
}
