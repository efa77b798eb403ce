using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.Drugs;

/// <summary>
/// Turns a drug name as written into a lookup key: case-insensitive; ®/™ dropped; every dash made "-" with no
/// spaces around it; "+", "/", "&amp;", "," and "and" all mean "and"; the ingredients of a combination sorted, so
/// "trastuzumab + hyaluronidase-oysk" and "hyaluronidase-oysk and trastuzumab" give the same key.
/// </summary>
internal static partial class DrugNameKey
{
    private static readonly HashSet<string> s_andWords = new(["and"], StringComparer.Ordinal);
    private static readonly HashSet<string> s_regimenWords = new(["and", "with", "plus"], StringComparer.Ordinal);

    /// <summary>The key, or null when the text is null or blank.</summary>
    public static string? For(string? name)
    {
        var parts = Ingredients(name);
        return parts.Count == 0 ? null : string.Join(" and ", parts.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The single drugs named in a regimen such as "docetaxel, trastuzumab and pertuzumab" or "tucatinib with
    /// capecitabine", each as a key. Empty for null or blank text.
    /// </summary>
    public static IReadOnlyList<string> RegimenComponents(string? text) =>
        SplitOn(Clean(text), s_regimenWords);

    private static List<string> Ingredients(string? name) => SplitOn(Clean(name), s_andWords);

    // Splits on whole words ("and" but not "brand"); repeated separators ("x, and y") leave no empty part.
    private static List<string> SplitOn(string cleaned, HashSet<string> separators)
    {
        var parts = new List<string>();
        var current = new List<string>();
        foreach (var token in cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (separators.Contains(token))
            {
                Flush();
            }
            else
            {
                current.Add(token);
            }
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Count > 0)
            {
                parts.Add(string.Join(' ', current));
                current.Clear();
            }
        }
    }

    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Trademark signs go before NFKC, which would turn "™" into the letters "TM".
        var withoutMarks = text.Replace("®", string.Empty, StringComparison.Ordinal)
            .Replace("™", string.Empty, StringComparison.Ordinal)
            .Replace("©", string.Empty, StringComparison.Ordinal);

        var builder = new StringBuilder(withoutMarks.Length);
        foreach (var ch in withoutMarks.Normalize(NormalizationForm.FormKC))
        {
            switch (ch)
            {
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                    builder.Append('-');
                    break;
                case '+' or '/' or '&' or ',' or ';':
                    builder.Append(" and ");
                    break;
                default:
                    builder.Append(char.IsWhiteSpace(ch) ? ' ' : char.ToLowerInvariant(ch));
                    break;
            }
        }

        var collapsed = Whitespace().Replace(builder.ToString(), " ");
        return SpacedDash().Replace(collapsed, "-").Trim();
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*-\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();
}
