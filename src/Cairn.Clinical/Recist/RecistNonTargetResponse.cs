namespace Cairn.Clinical.Recist;

/// <summary>
/// RECIST 1.1 non-target response at one time point (ONCOLOGY_RULES.md §4, S16/S17). Progression of non-target
/// lesions is never inferred from sizes here: only the radiologist's "unequivocal progression" counts.
/// </summary>
public static class RecistNonTargetResponse
{
    /// <summary>Evaluates the non-target lesions and tumour markers at <paramref name="current"/>.</summary>
    /// <remarks>
    /// Order: any unequivocal progression → PD; any lesion not evaluated → NE (it could hide progression); any lesion
    /// still present (a node counts as gone when under 10 mm short axis) or markers above normal → Non-CR/non-PD;
    /// everything gone but a needed marker result missing → NE; otherwise CR. With no non-target lesions at baseline
    /// only the markers can stop CR.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The time point does not match the baseline lesion for lesion.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A status value is undefined.</exception>
    public static NonTargetResponseResult Evaluate(RecistBaseline baseline, RecistTimePoint current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        RecistTimePointValidator.Validate(baseline, current, nameof(current));

        var nodes = baseline.NonTargets.ToDictionary(lesion => lesion.Id, lesion => lesion.IsLymphNode, StringComparer.Ordinal);
        var none = baseline.NonTargets.Count == 0;

        static NonTargetResponseResult Result(NonTargetResponse response, string reason) => new(response, reason, RecistSources.Recist);

        // RECIST 1.1 (S17): PD = unequivocal progression of existing non-target lesions.
        if (current.NonTargets.Any(a => a.State == NonTargetLesionState.UnequivocalProgression))
        {
            return Result(NonTargetResponse.ProgressiveDisease,
                "RECIST progressive disease (PD) for the other known tumour areas: the radiologist reports clear overall growth, not just a small change. "
                + RecistEvaluator.ProgressiveDiseaseCaveat);
        }

        if (current.NonTargets.Any(a => a.State == NonTargetLesionState.NotEvaluated))
        {
            return Result(NonTargetResponse.NotEvaluable,
                "RECIST not evaluable (NE) for the other known tumour areas: not all of them were checked on this scan.");
        }

        // RECIST 1.1 (S17): Non-CR/non-PD = persistence of one or more non-target lesions and/or markers above normal.
        var persisting = current.NonTargets.Where(a => !IsGone(a, nodes[a.LesionId])).ToList();
        if (persisting.Count > 0 || current.Markers == TumourMarkerStatus.AboveUpperLimit)
        {
            var why = persisting.Count > 0
                ? "some other known tumour areas are still there"
                : "tumour markers are still above normal";
            return Result(NonTargetResponse.NonCRNonPD,
                $"RECIST non-CR/non-PD for the other known tumour areas: {why}, but nothing has clearly grown.");
        }

        // RECIST 1.1 (S17): CR needs markers that were raised to be normal again; without the result, CR cannot be claimed.
        if (current.Markers == TumourMarkerStatus.NotAvailable)
        {
            return Result(NonTargetResponse.NotEvaluable,
                none
                    ? "RECIST not evaluable (NE) for the non-measured disease: a tumour marker result is needed and is missing for this scan."
                    : "RECIST not evaluable (NE) for the other known tumour areas: they have gone, but the tumour marker result needed to confirm this is missing.");
        }

        // RECIST 1.1 (S17): CR = all non-target lesions gone, all nodes <10 mm, markers normal.
        return Result(NonTargetResponse.CompleteResponse,
            none
                ? "There were no other known tumour areas at the start, and tumour markers (if used) are normal, so nothing stops a complete response (CR) here."
                : "RECIST complete response (CR) for the other known tumour areas: all have gone, lymph nodes are normal size, and tumour markers (if used) are normal.");
    }

    /// <summary>A non-target node counts as normal when absent or present with a short axis under 10 mm (RECIST 1.1, S17).</summary>
    internal static bool IsNormalOrAbsent(NonTargetAssessment assessment) =>
        assessment.State == NonTargetLesionState.Absent
        || (assessment.State == NonTargetLesionState.Present && assessment.ShortAxisMm < RecistMeasurability.PathologicalNodeShortAxisMm);

    private static bool IsGone(NonTargetAssessment assessment, bool isNode) =>
        isNode ? IsNormalOrAbsent(assessment) : assessment.State == NonTargetLesionState.Absent;
}
