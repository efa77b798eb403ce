using Cairn.Core.Knowledge;

namespace Cairn.Knowledge.Articles;

/// <summary>
/// Checks a knowledge base against the format rules of <c>knowledge/README.md</c>: every factual block cites a
/// source its article lists, sources agree with the catalogue and across articles, no article or section is empty,
/// ids are unique and match file names, and questions-to-ask are questions.
/// </summary>
public static class KnowledgeLinter
{
    /// <summary>The highest allowed average Flesch-Kincaid grade over the built-in articles.</summary>
    public const double MaxAverageGrade = 9.0;

    public static IReadOnlyList<LintIssue> Check(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var issues = new List<LintIssue>();
        var seenIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var seenSources = new Dictionary<string, (SourceReference Source, string Origin)>(StringComparer.OrdinalIgnoreCase);

        foreach (var article in knowledgeBase.Articles)
        {
            void Error(int? line, string message) => issues.Add(new LintIssue(true, article.Origin, line, message));
            void Warn(int? line, string message) => issues.Add(new LintIssue(false, article.Origin, line, message));

            if (!seenIds.TryAdd(article.Id, article.Origin))
            {
                Error(null, $"id '{article.Id}' is also used by {seenIds[article.Id]}.");
            }

            var fileStem = Path.GetFileNameWithoutExtension(article.Origin.Replace('/', Path.DirectorySeparatorChar));
            if (!string.Equals(fileStem, article.Id, StringComparison.Ordinal))
            {
                Error(null, $"id '{article.Id}' does not match the file name '{fileStem}'.");
            }

            if (article.LastReviewed is null)
            {
                Error(null, "front matter has no lastReviewed date.");
            }

            if (article.Kinds.Count == 0)
            {
                Warn(null, "front matter lists no question kinds.");
            }

            var factual = article.Sections.Where(section => !section.IsQuestionsToAsk).ToArray();
            if (factual.Length == 0)
            {
                Error(null, "the article has no content sections.");
            }

            var sourceIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var source in article.Sources)
            {
                if (string.IsNullOrEmpty(source.Id) || string.IsNullOrEmpty(source.Title))
                {
                    Error(null, "a source entry lacks an id or a title.");
                    continue;
                }

                if (!sourceIds.Add(source.Id))
                {
                    Error(null, $"source {source.Id} is listed twice.");
                }

                if (knowledgeBase.Catalogue.Find(source.Id) is { } canonical && canonical != source)
                {
                    Error(null, $"source {source.Id} differs from its entry in sources.yml.");
                }
                else if (seenSources.TryGetValue(source.Id, out var earlier) && earlier.Source != source)
                {
                    Error(null, $"source {source.Id} differs from the entry with the same id in {earlier.Origin}.");
                }
                else
                {
                    seenSources.TryAdd(source.Id, (source, article.Origin));
                }
            }

            var cited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var section in article.Sections)
            {
                if (section.Blocks.Count == 0)
                {
                    Error(section.Line, $"section '{section.Heading}' is empty.");
                }

                foreach (var block in section.Blocks)
                {
                    if (section.IsQuestionsToAsk)
                    {
                        if (!block.Text.EndsWith('?'))
                        {
                            Error(section.Line, $"'{Shorten(block.Text)}' in '{section.Heading}' is not a question.");
                        }

                        continue;
                    }

                    if (block.Citations.Count == 0)
                    {
                        Error(section.Line, $"uncited block in '{section.Heading}': '{Shorten(block.Text)}'.");
                    }

                    foreach (var id in block.Citations)
                    {
                        cited.Add(id);
                        if (!sourceIds.Contains(id))
                        {
                            Error(section.Line, $"[{id}] in '{section.Heading}' is not in the article's sources.");
                        }
                    }
                }
            }

            foreach (var unused in sourceIds.Where(id => !cited.Contains(id)))
            {
                Warn(null, $"source {unused} is listed but never cited.");
            }
        }

        return issues;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
