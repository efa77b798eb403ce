namespace Cairn.Clinical.FollowUp;

/// <summary>The next history-and-physical checkpoints after early breast cancer treatment (ASCO, S27).</summary>
/// <param name="EndOfPrimaryTherapy">The anchor date.</param>
/// <param name="Today">The date the plan was made for.</param>
/// <param name="Current">The interval that applies today.</param>
/// <param name="Checkpoints">Upcoming checkpoints whose <see cref="FollowUpCheckpoint.LatestDate"/> is today or later, oldest first.</param>
/// <param name="Reason">Plain-language explanation, including that the team may see the person more often.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record FollowUpCheckpointPlan(
    DateOnly EndOfPrimaryTherapy,
    DateOnly Today,
    HistoryAndPhysicalInterval Current,
    IReadOnlyList<FollowUpCheckpoint> Checkpoints,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
