using Cairn.Core.Knowledge;

namespace Cairn.Knowledge.Articles;

/// <summary>A knowledge-base article: front matter plus its sections.</summary>
public sealed record KnowledgeArticle
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>What the article covers (a description, not a medical claim).</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<string> Cancer { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Question kinds the article serves (meaning, testing, monitoring, ...).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public DateOnly? LastReviewed { get; init; }

    public IReadOnlyList<SourceReference> Sources { get; init; } = [];

    public IReadOnlyList<KnowledgeSection> Sections { get; init; } = [];

    /// <summary>Where the article came from: an embedded resource name or a file path.</summary>
    public required string Origin { get; init; }

    /// <summary>True for articles that ship with Cairn; false for sources the user ingested.</summary>
    public bool BuiltIn { get; init; } = true;

    /// <summary>Finds a source of this article by id (case-insensitive), or null.</summary>
    public SourceReference? FindSource(string id) =>
        Sources.FirstOrDefault(source => string.Equals(source.Id, id, StringComparison.OrdinalIgnoreCase));
}
