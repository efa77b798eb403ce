using System.Collections.ObjectModel;
using System.Globalization;

namespace Cairn.Clinical.Her2;

/// <summary>
/// HER2 status rules of ASCO/CAP 2018, affirmed 2023 (ONCOLOGY_RULES.md §1; S1–S8). Pure and thread-safe.
/// </summary>
/// <remarks>
/// Decisions the spec leaves open, taken here and kept conservative:
/// <list type="bullet">
/// <item>IHC 2+ with ISH group 2–4 and no blinded recount result: <see cref="Her2AscoCapResult.Incomplete"/> with
/// <see cref="Her2NextStep.BlindedRecount"/>. "Equivocal" is kept for IHC 2+ still waiting for ISH, as in Fig 1.</item>
/// <item>A blinded recount that lands in a different group: <see cref="Her2AscoCapResult.Incomplete"/> with
/// <see cref="Her2NextStep.LabAdjudication"/> (the spec says the lab adjudicates for group 3; groups 2 and 4 are treated alike).</item>
/// <item>IHC and ISH that disagree outright (IHC 3+ with group 5, or IHC 0/1+ with group 1): either positive test
/// makes the case HER2-positive (§1.1: IHC 3+ = Positive; §1.2: group 1 = ISH positive; ASCO/CAP 2018, S1), so the
/// result is <see cref="Her2AscoCapResult.Positive"/> with <see cref="Her2Assessment.IhcAndIshDisagree"/> set and a
/// warning that the lab should review the disagreement (clinical review item 6).</item>
/// </list>
/// </remarks>
public static class Her2Classifier
{
    /// <summary>HER2/CEP17 ratio cut-off (ASCO/CAP 2018 Fig 3, S1): groups 1–2 are R ≥ 2.0, groups 3–5 are R &lt; 2.0.</summary>
    public const double RatioCutoff = 2.0;

    /// <summary>Average copy number cut-off of 4.0 signals/cell (ASCO/CAP 2018 Fig 3, S1).</summary>
    public const double CopyNumberLowCutoff = 4.0;

    /// <summary>Average copy number cut-off of 6.0 signals/cell (ASCO/CAP 2018 Fig 3, S1).</summary>
    public const double CopyNumberHighCutoff = 6.0;

    /// <summary>Upper bound (inclusive) of the faint incomplete staining that still scores IHC 0 (ASCO/CAP 2018 Fig 1, S1).</summary>
    public const double IhcZeroMaxPercentStained = 10.0;

    /// <summary>
    /// Dual-probe ISH group (ASCO/CAP 2018 Fig 3, S1; S4). A total function: every pair of non-negative finite
    /// numbers falls into exactly one group. Boundaries are inclusive as written (R 2.00 with CN 4.00 is group 1).
    /// </summary>
    /// <param name="ratio">HER2/CEP17 ratio.</param>
    /// <param name="averageCopyNumber">Average HER2 copy number, signals/cell.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static Her2IshGroup GroupIsh(double ratio, double averageCopyNumber)
    {
        RequireNonNegativeFinite(ratio, nameof(ratio), "HER2/CEP17 ratio");
        RequireNonNegativeFinite(averageCopyNumber, nameof(averageCopyNumber), "average HER2 copy number");

        if (ratio >= RatioCutoff)
        {
            // ASCO/CAP 2018 Fig 3 (S1): group 1 = R >= 2.0 and CN >= 4.0; group 2 = R >= 2.0 and CN < 4.0
            return averageCopyNumber >= CopyNumberLowCutoff ? Her2IshGroup.Group1 : Her2IshGroup.Group2;
        }

        // ASCO/CAP 2018 Fig 3 (S1): group 3 = R < 2.0 and CN >= 6.0
        if (averageCopyNumber >= CopyNumberHighCutoff)
        {
            return Her2IshGroup.Group3;
        }

        // ASCO/CAP 2018 Fig 3 (S1): group 4 = R < 2.0 and 4.0 <= CN < 6.0; group 5 = R < 2.0 and CN < 4.0
        return averageCopyNumber >= CopyNumberLowCutoff ? Her2IshGroup.Group4 : Her2IshGroup.Group5;
    }

