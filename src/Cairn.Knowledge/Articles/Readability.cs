using System.Text.RegularExpressions;

namespace Cairn.Knowledge.Articles;

/// <summary>
/// Flesch-Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59. Syllables are estimated by
/// vowel groups (a silent final "e" is dropped); a number counts as one syllable; each list item or paragraph
/// without end punctuation counts as one sentence.
/// </summary>
public static partial class Readability
{
    /// <summary>The grade of a set of text blocks (paragraphs, list items); 0 for no words.</summary>
    public static double FleschKincaidGrade(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        long words = 0, sentences = 0, syllables = 0;
        foreach (var block in blocks)
        {
            var blockWords = Word().Matches(block);
            if (blockWords.Count == 0)
            {
                continue;
            }

            sentences += Math.Max(1, SentenceEnd().Split(block.Trim()).Count(part => Word().IsMatch(part)));
            words += blockWords.Count;
            foreach (Match word in blockWords)
            {
                syllables += CountSyllables(word.Value);
            }
        }

        return words == 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
    }

    /// <summary>The grade of an article's text (every block of every section).</summary>
    public static double FleschKincaidGrade(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return FleschKincaidGrade(article.Sections.SelectMany(section => section.Blocks).Select(block => block.Text));
    }

    /// <summary>Estimated syllables of one word (at least 1).</summary>
    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var total = 0;
        foreach (var part in word.ToLowerInvariant().Split(['-', '\'', '’']))
        {
            var letters = new string(part.Where(c => c is >= 'a' and <= 'z').ToArray());
            if (letters.Length == 0)
            {
                total += part.Length > 0 ? 1 : 0;
                continue;
            }

            var groups = VowelGroup().Count(letters);
            if (letters.EndsWith('e') && !letters.EndsWith("le", StringComparison.Ordinal) && groups > 1)
            {
                groups--;
            }

            total += Math.Max(1, groups);
        }

        return Math.Max(1, total);
    }

    [GeneratedRegex(@"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
