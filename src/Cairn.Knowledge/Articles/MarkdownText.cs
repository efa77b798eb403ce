using System.Text.RegularExpressions;

namespace Cairn.Knowledge.Articles;

/// <summary>Turns the Markdown of one block into plain text and its citation markers.</summary>
internal static partial class MarkdownText
{
    /// <summary>Splits text into plain text without markers, and the source ids of its markers in order.</summary>
    public static (string Text, IReadOnlyList<string> Citations) ExtractCitations(string markdown)
    {
        var citations = new List<string>();
        foreach (Match marker in CitationMarker().Matches(markdown))
        {
            foreach (var id in marker.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var normalised = id.ToUpperInvariant();
                if (!citations.Contains(normalised))
                {
                    citations.Add(normalised);
                }
            }
        }

        var text = CitationMarker().Replace(markdown, string.Empty);
        return (ToPlain(text), citations);
    }

    /// <summary>Removes Markdown emphasis, code ticks and link targets; folds white space.</summary>
    public static string ToPlain(string markdown)
    {
        var text = Link().Replace(markdown, "${text}");
        text = Emphasis().Replace(text, string.Empty);
        text = Whitespace().Replace(text, " ").Trim();
        // A marker removed before the final full stop leaves "text ." behind.
        return SpaceBeforePunctuation().Replace(text, "$1");
    }

    [GeneratedRegex(@"\[(?<ids>[SU][0-9A-Za-z]+(?:\s*,\s*[SU][0-9A-Za-z]+)*)\]")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|(?<![A-Za-z0-9])[*_](?=\S)|(?<=\S)[*_](?![A-Za-z0-9])|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
