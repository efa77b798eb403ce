namespace Cairn.Clinical.Recist;

/// <summary>
/// RECIST 1.1 target lesion response at one time point (ONCOLOGY_RULES.md §4, S16/S17). Computed only from
/// lesion-level measurements of the baseline target lesions; sums are done in decimal so the 30% / 20% / 5 mm
/// boundaries are exact for values given to 0.1 mm.
/// </summary>
public static class RecistTargetResponse
{
    /// <summary>Evaluates the target lesions at <paramref name="current"/>.</summary>
    /// <param name="baseline">The baseline with at least one target lesion.</param>
    /// <param name="previous">Earlier follow-up scans (any order); fully evaluated ones can set the nadir.</param>
    /// <param name="current">This scan.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The baseline has no target lesions, or a time point does not match the baseline lesion for lesion.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time point has an undefined status value.</exception>
    public static TargetResponseResult Evaluate(RecistBaseline baseline, IEnumerable<RecistTimePoint> previous, RecistTimePoint current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(previous);
        if (!baseline.HasMeasurableDisease)
        {
            throw new ArgumentException("The baseline has no target lesions; use the non-target response instead.", nameof(baseline));
        }

        RecistTimePointValidator.Validate(baseline, current, nameof(current));
        var earlier = previous.ToList();
        foreach (var timePoint in earlier)
        {
            RecistTimePointValidator.Validate(baseline, timePoint, nameof(previous));
        }

        var baselineSum = (decimal)baseline.BaselineSumMm;

        // RECIST 1.1 (S17): the nadir is the smallest sum on study, which may be the baseline sum. Scans where not
        // every target was evaluated have no complete sum and cannot set the nadir.
        var nadir = earlier
            .Select(Sum)
            .Where(sum => sum.AllEvaluated)
            .Select(sum => sum.Total)
            .Append(baselineSum)
            .Min();

        var (currentSum, allEvaluated) = Sum(current);

        if (!allEvaluated)
        {
            // RECIST 1.1 (S17, "Missing assessments"): normally NE, unless the missing lesions could not change the
            // result. Missing lesions can only add to the sum, so if the evaluated ones already meet PD, it is PD.
            if (MeetsProgression(nadir, currentSum))
            {
                return Result(TargetResponse.ProgressiveDisease, baselineSum, nadir, currentSum, false, null, currentSum - nadir,
                    $"RECIST progressive disease (PD) for the measured tumours: even without the ones not checked on this scan, their total ({Mm(currentSum)} mm) is at least 20% and at least 5 mm more than the smallest total so far ({Mm(nadir)} mm). {RecistEvaluator.ProgressiveDiseaseCaveat}");
            }

            return Result(TargetResponse.NotEvaluable, baselineSum, nadir, currentSum, false, null, null,
                "RECIST not evaluable (NE) for the measured tumours: not all of them were checked on this scan, so no response can be given.");
        }

        var change = Percent(currentSum, baselineSum);

        var targetsGone = TargetsGoneOrNormal(baseline, current);
        if (targetsGone && NonTargetNodesNormal(baseline, current))
        {
            return Result(TargetResponse.CompleteResponse, baselineSum, nadir, currentSum, true, change, currentSum - nadir,
                currentSum == 0
                    ? "RECIST complete response (CR) for the measured tumours: all of them have gone."
                    : $"RECIST complete response (CR) for the measured tumours: all have gone except lymph nodes, which are now normal size (under 10 mm), so the total is {Mm(currentSum)} mm.");
        }

        var response = FromSums(baselineSum, nadir, currentSum);
        var reason = response switch
        {
            TargetResponse.ProgressiveDisease =>
                $"RECIST progressive disease (PD) for the measured tumours: their total is {Mm(currentSum)} mm, at least 20% and at least 5 mm more than the smallest total so far ({Mm(nadir)} mm). {RecistEvaluator.ProgressiveDiseaseCaveat}",
            TargetResponse.PartialResponse when targetsGone =>
                "RECIST partial response (PR) for the measured tumours: they have gone or shrunk to normal size, but it is not a complete response because another lymph node is still 10 mm or more across, or was not checked.",
            TargetResponse.PartialResponse =>
                $"RECIST partial response (PR) for the measured tumours: their total is {Mm(currentSum)} mm, {Mm(-change)}% smaller than at the start ({Mm(baselineSum)} mm); PR needs at least 30% smaller.",
            _ =>
                $"RECIST stable disease (SD) for the measured tumours: their total is {Mm(currentSum)} mm, not 30% smaller than at the start ({Mm(baselineSum)} mm) and not 20% and 5 mm more than the smallest total ({Mm(nadir)} mm).",
        };

        return Result(response, baselineSum, nadir, currentSum, true, change, currentSum - nadir, reason);
    }

