using System.Collections.ObjectModel;
using System.Globalization;

namespace Cairn.Clinical.Markers;

/// <summary>
/// Reads serum tumour markers (CA 15-3, CA 27.29, CEA) one value at a time and as a series (ONCOLOGY_RULES.md §6).
/// Outputs say "within range", "above range" or "rising across N consecutive results on the same assay and lab";
/// they never say recurrence or progression, and every reason asks the person to discuss it with their care team.
/// Pure and deterministic.
/// </summary>
public static class MarkerInterpreter
{
    /// <summary>Days after a new therapy starts in which an early marker flare is noted as possible: 6 weeks.</summary>
    public const int FlareWindowDays = 42;

    private const string SingleTail =
        "One marker result cannot show on its own what the cancer is doing, so please discuss it with your care team.";

    private const string SeriesTail =
        "Marker results cannot show on their own what the cancer is doing, so please discuss them with your care team.";

    // §6 "ASCO position" (S23 metastatic; S27 early) and ESO/EGTM (S28, S29): markers are never used alone.
    // S25/S26: use the lab's own range first; values from different methods are not comparable.
    private static readonly string[] s_baseSources = ["S23", "S25", "S26", "S29"];

    /// <summary>Reads one marker value against the lab's range, or a typical §6 range when the lab gave none.</summary>
    /// <param name="result">The validated result.</param>
    /// <param name="context">What is known about the person; null means nothing is known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The context holds an undefined enum value.</exception>
    public static MarkerInterpretation Interpret(MarkerResult result, MarkerContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        context = Validate(context);

        var limits = LimitsFor(result, context.Smoking);
        var status = Classify(result.Value, limits);
        bool defaultUsed = result.LabUpperLimit is null;

        var notes = new List<MarkerNote>();
        if (defaultUsed)
        {
            notes.Add(new MarkerNote(
                MarkerNoteKind.DefaultRangeUsed,
                "The lab's own range was not given, so a typical range was used instead; ranges differ between labs and tests.",
                limits.SelectMany(limit => limit.SourceIds).Distinct().ToArray()));
        }

        if (status == MarkerRangeStatus.DependsOnSmokingStatus)
        {
            notes.Add(new MarkerNote(
                MarkerNoteKind.SmokingStatusNeeded,
                "Whether this CEA result is in range depends on whether you smoke: the typical limit is 3.0 ng/mL for non-smokers and below 5.0 ng/mL for smokers.",
                ["S26"]));
        }

        notes.AddRange(SettingNotes(context));

        // §6: spurious early rises ("flare") in the first 4–6 weeks of a new therapy [U]; only worth saying when the
        // value is not plainly within range.
        if (status != MarkerRangeStatus.WithinRange && IsInFlareWindow(result.Date, context.NewTherapyStartDate))
        {
            notes.Add(FlareNote());
        }

        string first = Invariant(
            $"Your {Name(result)} result of {Value(result.Value, result.Unit)} on {Date(result.Date)} is {DescribeStatus(status, limits)}.");
        return new MarkerInterpretation(
            result, status, limits, defaultUsed, notes.AsReadOnly(), first + " " + SingleTail, Sources(notes));
    }

