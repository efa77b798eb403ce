using System.Globalization;

namespace Cairn.Clinical.HormoneReceptors;

/// <summary>
/// ER and PR (PgR) status from the percentage of tumour nuclei that stain (ASCO/CAP 2020; S9, S10;
/// ONCOLOGY_RULES.md §2). Pure and thread-safe. Percentages are used exactly as given (no rounding).
/// </summary>
public static class HormoneReceptorClassifier
{
    /// <summary>Lowest positive percentage (inclusive) for ER and PR (ASCO/CAP 2020, S9).</summary>
    public const double PositiveThresholdPercent = 1.0;

    /// <summary>Highest ER Low Positive percentage (inclusive): the guideline writes "1% to 10%" (S9).</summary>
    public const double ErLowPositiveMaxPercent = 10.0;

    /// <summary>The plain-language comment that goes with every ER Low Positive result (ASCO/CAP 2020, S9).</summary>
    public const string ErLowPositiveComment =
        "Only 1% to 10% of the cancer cells showed estrogen receptors on the test. There is only limited evidence on how much hormone (endocrine) therapy helps cancers with this low level. Talk with your care team about what it means for you.";

    // Shared and read-only, so no caller can change the sources of another result.
    private static readonly IReadOnlyList<string> s_sources = Array.AsReadOnly<string>(["S9", "S10"]);

    /// <summary>
    /// ER status: &lt;1% Negative (0 and 0.5 included); 1% to 10% inclusive Low Positive; &gt;10% Positive.
    /// </summary>
    /// <param name="percentStainedNuclei">Percentage of tumour nuclei staining, 0 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is NaN, infinite, below 0 or above 100.</exception>
    public static ErAssessment ClassifyEr(double percentStainedNuclei)
    {
        RequirePercent(percentStainedNuclei, nameof(percentStainedNuclei));
        var p = Format(percentStainedNuclei);

        // ASCO/CAP 2020 (S9): for 0-10% results the lab should report the status of its controls
        var reportControls = percentStainedNuclei <= ErLowPositiveMaxPercent;

        // ASCO/CAP 2020 (S9): ER < 1% (including 0%) = negative
        if (percentStainedNuclei < PositiveThresholdPercent)
        {
            return new ErAssessment(
                ErStatus.Negative,
                percentStainedNuclei,
                lowPositiveComment: null,
                reportControls,
                $"{p}% of the cancer cell nuclei stained for the estrogen receptor (ER). Less than 1% counts as ER-negative.",
                s_sources);
        }

        // ASCO/CAP 2020 (S9): ER 1% to 10% = "ER Low Positive" with a comment; 10% itself is Low Positive (spec §2, inclusive reading [U])
        if (percentStainedNuclei <= ErLowPositiveMaxPercent)
        {
            return new ErAssessment(
                ErStatus.LowPositive,
                percentStainedNuclei,
                ErLowPositiveComment,
                reportControls,
                $"{p}% of the cancer cell nuclei stained for the estrogen receptor (ER). From 1% to 10% counts as ER-positive and is reported as \"ER Low Positive\".",
                s_sources);
        }

        // ASCO/CAP 2020 (S9): ER >= 1% = positive; > 10% is plain positive, outside the 1-10% Low Positive group
        return new ErAssessment(
            ErStatus.Positive,
            percentStainedNuclei,
            lowPositiveComment: null,
            reportControls,
            $"{p}% of the cancer cell nuclei stained for the estrogen receptor (ER). 1% or more counts as ER-positive, and because this is above 10%, it is not in the \"ER Low Positive\" group.",
            s_sources);
    }