    /// <summary>
    /// Staining detail of an IHC 0 result from the percentage of tumour cells with faint, incomplete membrane staining:
    /// 0% is <see cref="Her2IhcZeroStaining.NoStaining"/>; &gt;0% to ≤10% is <see cref="Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent"/>
    /// (ONCOLOGY_RULES.md §1.4; S7, S8).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The percentage is negative, NaN, infinite, or above 10% (faint staining in &gt;10% of cells is IHC 1+, not 0).
    /// </exception>
    public static Her2IhcZeroStaining ClassifyIhcZeroStaining(double percentOfCellsStained)
    {
        RequireNonNegativeFinite(percentOfCellsStained, nameof(percentOfCellsStained), "percentage of stained cells");
        if (percentOfCellsStained > IhcZeroMaxPercentStained)
        {
            // ASCO/CAP 2018 Fig 1 (S1): faint incomplete staining in >10% of cells is 1+, so it cannot be an IHC 0 detail.
            throw new ArgumentOutOfRangeException(
                nameof(percentOfCellsStained),
                percentOfCellsStained,
                $"Faint staining in {Format(percentOfCellsStained)}% of cells is more than 10%, which scores IHC 1+, not IHC 0.");
        }

        return percentOfCellsStained == 0
            ? Her2IhcZeroStaining.NoStaining
            : Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent;
    }

    /// <summary>
    /// Computes the ASCO/CAP HER2 result of one specimen from IHC and/or dual-probe ISH (ONCOLOGY_RULES.md §1.1–1.4).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An ISH value is negative, NaN or infinite, or an enum value is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// No IHC score and no ISH values; a ratio without a copy number or the reverse; IHC 0 staining detail with a
    /// score other than 0; or a blinded recount without ISH values.
    /// </exception>
    public static Her2Assessment Classify(Her2Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Validate(findings);

        if (findings.IshRatio is not { } ratio || findings.IshAverageCopyNumber is not { } copies)
        {
            return ClassifyIhcOnly(findings.IhcScore!.Value, findings.IhcZeroStaining);
        }

        var group = GroupIsh(ratio, copies);
        return group switch
        {
            Her2IshGroup.Group1 => ClassifyGroup1(findings, ratio, copies),
            Her2IshGroup.Group5 => ClassifyGroup5(findings),
            _ => ClassifyGroups2To4(findings, group),
        };
    }

    /// <summary>
    /// Puts a pathologist's stated HER2 result next to the computed one. The stated result always wins; a
    /// discrepancy is flagged only for a real contradiction: the computed category differs, or both give a different
    /// HER2-low / ultralow / 0 label for a negative result. Not compared (the values are not enough to check the
    /// report): a computed <see cref="Her2AscoCapResult.Incomplete"/>, and a computed
    /// <see cref="Her2AscoCapResult.Equivocal"/> (IHC 2+ with no ISH values) next to any stated result other than
    /// Equivocal, because a final result after IHC 2+ comes from an ISH test whose numbers were not given.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stated status has a subgroup but is not Negative.</exception>
    public static Her2Reconciliation Reconcile(Her2StatedStatus stated, Her2Assessment computed)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(computed);
        RequireDefined(stated.Result, nameof(stated));
        if (stated.Subgroup is { } statedSubgroup)
        {
            RequireDefined(statedSubgroup, nameof(stated));
            if (stated.Result != Her2AscoCapResult.Negative)
            {
                throw new ArgumentException(
                    $"A stated HER2 subgroup ({statedSubgroup}) only applies to a Negative result, but the stated result is {stated.Result}.",
                    nameof(stated));
            }
        }

        var statedText = Describe(stated.Result, stated.Subgroup);
        var sources = Sources(computed.SourceIds);

        // ONCOLOGY_RULES.md general rule 1: the stated interpretation always wins; computed values only cross-check it.
        if (computed.Result == Her2AscoCapResult.Incomplete)
        {
            return new Her2Reconciliation(
                stated,
                computed,
                hasDiscrepancy: false,
                $"Your report says {statedText}. The test values we have are not enough to check this, so the report's result is used.",
                sources);
        }

