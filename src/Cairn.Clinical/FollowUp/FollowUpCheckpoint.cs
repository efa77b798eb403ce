namespace Cairn.Clinical.FollowUp;

/// <summary>
/// One upcoming history-and-physical checkpoint: a window in which the next visit is suggested, assuming the previous
/// visit took place at the previous checkpoint's <see cref="LatestDate"/>.
/// </summary>
/// <param name="Number">1 for the first checkpoint after the end of primary therapy, then 2, 3, ...</param>
/// <param name="EarliestDate">The previous checkpoint plus the shortest suggested gap.</param>
/// <param name="LatestDate">The previous checkpoint plus the longest suggested gap: the visit is due by this date.</param>
/// <param name="MonthsAfterEndOfTherapy">Months from the end of primary therapy to <paramref name="LatestDate"/>.</param>
/// <param name="IntervalPhase">The phase of the previous checkpoint, whose interval set this window.</param>
/// <param name="MinimumMonths">Shortest gap used, in months.</param>
/// <param name="MaximumMonths">Longest gap used, in months.</param>
public sealed record FollowUpCheckpoint(
    int Number,
    DateOnly EarliestDate,
    DateOnly LatestDate,
    int MonthsAfterEndOfTherapy,
    FollowUpPhase IntervalPhase,
    int MinimumMonths,
    int MaximumMonths);