    /// <summary>PR status: &lt;1% Negative; ≥1% Positive, reported with its percentage. There is no PR low category.</summary>
    /// <param name="percentStainedNuclei">Percentage of tumour nuclei staining, 0 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is NaN, infinite, below 0 or above 100.</exception>
    public static PrAssessment ClassifyPr(double percentStainedNuclei)
    {
        RequirePercent(percentStainedNuclei, nameof(percentStainedNuclei));
        var p = Format(percentStainedNuclei);

        // ASCO/CAP 2020 (S9): PgR follows similar principles; < 1% = negative, >= 1% = positive with its percentage (spec §2 [P])
        return percentStainedNuclei < PositiveThresholdPercent
            ? new PrAssessment(
                PrStatus.Negative,
                percentStainedNuclei,
                $"{p}% of the cancer cell nuclei stained for the progesterone receptor (PR). Less than 1% counts as PR-negative.",
                s_sources)
            : new PrAssessment(
                PrStatus.Positive,
                percentStainedNuclei,
                $"{p}% of the cancer cell nuclei stained for the progesterone receptor (PR). 1% or more counts as PR-positive.",
                s_sources);
    }

    /// <summary>
    /// Puts a stated ER result next to the computed one. The stated result always wins. A discrepancy is flagged when
    /// they differ, except that a stated "positive" with a computed Low Positive is not a disagreement (Low Positive
    /// is a kind of positive; the computed result still carries the Low Positive comment).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is not a defined value.</exception>
    public static ErReconciliation ReconcileEr(ErStatus stated, ErAssessment computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        RequireDefined(stated, nameof(stated));

        var statedText = Describe(stated);
        var computedText = Describe(computed.Status);
        var p = Format(computed.PercentStainedNuclei);

        // ONCOLOGY_RULES.md general rule 1: the stated interpretation wins; the computed one only cross-checks it.
        if (stated == computed.Status)
        {
            return new ErReconciliation(stated, computed, hasDiscrepancy: false, $"Your report says {statedText}, which agrees with the {p}% staining.", s_sources);
        }

        if (stated == ErStatus.Positive && computed.Status == ErStatus.LowPositive)
        {
            return new ErReconciliation(
                stated,
                computed,
                hasDiscrepancy: false,
                $"Your report says ER-positive, which agrees with the {p}% staining. The guideline calls 1% to 10% \"ER Low Positive\".",
                s_sources);
        }

        return new ErReconciliation(
            stated,
            computed,
            hasDiscrepancy: true,
            $"Your report says {statedText}, but {p}% staining points to {computedText}. The report's result is the one that counts; ask your care team about the difference.",
            s_sources);
    }

    /// <summary>Puts a stated PR result next to the computed one. The stated result always wins; a difference is flagged.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is not a defined value.</exception>
    public static PrReconciliation ReconcilePr(PrStatus stated, PrAssessment computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        RequireDefined(stated, nameof(stated));

        var statedText = stated == PrStatus.Positive ? "PR-positive" : "PR-negative";
        var computedText = computed.IsPositive ? "PR-positive" : "PR-negative";
        var p = Format(computed.PercentStainedNuclei);

        // ONCOLOGY_RULES.md general rule 1: the stated interpretation wins; the computed one only cross-checks it.
        return stated == computed.Status
            ? new PrReconciliation(stated, computed, hasDiscrepancy: false, $"Your report says {statedText}, which agrees with the {p}% staining.", s_sources)
            : new PrReconciliation(
                stated,
                computed,
                hasDiscrepancy: true,
                $"Your report says {statedText}, but {p}% staining points to {computedText}. The report's result is the one that counts; ask your care team about the difference.",
                s_sources);
    }

    private static string Describe(ErStatus status) => status switch
    {
        ErStatus.Negative => "ER-negative",
        ErStatus.LowPositive => "ER Low Positive",
        _ => "ER-positive",
    };

    private static void RequirePercent(double percent, string paramName)
    {
        if (!double.IsFinite(percent) || percent < 0 || percent > 100)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                percent,
                $"The percentage of stained nuclei must be a number from 0 to 100, but was {percent.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static void RequireDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(TEnum).Name} value.");
        }
    }

    // Shortest round-trip text, so a reported 0.99 is never shown rounded up to "1".
    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
