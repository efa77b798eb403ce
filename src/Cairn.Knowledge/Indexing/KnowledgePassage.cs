using Cairn.Knowledge.Articles;

namespace Cairn.Knowledge.Indexing;

/// <summary>The unit of retrieval: one section of one article, with what is needed to cite it.</summary>
/// <param name="Id">Stable id: <c>{articleId}#{sectionIndex}</c>.</param>
/// <param name="Article">The article the section belongs to.</param>
/// <param name="Section">The section itself.</param>
public sealed record KnowledgePassage(string Id, KnowledgeArticle Article, KnowledgeSection Section)
{
    /// <summary>Text that is indexed: heading and blocks.</summary>
    public string IndexText => Section.Heading + "\n" + Section.PlainText;

    /// <summary>How the passage is quoted in a citation: article title, section heading, then the text.</summary>
    public string QuotedText => $"{Article.Title} › {Section.Heading}: {string.Join(" ", Section.Blocks.Select(block => block.Text))}";
}
