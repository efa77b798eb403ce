using System.Diagnostics.CodeAnalysis;

namespace Cairn.Clinical.Markers;

/// <summary>
/// The result of looking for a rise across consecutive results of one marker from one lab and assay. It reports
/// "rising across N consecutive results", never recurrence or progression, and always asks the person to discuss it
/// with their team.
/// </summary>
/// <param name="Marker">The marker compared, or null when the series mixed markers.</param>
/// <param name="Status">Rising, no sustained rise, too few results, or not computed (mixed markers/labs).</param>
/// <param name="ConsecutiveRisingResults">
/// How many of the most recent results rise strictly one after another, counting the first of the run
/// (1 = the latest result is not higher than the one before it). 0 when no trend was computed.
/// </param>
/// <param name="MinimumConsecutiveResults">The N required, from <see cref="MarkerTrendOptions"/>.</param>
/// <param name="ComparedResults">The results compared, oldest first; empty when no trend was computed.</param>
/// <param name="Latest">The reading of the most recent result, or null when the series mixed markers.</param>
/// <param name="Notes">Notes for the series: setting advice, possible flare, default range.</param>
/// <param name="Reason">Plain-language explanation ending with advice to discuss the results with the care team.</param>
/// <param name="SourceIds">Catalogue ids the reading rests on; never empty.</param>
public sealed record MarkerTrend(
    TumourMarker? Marker,
    MarkerTrendStatus Status,
    int ConsecutiveRisingResults,
    int MinimumConsecutiveResults,
    IReadOnlyList<MarkerResult> ComparedResults,
    MarkerInterpretation? Latest,
    IReadOnlyList<MarkerNote> Notes,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>Always false: a marker trend never supports a claim of recurrence or progression on its own (§6).</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A per-result flag callers read from the instance; constant by design.")]
    public bool SupportsRecurrenceOrProgression => false;
}
