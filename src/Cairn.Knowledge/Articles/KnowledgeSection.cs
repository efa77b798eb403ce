namespace Cairn.Knowledge.Articles;

/// <summary>A headed section of an article: the unit that is indexed, retrieved and shown as one passage.</summary>
/// <param name="Heading">The section heading (a <c>##</c> heading in the Markdown).</param>
/// <param name="Blocks">Paragraphs and list items in document order.</param>
/// <param name="Line">1-based line of the heading in the source file, for lint messages.</param>
public sealed record KnowledgeSection(string Heading, IReadOnlyList<KnowledgeBlock> Blocks, int Line)
{
    /// <summary>True for the "Questions to ask" section, whose bullets are questions rather than facts.</summary>
    public bool IsQuestionsToAsk => Heading.StartsWith("Questions to ask", StringComparison.OrdinalIgnoreCase);

    /// <summary>The section text as one string (blocks joined by newlines), without markers.</summary>
    public string PlainText => string.Join("\n", Blocks.Select(block => block.Text));
}