        // Clinical review item 5: IHC 2+ with no ISH values is the normal path to a stated final result (reflex ISH
        // was done, its numbers were not passed), so a stated Positive or Negative does not contradict it.
        if (computed.Result == Her2AscoCapResult.Equivocal && stated.Result != Her2AscoCapResult.Equivocal)
        {
            return new Her2Reconciliation(
                stated,
                computed,
                hasDiscrepancy: false,
                $"Your report says {statedText}. A HER2 protein test (IHC) score of 2+ is borderline on its own, and the HER2 gene test (ISH) results that settle it were not given here, so the report's result is used.",
                sources);
        }

        var categoryDiffers = stated.Result != computed.Result;
        var subgroupDiffers = !categoryDiffers
            && stated.Subgroup is { } s && s != Her2ExpressionSubgroup.Undetermined
            && computed.ExpressionSubgroup is { } c && c != Her2ExpressionSubgroup.Undetermined
            && s != c;

        if (categoryDiffers || subgroupDiffers)
        {
            var computedText = Describe(computed.Result, subgroupDiffers ? computed.ExpressionSubgroup : null);
            return new Her2Reconciliation(
                stated,
                computed,
                hasDiscrepancy: true,
                $"Your report says {statedText}, but the test values we have point to {computedText}. The report's result is the one that counts; ask your care team about the difference.",
                sources);
        }

