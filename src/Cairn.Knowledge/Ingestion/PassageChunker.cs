using System.Text.RegularExpressions;

namespace Cairn.Knowledge.Ingestion;

/// <summary>
/// Cuts long text into passages that fit a search result and an embedding model's window: whole paragraphs are kept
/// together up to <see cref="MaxWords"/>; a longer paragraph is cut at sentence ends.
/// </summary>
public static partial class PassageChunker
{
    /// <summary>The most words a passage has (MiniLM's 256-wordpiece window holds about 180-200 words).</summary>
    public const int MaxWords = 180;

    /// <summary>Splits one headed text into sections of at most <paramref name="maxWords"/> words each.</summary>
    public static IReadOnlyList<IngestedSection> Chunk(string heading, IEnumerable<string> paragraphs, int maxWords = MaxWords)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 20);
        var pieces = paragraphs
            .Select(paragraph => Whitespace().Replace(paragraph, " ").Trim())
            .Where(paragraph => paragraph.Length > 0)
            .SelectMany(paragraph => SplitLong(paragraph, maxWords));

        var sections = new List<IngestedSection>();
        var current = new List<string>();
        var words = 0;
        foreach (var piece in pieces)
        {
            var count = CountWords(piece);
            if (current.Count > 0 && words + count > maxWords)
            {
                sections.Add(new IngestedSection(HeadingFor(heading, sections.Count), current.ToArray()));
                current.Clear();
                words = 0;
            }

            current.Add(piece);
            words += count;
        }

        if (current.Count > 0)
        {
            sections.Add(new IngestedSection(HeadingFor(heading, sections.Count), current.ToArray()));
        }

        return sections;
    }

    public static int CountWords(string text) => Word().Count(text);

    private static IEnumerable<string> SplitLong(string paragraph, int maxWords)
    {
        if (CountWords(paragraph) <= maxWords)
        {
            yield return paragraph;
            yield break;
        }

        var current = new List<string>();
        var words = 0;
        foreach (var sentence in SentenceEnd().Split(paragraph))
        {
            var count = CountWords(sentence);
            if (current.Count > 0 && words + count > maxWords)
            {
                yield return string.Join(" ", current);
                current.Clear();
                words = 0;
            }

            if (count > maxWords)
            {
                // A run-on "sentence" (a list flattened into one line): cut by words.
                var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var start = 0; start < tokens.Length; start += maxWords)
                {
                    yield return string.Join(" ", tokens.Skip(start).Take(maxWords));
                }

                continue;
            }

            current.Add(sentence);
            words += count;
        }

        if (current.Count > 0)
        {
            yield return string.Join(" ", current);
        }
    }

    private static string HeadingFor(string heading, int index) => index == 0 ? heading : $"{heading} (part {index + 1})";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9(""'])")]
    private static partial Regex SentenceEnd();
}
