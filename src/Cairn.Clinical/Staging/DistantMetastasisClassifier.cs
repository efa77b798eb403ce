using System.Globalization;

namespace Cairn.Clinical.Staging;

/// <summary>
/// Computes the AJCC M category (ONCOLOGY_RULES.md §3.3, S15). Tumour cells in blood (CTCs), bone marrow or
/// non-regional nodes without symptoms or signs of spread are cM0(i+): still M0, never stage IV, never "metastatic".
/// A clinician's stated M always wins over this cross-check.
/// </summary>
public static class DistantMetastasisClassifier
{
    /// <summary>Largest distant deposit (mm, inclusive) that still counts as tumour cells rather than M1.</summary>
    public const double TumourCellLimitMm = 0.2;

    /// <summary>Classifies M.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The deposit size is NaN, infinite, negative or 0.</exception>
    public static MClassification Classify(DistantMetastasisFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);

        if (findings.LargestHistologicDistantDepositMm is { } mm && (double.IsNaN(mm) || double.IsInfinity(mm) || mm <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(findings), mm,
                $"A distant deposit size must be a finite number of mm above 0, but it was {mm.ToString(CultureInfo.InvariantCulture)}.");
        }

        // S15: M1 = distant metastasis found clinically or radiographically.
        if (findings.DistantMetastasisFoundClinicallyOrOnImaging)
        {
            return Result(MCategory.M1, "The report says cancer has spread to distant parts of the body, so the category is M1.");
        }

        // S15: M1 = distant metastasis proven histologically larger than 0.2 mm.
        if (findings.LargestHistologicDistantDepositMm > TumourCellLimitMm)
        {
            return Result(MCategory.M1,
                "A biopsy found a deposit of cancer larger than 0.2 mm in a distant part of the body, so the category is M1.");
        }

        var tumourCells = findings.TumourCellsInBloodMarrowOrDistantNodes || findings.LargestHistologicDistantDepositMm is not null;
        if (!tumourCells)
        {
            // S15: M0 = no clinical or radiographic evidence of distant metastasis; imaging is not required.
            return Result(MCategory.M0, findings.SymptomsOrSignsOfMetastasis
                ? "Nothing in the findings shows spread to distant parts of the body, so the category is M0. Symptoms that could mean spread still need to be checked by your care team."
                : "Nothing in the findings shows spread to distant parts of the body, so the category is M0.");
        }

        // S15: cM0(i+) requires a patient WITHOUT symptoms or signs of metastasis; with them, the cells cannot be
        // classified here and a clinician must assess (no guess either way).
        if (findings.SymptomsOrSignsOfMetastasis)
        {
            return new MClassification(null,
                "Tumour cells were found in the blood, bone marrow or a distant lymph node, and there are symptoms or signs that need checking. Only your care team can decide what this means.",
                StagingSources.DistantMetastasis);
        }

        // S15 (7th-edition wording, assumed kept in the 8th [U]): cM0(i+) is still M0.
        return Result(MCategory.M0ItcPositive,
            "A few tumour cells (0.2 mm or less) were found in the blood, bone marrow or a distant lymph node, with no other sign of spread. This is cM0(i+), which still counts as M0 and does not mean the cancer has spread.");
    }

    private static MClassification Result(MCategory category, string reason) =>
        new(category, reason, StagingSources.DistantMetastasis);
}
