using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.Her2;

/// <summary>
/// Parses the HER2 IHC score as written in reports: "0", "0+", "1+", "2+", "3+", "3 +", "score 3+", "IHC 2+",
/// "HER2 IHC score: 1+" (case-insensitive, surrounding spaces ignored).
/// </summary>
/// <remarks>
/// Deliberately strict about the number itself: 1, 2 and 3 need their "+" ("2" alone could be a percentage or a
/// list number), only 0 may be written without it, and anything else ("4+", "2-3+", "negative", "2+ equivocal")
/// is rejected rather than guessed.
/// </remarks>
public static partial class Her2IhcScoreParser
{
    /// <summary>Tries to parse <paramref name="text"/>; returns false (never throws) for null, empty or unknown text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Her2IhcScore score)
    {
        score = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = ScorePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var digit = match.Groups["digit"].Value[0] - '0';
        var hasPlus = match.Groups["plus"].Success;
        if (digit != 0 && !hasPlus)
        {
            return false;
        }

        score = (Her2IhcScore)digit;
        return true;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not a known IHC score; the message quotes it.</exception>
    public static Her2IhcScore Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var score)
            ? score
            : throw new ArgumentException(
                $"'{text}' is not a HER2 IHC score. Expected 0, 1+, 2+ or 3+ (for example \"2+\" or \"score 3+\").",
                nameof(text));
    }

    /// <summary>The canonical spelling: "0", "1+", "2+" or "3+".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not a defined value.</exception>
    public static string Format(Her2IhcScore score) => score switch
    {
        Her2IhcScore.Zero => "0",
        Her2IhcScore.OnePlus => "1+",
        Her2IhcScore.TwoPlus => "2+",
        Her2IhcScore.ThreePlus => "3+",
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "Unknown HER2 IHC score."),
    };

    // Optional labels ("HER2", "HER-2", "IHC", "score"), each followed by a space or a colon, then one digit 0-3 and an
    // optional "+" (spaces allowed before it). Nothing else may follow.
    [GeneratedRegex(@"^(?:(?:her-?2|ihc|score)(?:\s*:\s*|\s+))*(?<digit>[0-3])(?:\s*(?<plus>\+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScorePattern();
}