    /// <summary>
    /// The sum-only rules, for complete sums from lesion-level data: PD before PR (a scan can be ≥30% below baseline and
    /// still ≥20% + 5 mm above the nadir); CR is not decided here because it needs lesion-level data.
    /// </summary>
    internal static TargetResponse FromSums(decimal baselineSum, decimal nadirSum, decimal currentSum)
    {
        if (MeetsProgression(nadirSum, currentSum))
        {
            return TargetResponse.ProgressiveDisease;
        }

        // RECIST 1.1 (S17): PR = at least a 30% decrease from the baseline sum.
        return currentSum <= baselineSum * 0.70m ? TargetResponse.PartialResponse : TargetResponse.StableDisease;
    }

    /// <summary>RECIST 1.1 (S17): PD = at least 20% above the nadir AND an absolute increase of at least 5 mm.</summary>
    internal static bool MeetsProgression(decimal nadirSum, decimal currentSum) =>
        currentSum - nadirSum >= 5m && currentSum >= nadirSum * 1.20m;

    /// <summary>
    /// RECIST 1.1 (S17), first half of CR: every non-nodal target gone (0 mm) and every nodal target under 10 mm short
    /// axis. Needs all targets evaluated.
    /// </summary>
    private static bool TargetsGoneOrNormal(RecistBaseline baseline, RecistTimePoint current)
    {
        var targetNodes = baseline.Targets.ToDictionary(lesion => lesion.Id, lesion => lesion.IsLymphNode, StringComparer.Ordinal);
        return current.Targets.All(measurement =>
        {
            var value = (decimal)measurement.SumContributionMm!.Value;
            return targetNodes[measurement.LesionId] ? value < 10m : value == 0m;
        });
    }

    /// <summary>
    /// RECIST 1.1 (S17), second half of CR: every pathological node "whether target or non-target" under 10 mm. A
    /// non-target node that was not evaluated, or is present without a size, blocks CR.
    /// </summary>
    private static bool NonTargetNodesNormal(RecistBaseline baseline, RecistTimePoint current)
    {
        var nonTargetNodes = baseline.NonTargets.Where(lesion => lesion.IsLymphNode).Select(lesion => lesion.Id).ToHashSet(StringComparer.Ordinal);
        return current.NonTargets
            .Where(assessment => nonTargetNodes.Contains(assessment.LesionId))
            .All(RecistNonTargetResponse.IsNormalOrAbsent);
    }

    private static (decimal Total, bool AllEvaluated) Sum(RecistTimePoint timePoint)
    {
        var total = 0m;
        var all = true;
        foreach (var measurement in timePoint.Targets)
        {
            if (measurement.SumContributionMm is { } mm)
            {
                total += (decimal)mm;
            }
            else
            {
                all = false;
            }
        }

        return (total, all);
    }

    private static double Percent(decimal current, decimal baseline) => (double)((current - baseline) / baseline * 100m);

    private static TargetResponseResult Result(
        TargetResponse response, decimal baseline, decimal nadir, decimal current, bool allEvaluated, double? percent, decimal? fromNadir, string reason) =>
        new(response, (double)baseline, (double)nadir, (double)current, allEvaluated, percent, fromNadir is null ? null : (double)fromNadir.Value,
            reason, RecistSources.Recist);

    private static string Mm(decimal value) => RecistMeasurability.Mm((double)value);

    private static string Mm(double value) => RecistMeasurability.Mm(value);
}
