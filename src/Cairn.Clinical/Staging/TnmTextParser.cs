using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.Staging;

/// <summary>
/// Splits a single TNM category string ("ypT1a", "pN0(i+)", "Tis (DCIS)", "cM0(i+)") into basis prefix, component
/// letter, category code and parenthesised modifiers. Rules about which combinations are valid live in
/// <see cref="TnmT"/>, <see cref="TnmN"/> and <see cref="TnmM"/>.
/// </summary>
internal static partial class TnmTextParser
{
    [GeneratedRegex(@"^(?<basis>yp|yc|p|c)?(?<letter>[TNM])(?<code>[0-9A-Za-z]*)(?<modifiers>(?:\s*\([^()]*\))*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\(\s*(?<text>[^()]*?)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Modifier();

    /// <summary>The parts of one TNM category string; codes and modifiers are lower-cased.</summary>
    internal readonly record struct Parts(TnmBasis Basis, string Code, IReadOnlyList<string> Modifiers);

    /// <summary>Splits <paramref name="text"/>, or returns an error message naming the bad value.</summary>
    internal static bool TrySplit(string? text, char expectedLetter, out Parts parts, [NotNullWhen(false)] out string? error)
    {
        parts = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"A {expectedLetter} category string is required, but the text was empty.";
            return false;
        }

        var trimmed = text.Trim();
        var match = Shape().Match(trimmed);
        if (!match.Success)
        {
            error = $"'{trimmed}' is not a TNM category string (expected something like \"p{expectedLetter}1\").";
            return false;
        }

        var letter = char.ToUpperInvariant(match.Groups["letter"].Value[0]);
        if (letter != expectedLetter)
        {
            error = $"'{trimmed}' is {(letter == 'N' ? "an" : "a")} {letter} category, not {(expectedLetter == 'N' ? "an" : "a")} {expectedLetter} category.";
            return false;
        }

        var basis = match.Groups["basis"].Value.ToLowerInvariant() switch
        {
            "c" => TnmBasis.Clinical,
            "p" => TnmBasis.Pathologic,
            "yc" => TnmBasis.PostNeoadjuvantClinical,
            "yp" => TnmBasis.PostNeoadjuvantPathologic,
            _ => TnmBasis.Unspecified,
        };

        var modifiers = Modifier().Matches(match.Groups["modifiers"].Value)
            .Select(m => m.Groups["text"].Value.ToLowerInvariant())
            .ToArray();

        parts = new Parts(basis, match.Groups["code"].Value.ToLowerInvariant(), modifiers);
        error = null;
        return true;
    }
}
