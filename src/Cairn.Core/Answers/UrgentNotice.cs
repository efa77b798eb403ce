namespace Cairn.Core.Answers;

/// <summary>
/// The urgent message shown before anything else when a question describes a red-flag symptom.
/// When an answer carries one, the normal answer is not composed.
/// </summary>
/// <param name="Level">Never <see cref="UrgencyLevel.None"/>.</param>
/// <param name="Message">The fixed patient-facing message for the level.</param>
/// <param name="Triggers">Plain-language names of what triggered it, e.g. "temperature 38.2 °C while on chemotherapy".</param>
/// <param name="Citations">Source ids (from the clinical source catalogue) the triage rule rests on.</param>
public sealed record UrgentNotice(
    UrgencyLevel Level,
    string Message,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Citations);
