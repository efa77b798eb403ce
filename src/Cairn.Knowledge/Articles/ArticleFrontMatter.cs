namespace Cairn.Knowledge.Articles;

/// <summary>The YAML front matter of an article, as written (bound by YamlDotNet, camelCase keys).</summary>
internal sealed class ArticleFrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public List<string>? Cancer { get; set; }

    public List<string>? Topics { get; set; }

    public List<string>? Kinds { get; set; }

    public string? LastReviewed { get; set; }

    public List<SourceEntry>? Sources { get; set; }

    internal sealed class SourceEntry
    {
        public string? Id { get; set; }

        public string? Title { get; set; }

        public string? Publisher { get; set; }

        public int? Year { get; set; }

        public string? Url { get; set; }
    }
}
