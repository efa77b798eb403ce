using System.Globalization;
using Cairn.Core.Answers;
using Cairn.Core.Knowledge;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cairn.Knowledge.Articles;

/// <summary>
/// Parses a knowledge article (YAML front matter + Markdown body) into a <see cref="KnowledgeArticle"/>.
/// Structure only: whether citations resolve and sources match the catalogue is checked by <see cref="KnowledgeLinter"/>.
/// </summary>
public static class ArticleParser
{
    private static readonly IDeserializer s_yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Parses one article.</summary>
    /// <param name="content">The whole file text.</param>
    /// <param name="origin">A name for messages (resource name or path).</param>
    /// <param name="builtIn">Whether the article ships with Cairn.</param>
    /// <exception cref="ArticleFormatException">No front matter, invalid YAML, or a missing id or title.</exception>
    public static KnowledgeArticle Parse(string content, string origin, bool builtIn = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new ArticleFormatException($"{origin}: the article must start with YAML front matter ('---').");
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ArticleFormatException($"{origin}: the front matter is not closed with '---'.");
        }

        var yaml = text[4..(end + 1)];
        var bodyStart = text.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? string.Empty : text[(bodyStart + 1)..];
        var bodyLineOffset = text[..(bodyStart < 0 ? text.Length : bodyStart + 1)].Count(c => c == '\n');

        ArticleFrontMatter front;
        try
        {
            front = s_yaml.Deserialize<ArticleFrontMatter>(yaml) ?? new ArticleFrontMatter();
        }
        catch (YamlException exception)
        {
            throw new ArticleFormatException(
                $"{origin}: the front matter is not valid YAML (line {exception.Start.Line + 1}): {exception.Message}", exception);
        }

        if (string.IsNullOrWhiteSpace(front.Id))
        {
            throw new ArticleFormatException($"{origin}: the front matter has no 'id'.");
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            throw new ArticleFormatException($"{origin}: the front matter has no 'title'.");
        }

        DateOnly? reviewed = null;
        if (!string.IsNullOrWhiteSpace(front.LastReviewed))
        {
            if (!DateOnly.TryParseExact(front.LastReviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new ArticleFormatException($"{origin}: lastReviewed '{front.LastReviewed}' is not a yyyy-MM-dd date.");
            }

            reviewed = date;
        }

        var sources = (front.Sources ?? [])
            .Select(entry => new SourceReference(
                entry.Id?.Trim().ToUpperInvariant() ?? string.Empty,
                entry.Title?.Trim() ?? string.Empty,
                string.IsNullOrWhiteSpace(entry.Publisher) ? null : entry.Publisher.Trim(),
                entry.Year,
                string.IsNullOrWhiteSpace(entry.Url) ? null : entry.Url.Trim()))
            .ToArray();

        return new KnowledgeArticle
        {
            Id = front.Id.Trim(),
            Title = front.Title.Trim(),
            Summary = front.Summary?.Trim(),
            Cancer = Normalise(front.Cancer),
            Topics = Normalise(front.Topics),
            Kinds = Normalise(front.Kinds),
            LastReviewed = reviewed,
            Sources = sources,
            Sections = ParseSections(body, bodyLineOffset),
            Origin = origin,
            BuiltIn = builtIn,
        };
    }

    /// <summary>
    /// Parses a Markdown body into sections: each heading of level 2 or deeper opens a section; a level-1 heading
    /// (the article title) is skipped. Text before the first section heading goes into a section named after
    /// <paramref name="leadHeading"/> when given, else it is dropped.
    /// </summary>
    internal static IReadOnlyList<KnowledgeSection> ParseSections(string body, int lineOffset = 0, string? leadHeading = null)
    {
        var document = Markdown.Parse(body, s_pipeline);
        var sections = new List<KnowledgeSection>();
        string? heading = leadHeading;
        var headingLine = lineOffset + 1;
        var blocks = new List<KnowledgeBlock>();

        void Flush()
        {
            if (heading is not null && blocks.Count > 0)
            {
                sections.Add(new KnowledgeSection(heading, blocks.ToArray(), headingLine));
            }

            blocks.Clear();
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 }:
                    break;
                case HeadingBlock headingBlock:
                    Flush();
                    heading = MarkdownText.ToPlain(Slice(body, headingBlock.Span).TrimStart('#').Trim());
                    headingLine = lineOffset + headingBlock.Line + 1;
                    break;
                case ParagraphBlock paragraph:
                    AddBlock(blocks, BlockKind.Paragraph, Slice(body, paragraph.Span));
                    break;
                case ListBlock list:
                    AddList(blocks, body, list);
                    break;
                case QuoteBlock quote:
                    foreach (var inner in quote.OfType<ParagraphBlock>())
                    {
                        AddBlock(blocks, BlockKind.Paragraph, StripQuote(Slice(body, inner.Span)));
                    }

                    break;
                default:
                    // Tables, code and HTML are not passage text in this format.
                    break;
            }
        }

        Flush();
        return sections;
    }

    private static void AddList(List<KnowledgeBlock> blocks, string body, ListBlock list)
    {
        var kind = list.IsOrdered ? BlockKind.Numbered : BlockKind.Bullet;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var parts = new List<string>();
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    parts.Add(Slice(body, paragraph.Span));
                }
                else if (child is ListBlock nested)
                {
                    AddList(blocks, body, nested);
                }
            }

            AddBlock(blocks, kind, string.Join(" ", parts));
        }
    }

    private static void AddBlock(List<KnowledgeBlock> blocks, BlockKind kind, string markdown)
    {
        var (text, citations) = MarkdownText.ExtractCitations(markdown);
        if (text.Length > 0)
        {
            blocks.Add(new KnowledgeBlock(kind, text, citations));
        }
    }

    private static string Slice(string body, SourceSpan span) =>
        span.IsEmpty || span.Start < 0 || span.End >= body.Length + 1 ? string.Empty : body.Substring(span.Start, span.Length);

    private static string StripQuote(string text) =>
        string.Join(" ", text.Split('\n').Select(line => line.TrimStart().TrimStart('>').Trim()));

    private static string[] Normalise(List<string>? values) =>
        values is null
            ? []
            : values.Where(value => !string.IsNullOrWhiteSpace(value))
                .Select(value => value.Trim().ToLowerInvariant())
                .Distinct()
                .ToArray();
}
