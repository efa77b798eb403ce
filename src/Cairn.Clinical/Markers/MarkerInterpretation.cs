using System.Diagnostics.CodeAnalysis;

namespace Cairn.Clinical.Markers;

/// <summary>
/// The reading of one marker value against its range. It says "within" or "above" the range only: it never claims
/// recurrence or progression, and its <see cref="Reason"/> always asks the person to discuss it with their team.
/// </summary>
/// <param name="Result">The result that was read.</param>
/// <param name="Status">Within, above, or (CEA, unknown smoking) dependent on smoking status.</param>
/// <param name="LimitsUsed">The limit compared: the lab's own, else the typical one(s) from §6.</param>
/// <param name="DefaultRangeUsed">True when the lab gave no range and a typical §6 limit was used.</param>
/// <param name="Notes">Extra notes: default range, setting advice, possible flare.</param>
/// <param name="Reason">Plain-language explanation ending with advice to discuss the result with the care team.</param>
/// <param name="SourceIds">Catalogue ids the reading and its notes rest on; never empty.</param>
public sealed record MarkerInterpretation(
    MarkerResult Result,
    MarkerRangeStatus Status,
    IReadOnlyList<MarkerReferenceLimit> LimitsUsed,
    bool DefaultRangeUsed,
    IReadOnlyList<MarkerNote> Notes,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>
    /// Always false: a marker never supports a claim of recurrence or progression on its own (§6 engine rule;
    /// ASCO S23, S27; ESO/EGTM S28, S29).
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A per-result flag callers read from the instance; constant by design.")]
    public bool SupportsRecurrenceOrProgression => false;
}
