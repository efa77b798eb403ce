namespace Cairn.Clinical.Recist;

/// <summary>
/// Evaluates one follow-up scan under RECIST 1.1 (ONCOLOGY_RULES.md §4, S16/S17).
/// </summary>
/// <remarks>
/// RECIST is a clinical-trial standard. Routine radiology reports often do not apply it, so compute RECIST only when
/// lesion-level measurements exist (a baseline built by <see cref="RecistTargetSelection"/> and a lesion-by-lesion
/// <see cref="RecistTimePoint"/>); never from a report's narrative or from one overall size. Results are RECIST
/// categories (CR, PR, SD, PD, NE, Non-CR/non-PD), never "remission". A radiologist's stated response wins over this
/// computed one. Confirmation (CR/PR ≥4 weeks later; SD after a minimum interval) is a protocol matter and is only
/// noted, not applied.
/// </remarks>
public static class RecistEvaluator
{
    /// <summary>How to read any RECIST result; always included in <see cref="RecistTimePointResult.Notes"/>.</summary>
    public const string InterpretationNote =
        "RECIST is a set of research rules that compares this scan with earlier ones. It is not a diagnosis on its own; "
        + "your care team reads it together with your other scans, symptoms and tests.";

    /// <summary>
    /// Sentence added to every reason that states progressive disease (PD), in the overall, target and non-target
    /// results (clinical review item 7; ONCOLOGY_RULES.md general rule 2: one scan never proves progression).
    /// </summary>
    public const string ProgressiveDiseaseCaveat =
        "PD is a measurement category used in clinical trials for this one scan. It is not a diagnosis on its own; "
        + "your care team decides what it means together with your other scans, symptoms and tests.";

    /// <summary>Note added to CR and PR results.</summary>
    public const string ConfirmationNote =
        "Some trials only count a CR or PR once another scan at least 4 weeks later confirms it.";

    /// <summary>Note added to SD results.</summary>
    public const string StableDiseaseNote =
        "Stable disease counts as a best response only if it is seen after the minimum time set by the trial, often 6 to 8 weeks.";

    /// <summary>Note added when a possible new lesion was seen.</summary>
    public const string EquivocalNewLesionNote =
        "A possible new spot needs follow-up scans. If they confirm it, progression is dated from the scan where it was first seen.";

    /// <summary>Evaluates targets (if any), non-targets and new lesions, and combines them with the right RECIST table.</summary>
    /// <param name="baseline">The baseline; it must contain disease (targets or non-targets).</param>
    /// <param name="previous">Earlier follow-up scans, used only to find the nadir.</param>
    /// <param name="current">This scan.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The baseline has no disease, or a time point does not match the baseline lesion for lesion.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A status value is undefined.</exception>
    public static RecistTimePointResult EvaluateTimePoint(RecistBaseline baseline, IEnumerable<RecistTimePoint> previous, RecistTimePoint current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(previous);
        if (baseline.Targets.Count == 0 && baseline.NonTargets.Count == 0)
        {
            throw new ArgumentException("The baseline has no tumour lesions, so RECIST response cannot be assessed.", nameof(baseline));
        }

        var earlier = previous.ToList();
        var target = baseline.HasMeasurableDisease ? RecistTargetResponse.Evaluate(baseline, earlier, current) : null;
        var nonTarget = RecistNonTargetResponse.Evaluate(baseline, current);
        var overall = target is null
            ? RecistOverallResponse.CombineNonTargetOnly(nonTarget.Response, current.NewLesions)
            : RecistOverallResponse.Combine(target.Response, nonTarget.Response, current.NewLesions);

        var notes = new List<string> { InterpretationNote };
        if (overall.Response is OverallResponse.CompleteResponse or OverallResponse.PartialResponse)
        {
            notes.Add(ConfirmationNote);
        }

        if (overall.Response == OverallResponse.StableDisease)
        {
            notes.Add(StableDiseaseNote);
        }

        if (overall.EquivocalNewLesionNeedsFollowUp)
        {
            notes.Add(EquivocalNewLesionNote);
        }

        return new RecistTimePointResult(
            overall.Response,
            target,
            nonTarget,
            current.NewLesions,
            overall.EquivocalNewLesionNeedsFollowUp,
            notes.AsReadOnly(),
            overall.Reason,
            RecistSources.Recist);
    }
}
