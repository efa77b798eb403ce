using System.Globalization;

namespace Cairn.Clinical.Staging;

/// <summary>
/// Computes the AJCC 8th edition T category of a breast cancer from size and descriptors (ONCOLOGY_RULES.md §3.1, S13).
/// Sizes are compared exactly as given (no rounding), with the spec's boundaries: ≤1, &gt;1..≤5, &gt;5..≤10,
/// &gt;10..≤20, &gt;20..≤50, &gt;50 mm. A pathologist's stated T always wins over this cross-check.
/// </summary>
public static class PrimaryTumourClassifier
{
    /// <summary>Classifies by the size of the largest invasive focus only (no T4 descriptors, not in situ).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is NaN, infinite, negative or 0.</exception>
    public static TClassification ClassifyBySize(double largestInvasiveFocusMm)
    {
        ValidateSize(largestInvasiveFocusMm, nameof(largestInvasiveFocusMm));
        return Classify(new PrimaryTumourFindings { LargestInvasiveFocusMm = largestInvasiveFocusMm });
    }

    /// <summary>Classifies the primary tumour. T4 descriptors override size; an invasive size overrides in-situ disease.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The size is NaN, infinite, negative or 0, or the Tis subtype is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// The findings contradict each other (no evidence of a tumour plus a size or descriptor), the in-situ subtype is
    /// unspecified, or nothing that decides T was given.
    /// </exception>
    public static TClassification Classify(PrimaryTumourFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);

        if (findings.LargestInvasiveFocusMm is { } size)
        {
            ValidateSize(size, nameof(findings));
        }

        if (findings.InSituDiseaseOnly is { } subtype && !Enum.IsDefined(subtype))
        {
            throw new ArgumentOutOfRangeException(nameof(findings), subtype, $"'{subtype}' is not a defined Tis subtype.");
        }

        var chestWall = findings.ChestWallInvasion;
        var skin = findings.SkinUlceration || findings.SatelliteSkinNodules || findings.SkinOedemaOrPeauDOrange;
        var anyT4 = chestWall || skin || findings.InflammatoryCarcinoma;

        if (findings.NoEvidenceOfPrimaryTumour)
        {
            if (anyT4 || findings.LargestInvasiveFocusMm is not null || findings.InSituDiseaseOnly is not null
                || findings.PectoralisMuscleInvasionOnly || findings.DermalInvasionOnly)
            {
                throw new ArgumentException(
                    "The findings say there is no evidence of a primary tumour but also describe a tumour; these contradict each other.",
                    nameof(findings));
            }

            return Result(TCategory.T0, "No tumour was found in the breast, so the tumour category is T0.");
        }

        // AJCC 8th T4 (S13): descriptors override size. T4d (inflammatory) is checked first because it is defined
        // by the clinical picture whatever else is present [ONCOLOGY_RULES.md §3.1 marks T4d as U].
        if (findings.InflammatoryCarcinoma)
        {
            return Result(TCategory.T4d, "The report describes inflammatory breast cancer, which is always T4d whatever the tumour size.");
        }

        // AJCC 8th (S13): T4c = T4a + T4b.
        if (chestWall && skin)
        {
            return Result(TCategory.T4c, "The cancer reaches the chest wall and also affects the skin, so it is T4c whatever its size.");
        }

        // AJCC 8th (S13): T4a = extension to the chest wall; invasion of the pectoralis muscle alone does not count.
        if (chestWall)
        {
            return Result(TCategory.T4a, "The cancer reaches the chest wall (not only the chest muscle), so it is T4a whatever its size.");
        }

        // AJCC 8th (S13): T4b = ulceration, satellite nodules or skin oedema/peau d'orange; dermal invasion alone does not count.
        if (skin)
        {
            return Result(TCategory.T4b, "The cancer affects the skin (an open sore, small skin lumps near the tumour, or swollen, dimpled skin), so it is T4b whatever its size.");
        }

        var ignored = IgnoredDescriptorNote(findings);

