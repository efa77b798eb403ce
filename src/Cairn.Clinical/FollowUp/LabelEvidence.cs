namespace Cairn.Clinical.FollowUp;

/// <summary>One piece of evidence that explicitly states a status label.</summary>
/// <param name="Kind">Where the statement comes from.</param>
/// <param name="StatesLabel">The label the evidence states (for a RECIST assessment: the overall response it computed).</param>
public sealed record LabelEvidence(LabelEvidenceKind Kind, StatusLabel StatesLabel);
