namespace Cairn.Clinical.Recist;

/// <summary>
/// Chooses RECIST 1.1 target lesions at baseline (ONCOLOGY_RULES.md §4, S16/S17): at most 5 in total and 2 per organ,
/// largest first (non-nodal lesions by longest diameter, nodes by short axis); every other lesion that is disease
/// becomes a non-target lesion. All lymph nodes count as one organ (RECIST working group clarification).
/// </summary>
/// <remarks>
/// The automatic choice is a proposal: in a trial the radiologist chooses targets that can be measured reliably and
/// represent the involved organs. When the report names its targets, use <see cref="FromDesignatedTargets"/> so the
/// report's choice wins. Ties in size keep input order.
/// </remarks>
public static class RecistTargetSelection
{
    /// <summary>Maximum number of target lesions.</summary>
    public const int MaxTargets = 5;

    /// <summary>Maximum number of target lesions per organ.</summary>
    public const int MaxTargetsPerOrgan = 2;

    /// <summary>Selects targets automatically, largest first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lesions"/> is null.</exception>
    /// <exception cref="ArgumentException">No lesions were given, or two lesions share an id; or a lesion is invalid (see <see cref="RecistMeasurability.Assess"/>).</exception>
    public static RecistBaseline Select(IEnumerable<Lesion> lesions)
    {
        var (all, assessments) = AssessAll(lesions);

        var byOrgan = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new List<Lesion>();

        // RECIST 1.1 (S17): up to 5 targets, max 2 per organ, chosen by size (nodes by short axis).
        var measurable = all
            .Where(lesion => assessments[lesion.Id].Measurability == LesionMeasurability.Measurable)
            .OrderByDescending(lesion => RecistMeasurability.BaselineSizeMm(lesion)!.Value);
        foreach (var lesion in measurable)
        {
            var organ = OrganKey(lesion);
            var inOrgan = byOrgan.GetValueOrDefault(organ);
            if (targets.Count < MaxTargets && inOrgan < MaxTargetsPerOrgan)
            {
                targets.Add(lesion);
                byOrgan[organ] = inOrgan + 1;
            }
        }

        return Build(all, assessments, targets);
    }

    /// <summary>Uses the targets named in the report; every other lesion is handled as in <see cref="Select"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An id is unknown or repeated, a named target is not measurable, or the names break the 5-total / 2-per-organ limits.
    /// </exception>
    public static RecistBaseline FromDesignatedTargets(IEnumerable<Lesion> lesions, IEnumerable<string> targetIds)
    {
        ArgumentNullException.ThrowIfNull(targetIds);
        var (all, assessments) = AssessAll(lesions);
        var byId = all.ToDictionary(lesion => lesion.Id, StringComparer.Ordinal);

        var ids = targetIds.ToList();
        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException($"Target ids are repeated: {string.Join(", ", duplicates)}.", nameof(targetIds));
        }