        if (findings.LargestInvasiveFocusMm is { } invasiveMm)
        {
            var category = CategoryForSize(invasiveMm);
            return Result(category, SizeReason(invasiveMm, category) + ignored) with { DecidingSizeMm = invasiveMm };
        }

        if (findings.InSituDiseaseOnly is { } inSitu)
        {
            // AJCC 8th (S13): Tis = DCIS, or Paget disease without an underlying invasive tumour or DCIS. LCIS is not Tis.
            return inSitu switch
            {
                TisSubtype.Dcis => new TClassification(TCategory.Tis, TisSubtype.Dcis,
                    "Only DCIS (cancer cells that have not spread out of the milk ducts) was found, so the category is Tis (DCIS)." + ignored,
                    StagingSources.PrimaryTumour),
                TisSubtype.Paget => new TClassification(TCategory.Tis, TisSubtype.Paget,
                    "Only Paget disease of the nipple was found, with no tumour underneath, so the category is Tis (Paget)." + ignored,
                    StagingSources.PrimaryTumour),
                _ => throw new ArgumentException(
                    "In-situ disease must be DCIS or Paget disease to be Tis; 'Unspecified' cannot be classified (LCIS is not Tis in the AJCC 8th edition).",
                    nameof(findings)),
            };
        }

        throw new ArgumentException(
            "Nothing that decides T was given: supply the largest invasive size in mm, the in-situ finding, a T4 descriptor, or no evidence of a primary tumour."
            + (ignored.Length > 0 ? " Pectoralis-only or dermis-only invasion does not decide T on its own." : ""),
            nameof(findings));
    }

    /// <summary>The spec's size bands (ONCOLOGY_RULES.md §3.1, S13), applied to an already validated size.</summary>
    internal static TCategory CategoryForSize(double mm) => mm switch
    {
        <= 1.0 => TCategory.T1mi,   // AJCC 8th (S13): T1mi ≤1 mm
        <= 5.0 => TCategory.T1a,    // T1a >1 to ≤5 mm
        <= 10.0 => TCategory.T1b,   // T1b >5 to ≤10 mm
        <= 20.0 => TCategory.T1c,   // T1c >10 to ≤20 mm
        <= 50.0 => TCategory.T2,    // T2 >20 to ≤50 mm
        _ => TCategory.T3,          // T3 >50 mm
    };

    private static void ValidateSize(double mm, string paramName)
    {
        if (double.IsNaN(mm) || double.IsInfinity(mm))
        {
            throw new ArgumentOutOfRangeException(paramName, mm, $"The invasive tumour size must be a finite number of mm, but it was {mm.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (mm <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, mm,
                $"The invasive tumour size must be above 0 mm, but it was {mm.ToString(CultureInfo.InvariantCulture)} mm. Leave it empty for in-situ-only disease or T0.");
        }
    }

    private static string SizeReason(double mm, TCategory category)
    {
        var size = mm.ToString("0.###", CultureInfo.InvariantCulture);
        var band = category switch
        {
            TCategory.T1mi => "1 mm or less",
            TCategory.T1a => "more than 1 mm and up to 5 mm",
            TCategory.T1b => "more than 5 mm and up to 10 mm",
            TCategory.T1c => "more than 10 mm and up to 20 mm",
            TCategory.T2 => "more than 20 mm and up to 50 mm",
            _ => "more than 50 mm",
        };
        return $"The largest area of invasive cancer is {size} mm, which is {band}, so the tumour category is {TnmText.Format(category)}.";
    }

    private static string IgnoredDescriptorNote(PrimaryTumourFindings findings) =>
        (findings.PectoralisMuscleInvasionOnly, findings.DermalInvasionOnly) switch
        {
            (true, true) => " Growth into the chest muscle alone or into the deeper skin layer alone does not make it T4.",
            (true, false) => " Growth into the chest muscle alone does not make it T4.",
            (false, true) => " Growth into the deeper skin layer alone does not make it T4.",
            _ => "",
        };

    private static TClassification Result(TCategory category, string reason) =>
        new(category, TisSubtype.Unspecified, reason, StagingSources.PrimaryTumour);
}
