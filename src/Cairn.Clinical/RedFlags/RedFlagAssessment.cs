using Cairn.Core.Answers;
using Cairn.Core.Safety;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// The result of checking a <see cref="SymptomReport"/> against the red flags of ONCOLOGY_RULES.md §9.
/// </summary>
/// <param name="Level">The highest level among <paramref name="Triggers"/>; <see cref="UrgencyLevel.None"/> when none.</param>
/// <param name="Message">
/// <see cref="RedFlagMessages.For"/> the level; for <see cref="UrgencyLevel.None"/> either
/// <see cref="RedFlagMessages.RoutineTemperatureAdvice"/> (a temperature below 38.0 °C was given) or empty.
/// </param>
/// <param name="Triggers">Every finding, most urgent first (then in §9 table order); empty exactly when the level is None.</param>
/// <param name="Reason">
/// Plain-language explanation of every rule that fired at the highest level (each rule's reason once, in trigger
/// order); <see cref="RedFlagMessages.ReasonNoneFound"/> or <see cref="RedFlagMessages.ReasonTemperatureBelowThreshold"/> when none.
/// </param>
/// <param name="SourceIds">The distinct sources of all triggers, most urgent first; never empty.</param>
public sealed record RedFlagAssessment(
    UrgencyLevel Level,
    string Message,
    IReadOnlyList<RedFlagTrigger> Triggers,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>True when the urgent message must be shown first and the normal answer stopped.</summary>
    public bool IsRedFlag => Level != UrgencyLevel.None;

    /// <summary>
    /// The Core contract's form. A red flag keeps its message, trigger descriptions and sources; routine temperature
    /// advice keeps its message and sources with no triggers; a plain "nothing found" is <see cref="TriageResult.NoneFound"/>.
    /// </summary>
    public TriageResult ToTriageResult() =>
        Level == UrgencyLevel.None && Message.Length == 0
            ? TriageResult.NoneFound
            : new TriageResult(Level, Message, Triggers.Select(trigger => trigger.Description).ToArray(), SourceIds);
}