        var targets = new List<Lesion>();
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var lesion))
            {
                throw new ArgumentException($"Target '{id}' is not one of the baseline lesions.", nameof(targetIds));
            }

            var assessment = assessments[id];
            if (assessment.Measurability != LesionMeasurability.Measurable)
            {
                throw new ArgumentException($"Target '{id}' is not measurable under RECIST 1.1 ({assessment.Measurability}): {assessment.Reason}", nameof(targetIds));
            }

            targets.Add(lesion);
        }

        if (targets.Count > MaxTargets)
        {
            throw new ArgumentException($"RECIST 1.1 allows at most {MaxTargets} target lesions, but {targets.Count} were named.", nameof(targetIds));
        }

        var crowded = targets.GroupBy(OrganKey).FirstOrDefault(group => group.Count() > MaxTargetsPerOrgan);
        if (crowded is not null)
        {
            throw new ArgumentException(
                $"RECIST 1.1 allows at most {MaxTargetsPerOrgan} target lesions per organ, but {crowded.Count()} were named in '{crowded.First().Organ}' ({string.Join(", ", crowded.Select(l => l.Id))}).",
                nameof(targetIds));
        }

        return Build(all, assessments, targets.OrderByDescending(lesion => RecistMeasurability.BaselineSizeMm(lesion)!.Value).ToList());
    }

    /// <summary>All lymph nodes are one organ; other organs compare case-insensitively after trimming.</summary>
    private static string OrganKey(Lesion lesion) =>
        lesion.IsLymphNode ? "\u0000lymph nodes" : lesion.Organ.Trim().ToUpperInvariant();

    private static (List<Lesion> All, Dictionary<string, MeasurabilityAssessment> Assessments) AssessAll(IEnumerable<Lesion> lesions)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        var all = lesions.ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("RECIST needs at least one baseline lesion.", nameof(lesions));
        }

        if (all.Any(lesion => lesion is null))
        {
            throw new ArgumentException("The baseline lesion list contains a null entry.", nameof(lesions));
        }

        var assessments = new Dictionary<string, MeasurabilityAssessment>(StringComparer.Ordinal);
        foreach (var lesion in all)
        {
            var assessment = RecistMeasurability.Assess(lesion);
            if (!assessments.TryAdd(lesion.Id, assessment))
            {
                throw new ArgumentException($"Two baseline lesions share the id '{lesion.Id}'.", nameof(lesions));
            }
        }

        return (all, assessments);
    }

    private static RecistBaseline Build(List<Lesion> all, Dictionary<string, MeasurabilityAssessment> assessments, List<Lesion> targets)
    {
        var targetIds = targets.Select(lesion => lesion.Id).ToHashSet(StringComparer.Ordinal);
        var normal = all.Where(lesion => assessments[lesion.Id].Measurability == LesionMeasurability.NormalLymphNode).ToList();
        var nonTargets = all
            .Where(lesion => !targetIds.Contains(lesion.Id) && assessments[lesion.Id].Measurability != LesionMeasurability.NormalLymphNode)
            .ToList();

        var warnings = all
            .Where(lesion => assessments[lesion.Id].Measurability == LesionMeasurability.Indeterminate)
            .Select(lesion => $"Lesion '{lesion.Id}': {assessments[lesion.Id].Reason}")
            .ToList();

        // RECIST 1.1 (S17): baseline sum = longest diameters of non-nodal targets + short axes of nodal targets.
        var sum = (double)targets.Sum(lesion => (decimal)RecistMeasurability.BaselineSizeMm(lesion)!.Value);

        string reason;
        if (targets.Count > 0)
        {
            reason = $"{targets.Count} measurable {(targets.Count == 1 ? "lesion was" : "lesions were")} chosen as {(targets.Count == 1 ? "a RECIST target lesion" : "RECIST target lesions")}, with a starting total of {RecistMeasurability.Mm(sum)} mm. "
                + (nonTargets.Count == 0
                    ? "There are no other tumour areas to follow."
                    : $"{nonTargets.Count} other tumour {(nonTargets.Count == 1 ? "area is" : "areas are")} followed without exact measurement (non-target).");
        }
        else if (nonTargets.Count > 0)
        {
            reason = $"No lesion is measurable under RECIST, so there are no target lesions. {nonTargets.Count} tumour {(nonTargets.Count == 1 ? "area is" : "areas are")} followed without exact measurement (non-target).";
            warnings.Add("No measurable lesion: only the non-target response table can be used.");
        }
        else
        {
            reason = "Every lesion given is a normal-sized lymph node, so there is no tumour for RECIST to follow.";
            warnings.Add("No disease at baseline: RECIST response cannot be assessed.");
        }

        return new RecistBaseline(
            targets.AsReadOnly(),
            nonTargets.AsReadOnly(),
            normal.AsReadOnly(),
            all.Select(lesion => assessments[lesion.Id]).ToList().AsReadOnly(),
            sum,
            warnings.AsReadOnly(),
            reason);
    }
}