    /// <summary>
    /// Looks for a rise across the most recent results of one marker from one lab and assay. Results are sorted by
    /// date first, so input order does not matter.
    /// </summary>
    /// <param name="results">The series; one marker and one lab/assay for a trend to be computed.</param>
    /// <param name="context">What is known about the person; null means nothing is known.</param>
    /// <param name="options">Trend settings; null means N = 3.</param>
    /// <returns>
    /// <see cref="MarkerTrendStatus.NotComputedMixedMarkers"/> or <see cref="MarkerTrendStatus.NotComputedMixedLabsOrAssays"/>
    /// when the series mixes markers or labs/assays (then <see cref="MarkerTrend.Latest"/> is null); otherwise the length
    /// of the trailing strictly increasing run, compared with N.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The series is empty or holds a null, or two comparable results share a date so their order is unknown.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The context holds an undefined enum value.</exception>
    public static MarkerTrend AnalyzeTrend(
        IEnumerable<MarkerResult> results, MarkerContext? context = null, MarkerTrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var series = results.ToArray();
        if (series.Length == 0)
        {
            throw new ArgumentException("A marker series needs at least one result.", nameof(results));
        }

        if (series.Any(result => result is null))
        {
            throw new ArgumentException("A marker series cannot contain null results.", nameof(results));
        }

        context = Validate(context);
        options ??= MarkerTrendOptions.Default;
        int minimum = options.MinimumConsecutiveResults;

        var markers = series.Select(result => result.Marker).Distinct().Order().ToArray();
        if (markers.Length > 1)
        {
            string names = string.Join(", ", markers.Select(TumourMarkerName.DisplayName));
            string text = Invariant(
                $"These results are for different markers ({names}), which cannot be compared with each other, so no trend was worked out.");
            return NotComputed(null, MarkerTrendStatus.NotComputedMixedMarkers, minimum, context, text);
        }

        var marker = markers[0];

        // §6: only results with the same marker and the same lab/assay are compared; values from different methods
        // cannot be compared (S25, S26), so a mixed series gets no trend at all rather than a guessed one.
        string[] labs = [.. series.Select(result => result.LabAssayId).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (labs.Length > 1)
        {
            string names = string.Join(", ", labs.Select(lab => $"\"{lab}\""));
            string text = Invariant(
                $"These {TumourMarkerName.DisplayName(marker)} results come from different labs or tests ({names}), and values from different labs or tests cannot be compared, so no trend was worked out.");
            return NotComputed(marker, MarkerTrendStatus.NotComputedMixedLabsOrAssays, minimum, context, text);
        }

        var ordered = series.OrderBy(result => result.Date).ToArray();
        for (int i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Date == ordered[i - 1].Date)
            {
                throw new ArgumentException(
                    $"Two {TumourMarkerName.DisplayName(marker)} results from \"{ordered[i].LabAssayId}\" share the date " +
                    $"{Date(ordered[i].Date)}, so their order is unknown; remove the duplicate before looking for a trend.",
                    nameof(results));
            }
        }

        // Trailing run of strictly increasing values, ending at the most recent result (equal values break it).
        int run = 1;
        for (int i = ordered.Length - 1; i > 0 && ordered[i].Value > ordered[i - 1].Value; i--)
        {
            run++;
        }

        var latest = Interpret(ordered[^1], context);
        var notes = latest.Notes.ToList();
        var status = ordered.Length < minimum
            ? MarkerTrendStatus.TooFewResults
            : run >= minimum ? MarkerTrendStatus.RisingAcrossConsecutiveResults : MarkerTrendStatus.NoSustainedRise;

        // A rise during the first 6 weeks of a new therapy may be a flare (§6 [U]); check every rising step.
        if (status == MarkerTrendStatus.RisingAcrossConsecutiveResults
            && notes.All(note => note.Kind != MarkerNoteKind.PossibleEarlyFlare)
            && ordered.Skip(ordered.Length - run + 1).Any(result => IsInFlareWindow(result.Date, context.NewTherapyStartDate)))
        {
            notes.Add(FlareNote());
        }

        string name = TumourMarkerName.DisplayName(marker);
        string latestText = Invariant(
            $"{Value(latest.Result.Value, latest.Result.Unit)} on {Date(latest.Result.Date)} is {DescribeStatus(latest.Status, latest.LimitsUsed)}");
        string first = status switch
        {
            // §6 engine rule: "rising across N consecutive results on the same assay", then "discuss with your team".
            MarkerTrendStatus.RisingAcrossConsecutiveResults => Invariant(
                $"Your {name} went up across {run} results in a row from the same lab and test ({string.Join(", ", ordered[^run..].Select(r => r.Value.ToString(CultureInfo.InvariantCulture)))} {MarkerUnitName.Symbol(latest.Result.Unit)}), and the latest result of {latestText}."),
            MarkerTrendStatus.NoSustainedRise => Invariant(
                $"Your {name} results from the same lab and test did not go up across {minimum} results in a row, and the latest result of {latestText}."),
            _ => Invariant(
                $"There {(ordered.Length == 1 ? "is only 1 result" : $"are only {ordered.Length} results")} for {name} from this lab and test, and at least {minimum} are needed to look for a rising trend; the latest result of {latestText}."),
        };

        return new MarkerTrend(
            marker, status, run, minimum, ordered, latest, notes.AsReadOnly(), first + " " + SeriesTail,
            Sources(notes, "S30"));
    }

    private static MarkerTrend NotComputed(
        TumourMarker? marker, MarkerTrendStatus status, int minimum, MarkerContext context, string first)
    {
        var notes = SettingNotes(context);
        return new MarkerTrend(
            marker, status, ConsecutiveRisingResults: 0, minimum, [], Latest: null, notes, first + " " + SeriesTail,
            Sources(notes));
    }

    private static MarkerContext Validate(MarkerContext? context)
    {
        context ??= MarkerContext.Unknown;
        if (!Enum.IsDefined(context.Setting))
        {
            throw new ArgumentOutOfRangeException(nameof(context), context.Setting, $"Unknown marker setting value {(int)context.Setting}.");
        }

        if (!Enum.IsDefined(context.Symptoms))
        {
            throw new ArgumentOutOfRangeException(nameof(context), context.Symptoms, $"Unknown symptom status value {(int)context.Symptoms}.");
        }

        if (!Enum.IsDefined(context.Smoking))
        {
            throw new ArgumentOutOfRangeException(nameof(context), context.Smoking, $"Unknown smoking status value {(int)context.Smoking}.");
        }

        return context;
    }