        return new Her2Reconciliation(
            stated,
            computed,
            hasDiscrepancy: false,
            $"Your report says {statedText}, and the test values we have agree.",
            sources);
    }

    private static Her2Assessment ClassifyIhcOnly(Her2IhcScore score, Her2IhcZeroStaining staining)
    {
        var scoreText = Her2IhcScoreParser.Format(score);
        switch (score)
        {
            case Her2IhcScore.ThreePlus:
                // ASCO/CAP 2018 Fig 1 (S1): IHC 3+ = positive
                return Final(
                    Her2AscoCapResult.Positive,
                    ishGroup: null,
                    "The HER2 protein test (IHC) scored 3+, the highest score. This means the cancer is HER2-positive.",
                    "S1");

            case Her2IhcScore.TwoPlus:
                // ASCO/CAP 2018 Fig 1 (S1): IHC 2+ = equivocal; reflex ISH on the same specimen or a new test
                return Pending(
                    Her2AscoCapResult.Equivocal,
                    ishGroup: null,
                    Her2NextStep.ReflexIsh,
                    "The HER2 protein test (IHC) scored 2+, which is borderline (equivocal). A HER2 gene test (ISH) on the same sample, or a new test, is needed to decide.",
                    "S1");

            default:
                // ASCO/CAP 2018 Fig 1 (S1): IHC 1+ and IHC 0 = negative
                return Negative(
                    withComment: false,
                    ishGroup: null,
                    score,
                    staining,
                    $"The HER2 protein test (IHC) scored {scoreText}, so the cancer is HER2-negative.",
                    "S1");
        }
    }

    private static Her2Assessment ClassifyGroup1(Her2Findings findings, double ratio, double copies)
    {
        // ASCO/CAP 2018 Fig 3 (S1), §1.2: group 1 = ISH positive, whatever the IHC score. IHC 0/1+ against group 1 is
        // still positive; the disagreement is flagged for the lab to review (clinical review item 6).
        if (findings.IhcScore is Her2IhcScore.Zero or Her2IhcScore.OnePlus)
        {
            return Discordant(
                findings.IhcScore.Value,
                Her2IshGroup.Group1,
                $"The HER2 gene test (ISH) found extra copies of the HER2 gene (ratio {Format(ratio)}, {Format(copies)} copies per cell: ISH group 1), which means the cancer is HER2-positive, even though the HER2 protein test (IHC) scored {Her2IhcScoreParser.Format(findings.IhcScore.Value)}.");
        }

        // ASCO/CAP 2018 Fig 3 (S1; S4): group 1 (R >= 2.0 and CN >= 4.0) = ISH positive
        return Final(
            Her2AscoCapResult.Positive,
            Her2IshGroup.Group1,
            $"The HER2 gene test (ISH) found extra copies of the HER2 gene (ratio {Format(ratio)}, {Format(copies)} copies per cell: ISH group 1). This means the cancer is HER2-positive.",
            "S1",
            "S4");
    }

    private static Her2Assessment ClassifyGroup5(Her2Findings findings)
    {
        // ASCO/CAP 2018 Fig 1 (S1), §1.1: IHC 3+ = positive, whatever the ISH group. IHC 3+ against group 5 is still
        // positive; the disagreement is flagged for the lab to review (clinical review item 6).
        if (findings.IhcScore is Her2IhcScore.ThreePlus)
        {
            return Discordant(
                Her2IhcScore.ThreePlus,
                Her2IshGroup.Group5,
                "The HER2 protein test (IHC) scored 3+, the highest score, which means the cancer is HER2-positive, even though the HER2 gene test (ISH group 5) did not find extra copies of the HER2 gene.");
        }

        // ASCO/CAP 2018 Fig 3 (S1; S4): group 5 (R < 2.0 and CN < 4.0) = ISH negative
        return Negative(
            withComment: false,
            Her2IshGroup.Group5,
            findings.IhcScore,
            findings.IhcZeroStaining,
            "The HER2 gene test (ISH) did not find extra copies of the HER2 gene (ISH group 5), so the cancer is HER2-negative.",
            "S1",
            "S4");
    }

    private static Her2Assessment ClassifyGroups2To4(Her2Findings findings, Her2IshGroup group)
    {
        var n = (int)group;
        var unusual = $"The HER2 gene test (ISH) gave an unusual result (ISH group {n})";

        switch (findings.IhcScore)
        {
            case null:
                // ONCOLOGY_RULES.md §1.3: groups 2-4 without concurrent IHC = Incomplete (IHC required); do not classify
                return Pending(
                    Her2AscoCapResult.Incomplete,
                    group,
                    Her2NextStep.ConcurrentIhc,
                    $"{unusual}. The guideline needs a HER2 protein test (IHC) on the same tissue before a final HER2 result can be given.",
                    "S1",
                    "S4");

            case Her2IhcScore.ThreePlus:
                // ASCO/CAP 2018 Figs 4-6 (S1): groups 2, 3 and 4 with IHC 3+ = positive
                return Final(
                    Her2AscoCapResult.Positive,
                    group,
                    $"{unusual}, and the HER2 protein test (IHC) on the same tissue scored 3+. Together, this means the cancer is HER2-positive.",
                    "S1",
                    "S4");

            case Her2IhcScore.Zero or Her2IhcScore.OnePlus:
                // ASCO/CAP 2018 Figs 4-6 (S1): groups 2, 3 and 4 with IHC 0 or 1+ = negative with comment
                return Negative(
                    withComment: true,
                    group,
                    findings.IhcScore,
                    findings.IhcZeroStaining,
                    $"{unusual}, and with a HER2 protein test (IHC) score of {Her2IhcScoreParser.Format(findings.IhcScore.Value)} on the same tissue this counts as HER2-negative, with a comment in the report.",
                    "S1",
                    "S4");

            default:
                return ClassifyIhcTwoPlusInGroups2To4(findings, group, unusual);
        }
    }

    private static Her2Assessment ClassifyIhcTwoPlusInGroups2To4(Her2Findings findings, Her2IshGroup group, string unusual)
    {
        if (findings.BlindedRecountGroup is not { } recount)
        {
            // ASCO/CAP 2018 Figs 4-6 (S1): IHC 2+ in groups 2-4 needs a blinded observer to recount >= 20 cells first
            return Pending(
                Her2AscoCapResult.Incomplete,
                group,
                Her2NextStep.BlindedRecount,
                $"{unusual}, and the HER2 protein test (IHC) scored 2+. The guideline asks a second expert to recount the cells without seeing the first count before a final HER2 result can be given.",
                "S1",
                "S4");
        }

        if (recount != group)
        {
            // ASCO/CAP 2018 Figs 4-6 (S1), §1.3: for group 3 any other recount result is adjudicated by the lab; groups 2 and 4 treated alike
            return Pending(
                Her2AscoCapResult.Incomplete,
                group,
                Her2NextStep.LabAdjudication,
                $"{unusual}, the HER2 protein test (IHC) scored 2+, and a second expert's recount gave a different group (group {(int)recount}). The lab has to review this, so no final HER2 result can be worked out here.",
                "S1",
                "S4");
        }

        if (group == Her2IshGroup.Group3)
        {
            // ASCO/CAP 2018 Figs 4-6 (S1), §1.3 [C]: group 3, IHC 2+, blinded recount still group 3 = positive
            return Final(
                Her2AscoCapResult.Positive,
                group,
                $"{unusual}, the HER2 protein test (IHC) scored 2+, and a second expert's recount still gave group 3. Together, this means the cancer is HER2-positive.",
                "S1",
                "S4");
        }

        // ASCO/CAP 2018 Figs 4-6 (S1), §1.3 [C]: group 4, IHC 2+, recount still group 4 = negative with comment.
        // §1.3 [P]: group 2, IHC 2+, recount still group 2 = negative with comment (structure inferred from Figs 5/6;
        // the negative outcome is confirmed by S5).
        return Negative(
            withComment: true,
            group,
            Her2IhcScore.TwoPlus,
            Her2IhcZeroStaining.NotReported,
            $"{unusual}, and with a HER2 protein test (IHC) score of 2+ and the same group on a second expert's recount, this counts as HER2-negative, with a comment in the report.",
            group == Her2IshGroup.Group2 ? ["S1", "S4", "S5"] : ["S1", "S4"]);
    }

    // ASCO/CAP 2018 (S1): either positive test makes the case HER2-positive; the disagreement goes to the lab.
    private static Her2Assessment Discordant(Her2IhcScore score, Her2IshGroup group, string positiveReason) =>
        new(
            Her2AscoCapResult.Positive,
            withComment: false,
            group,
            expressionSubgroup: null,
            Her2NextStep.None,
            $"{positiveReason} Because the two tests (IHC {Her2IhcScoreParser.Format(score)} and ISH group {(int)group}) disagree, the lab should review this result; ask your care team about it.",
            Sources(["S1", "S4"]),
            ihcAndIshDisagree: true);

    private static Her2Assessment Final(Her2AscoCapResult result, Her2IshGroup? ishGroup, string reason, params string[] sourceIds) =>
        new(result, withComment: false, ishGroup, expressionSubgroup: null, Her2NextStep.None, reason, Sources(sourceIds));

    private static Her2Assessment Pending(
        Her2AscoCapResult result,
        Her2IshGroup? ishGroup,
        Her2NextStep nextStep,
        string reason,
        params string[] sourceIds) =>
        new(result, withComment: false, ishGroup, expressionSubgroup: null, nextStep, reason, Sources(sourceIds));

    private static Her2Assessment Negative(
        bool withComment,
        Her2IshGroup? ishGroup,
        Her2IhcScore? score,
        Her2IhcZeroStaining staining,
        string mainReason,
        params string[] sourceIds)
    {
        var (subgroup, subgroupReason, subgroupSources) = Subgroup(score, staining);
        return new Her2Assessment(
            Her2AscoCapResult.Negative,
            withComment,
            ishGroup,
            subgroup,
            Her2NextStep.None,
            $"{mainReason} {subgroupReason}",
            Sources([.. sourceIds, .. subgroupSources]));
    }

    // ONCOLOGY_RULES.md §1.4: the subgroup is set only for a Negative result.
    private static (Her2ExpressionSubgroup Subgroup, string Reason, string[] SourceIds) Subgroup(
        Her2IhcScore? score,
        Her2IhcZeroStaining staining) => score switch
        {
            // FDA Enhertu label 2022-08-05 (S6): HER2-low = IHC 1+, or IHC 2+ with negative ISH
            Her2IhcScore.OnePlus or Her2IhcScore.TwoPlus => (
                Her2ExpressionSubgroup.Low,
                "Because some HER2 protein was seen, it is called HER2-low, which can matter for some drug choices.",
                ["S6"]),

            Her2IhcScore.Zero => staining switch
            {
                // FDA 2025-01-27 (S7): HER2-ultralow = IHC 0 with membrane staining; operationally >0% to <=10% of cells (S8)
                Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent => (
                    Her2ExpressionSubgroup.Ultralow,
                    "Faint staining was seen in no more than 10% of the cancer cells, which is called HER2-ultralow and can matter for some drug choices.",
                    ["S7", "S8"]),

                // ONCOLOGY_RULES.md §1.4 [P]: HER2-0 / null = IHC 0 with no staining at all; ASCO/CAP 2023 asks for a careful 0 vs 1+ call (S2, S3)
                Her2IhcZeroStaining.NoStaining => (
                    Her2ExpressionSubgroup.Zero,
                    "No HER2 staining was seen at all, which is sometimes called HER2-0.",
                    ["S2", "S3"]),

                _ => (
                    Her2ExpressionSubgroup.Undetermined,
                    "The report does not say whether any faint staining was seen, so ask your care team whether this is HER2-ultralow or HER2-0.",
                    ["S2", "S3", "S7"]),
            },

            _ => (
                Her2ExpressionSubgroup.Undetermined,
                "No HER2 protein test (IHC) score was given, so ask your care team whether this is HER2-low, HER2-ultralow or HER2-0.",
                ["S2", "S3", "S6", "S7"]),
        };

    private static void Validate(Her2Findings findings)
    {
        if (findings.IhcScore is { } score)
        {
            RequireDefined(score, nameof(findings));
        }

        RequireDefined(findings.IhcZeroStaining, nameof(findings));
        if (findings.BlindedRecountGroup is { } recount)
        {
            RequireDefined(recount, nameof(findings));
        }

        var hasRatio = findings.IshRatio.HasValue;
        var hasCopies = findings.IshAverageCopyNumber.HasValue;
        if (hasRatio && !hasCopies)
        {
            throw new ArgumentException(
                $"An ISH ratio ({Format(findings.IshRatio!.Value)}) was given without the average HER2 copy number; both are needed to find the ISH group.",
                nameof(findings));
        }

        if (hasCopies && !hasRatio)
        {
            throw new ArgumentException(
                $"An average HER2 copy number ({Format(findings.IshAverageCopyNumber!.Value)}) was given without the HER2/CEP17 ratio; single-probe ISH is not covered, and dual-probe ISH needs both.",
                nameof(findings));
        }

        if (!hasRatio && findings.IhcScore is null)
        {
            throw new ArgumentException("Neither an IHC score nor ISH values were given; there is nothing to classify.", nameof(findings));
        }

        if (findings.IhcZeroStaining != Her2IhcZeroStaining.NotReported && findings.IhcScore != Her2IhcScore.Zero)
        {
            var scoreText = findings.IhcScore is { } s ? Her2IhcScoreParser.Format(s) : "missing";
            throw new ArgumentException(
                $"IHC 0 staining detail ({findings.IhcZeroStaining}) was given, but the IHC score is {scoreText}; the detail only applies to IHC 0.",
                nameof(findings));
        }

        if (findings.BlindedRecountGroup is { } recountGroup && !hasRatio)
        {
            throw new ArgumentException(
                $"A blinded recount result (group {(int)recountGroup}) was given without the ISH values it rechecks.",
                nameof(findings));
        }
    }

    private static void RequireNonNegativeFinite(double value, string paramName, string what)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"The {what} must be a finite number of 0 or more, but was {value.ToString(CultureInfo.InvariantCulture)}.");
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

    private static string Describe(Her2AscoCapResult result, Her2ExpressionSubgroup? subgroup)
    {
        var resultText = result switch
        {
            Her2AscoCapResult.Positive => "HER2-positive",
            Her2AscoCapResult.Negative => "HER2-negative",
            Her2AscoCapResult.Equivocal => "HER2-equivocal (borderline)",
            _ => "an incomplete HER2 result",
        };

        return subgroup switch
        {
            Her2ExpressionSubgroup.Low => $"{resultText} (HER2-low)",
            Her2ExpressionSubgroup.Ultralow => $"{resultText} (HER2-ultralow)",
            Her2ExpressionSubgroup.Zero => $"{resultText} (HER2-0)",
            _ => resultText,
        };
    }

    // Shortest round-trip text, so a reported 1.99 is never shown rounded up to "2".
    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    // Distinct, in catalogue order, and read-only so a caller cannot change a result's sources.
    private static ReadOnlyCollection<string> Sources(IEnumerable<string> sourceIds) =>
        Array.AsReadOnly(sourceIds.Distinct(StringComparer.Ordinal).OrderBy(id => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture)).ToArray());
}
