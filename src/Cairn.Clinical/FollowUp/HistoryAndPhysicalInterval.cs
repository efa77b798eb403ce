namespace Cairn.Clinical.FollowUp;

/// <summary>How often ASCO suggests a history and physical examination at a point in follow-up (S27).</summary>
/// <param name="MonthsSinceEndOfTherapy">Whole months since the end of primary therapy (0 or more).</param>
/// <param name="Phase">The follow-up phase those months fall in.</param>
/// <param name="MinimumMonths">Shortest suggested gap between visits, in months.</param>
/// <param name="MaximumMonths">Longest suggested gap between visits, in months.</param>
/// <param name="Reason">Plain-language explanation.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record HistoryAndPhysicalInterval(
    int MonthsSinceEndOfTherapy,
    FollowUpPhase Phase,
    int MinimumMonths,
    int MaximumMonths,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