    private static IReadOnlyList<MarkerReferenceLimit> LimitsFor(MarkerResult result, SmokingStatus smoking) =>
        // §6: "use the lab's own range first, because assays differ" (S25, S26). A lab limit is read as ≤.
        result.LabUpperLimit is { } lab
            ? [new MarkerReferenceLimit(lab, IsInclusive: true, result.Unit, ReferenceLimitSource.Lab, "lab's range", [])]
            : TypicalReferenceLimits.For(result.Marker, smoking);

    private static MarkerRangeStatus Classify(decimal value, IReadOnlyList<MarkerReferenceLimit> limits)
    {
        if (limits.Count == 1)
        {
            return limits[0].Contains(value) ? MarkerRangeStatus.WithinRange : MarkerRangeStatus.AboveRange;
        }

        // CEA with unknown smoking status: within both limits, above both, or in between (cannot be placed).
        if (limits.All(limit => limit.Contains(value)))
        {
            return MarkerRangeStatus.WithinRange;
        }

        return limits.Any(limit => limit.Contains(value))
            ? MarkerRangeStatus.DependsOnSmokingStatus
            : MarkerRangeStatus.AboveRange;
    }

    private static ReadOnlyCollection<MarkerNote> SettingNotes(MarkerContext context)
    {
        var notes = new List<MarkerNote>();

        // ASCO follow-up 2013 (S27): CEA, CA 15-3 and CA 27.29 are not recommended for routine follow-up of
        // asymptomatic patients after treatment for early breast cancer; NCCN likewise (S31).
        if (context.Setting == MarkerSetting.EarlyStageAfterTreatment && context.Symptoms == SymptomStatus.NoSymptoms)
        {
            notes.Add(new MarkerNote(
                MarkerNoteKind.RoutineTestingNotRecommended,
                "ASCO does not recommend routine tumour marker tests for people with no symptoms after treatment for early breast cancer.",
                ["S27", "S31"]));
        }

        // ASCO MBC 2015 (S23, unchanged in S24): adjunct to imaging, history and examination, not alone.
        // ESO-MBC (S28) and EGTM (S29): a change in markers alone should not drive decisions.
        if (context.Setting == MarkerSetting.Metastatic)
        {
            notes.Add(new MarkerNote(
                MarkerNoteKind.AdjunctOnlyInMetastaticDisease,
                "In metastatic breast cancer, marker results are used only alongside scans, your history and an examination, never on their own to judge how treatment is working.",
                ["S23", "S24", "S28", "S29"]));
        }

        return notes.AsReadOnly();
    }

    private static MarkerNote FlareNote() =>
        // ONCOLOGY_RULES.md §6 marks the 4–6 week flare [U] (original ASCO 2007 text not retrieved): no catalogue id.
        new(
            MarkerNoteKind.PossibleEarlyFlare,
            "In the first 4 to 6 weeks of a new treatment, marker levels can rise for a short time (a \"flare\") even when the treatment is working, so an early rise needs careful reading by your team.",
            []);

    private static bool IsInFlareWindow(DateOnly resultDate, DateOnly? therapyStart)
    {
        if (therapyStart is not { } start)
        {
            return false;
        }

        int days = resultDate.DayNumber - start.DayNumber;
        return days is >= 0 and <= FlareWindowDays;
    }

    private static string DescribeStatus(MarkerRangeStatus status, IReadOnlyList<MarkerReferenceLimit> limits)
    {
        if (limits.Count > 1)
        {
            var nonSmoker = limits[0];
            var smoker = limits[1];
            return status switch
            {
                MarkerRangeStatus.WithinRange => Invariant(
                    $"within the typical ranges for both non-smokers ({Bound(nonSmoker)}) and smokers ({Bound(smoker)}); the lab's own range was not given"),
                MarkerRangeStatus.AboveRange => Invariant(
                    $"above the typical ranges for both non-smokers ({Bound(nonSmoker)}) and smokers ({Bound(smoker)}); the lab's own range was not given"),
                _ => Invariant(
                    $"above the typical range for non-smokers ({Bound(nonSmoker)}) but within the typical range for smokers ({Bound(smoker)}), so whether it is in range depends on whether you smoke"),
            };
        }

        var limit = limits[0];
        string range = Invariant($"the {limit.Description} ({Bound(limit)})");
        string missingLab = limit.Source == ReferenceLimitSource.TypicalDefault ? "; the lab's own range was not given" : string.Empty;
        return (status == MarkerRangeStatus.WithinRange ? "within " : "above ") + range + missingLab;
    }

    private static string Bound(MarkerReferenceLimit limit) =>
        (limit.IsInclusive ? "up to " : "below ") + Value(limit.UpperLimit, limit.Unit);

    private static string[] Sources(IEnumerable<MarkerNote> notes, params string[] extra) =>
        [.. s_baseSources.Concat(extra).Concat(notes.SelectMany(note => note.SourceIds))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture))];

    private static string Name(MarkerResult result) => TumourMarkerName.DisplayName(result.Marker);

    private static string Value(decimal value, MarkerUnit unit) =>
        value.ToString(CultureInfo.InvariantCulture) + " " + MarkerUnitName.Symbol(unit);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
