using Cairn.Core.Answers;

namespace Cairn.Clinical.RedFlags;

/// <summary>One finding that set (or added to) the urgency of an assessment.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Level">The level this finding alone calls for; never <see cref="UrgencyLevel.None"/>.</param>
/// <param name="Description">Plain-language name of the finding, e.g. "temperature 38.2 °C while on chemotherapy".</param>
/// <param name="SourceIds">Catalogue ids the rule rests on; never empty.</param>
public sealed record RedFlagTrigger(
    RedFlagRule Rule,
    UrgencyLevel Level,
    string Description,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>Plain-language explanation of the rule that fired (<see cref="RedFlagMessages.ReasonFor"/>).</summary>
    public string Reason => RedFlagMessages.ReasonFor(Rule);
}
