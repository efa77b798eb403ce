namespace Cairn.Clinical.FollowUp;

/// <summary>Whether a status label may be shown, and why.</summary>
/// <param name="Requested">The label that was asked for.</param>
/// <param name="IsAllowed">True when acceptable evidence states exactly this label.</param>
/// <param name="AllowedLabel">The label that may be shown (equal to <paramref name="Requested"/>), or null when none may.</param>
/// <param name="SupportingEvidence">The acceptable evidence that states the label.</param>
/// <param name="DisregardedEvidence">Evidence that states the label but cannot support it (e.g. CTCs, markers).</param>
/// <param name="Reason">Plain-language explanation.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record StatusLabelDecision(
    StatusLabel Requested,
    bool IsAllowed,
    StatusLabel? AllowedLabel,
    IReadOnlyList<LabelEvidence> SupportingEvidence,
    IReadOnlyList<LabelEvidence> DisregardedEvidence,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
