using Cairn.Core.Answers;

namespace Cairn.Core.Safety;

/// <summary>The outcome of checking a person's words or symptoms for red flags.</summary>
/// <param name="Level">The most urgent level found; <see cref="UrgencyLevel.None"/> when nothing was found.</param>
/// <param name="Message">The fixed patient message for the level; for <see cref="UrgencyLevel.None"/> possibly
/// routine advice (e.g. a near-miss temperature: re-check and call if it rises) or empty.</param>
/// <param name="Triggers">Plain-language names of the findings that set the level.</param>
/// <param name="SourceIds">Clinical source ids (S1..S53 catalogue) the rules rest on.</param>
public sealed record TriageResult(
    UrgencyLevel Level,
    string Message,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> SourceIds)
{
    public static TriageResult NoneFound { get; } = new(UrgencyLevel.None, string.Empty, [], []);

    public bool IsRedFlag => Level != UrgencyLevel.None;
}
