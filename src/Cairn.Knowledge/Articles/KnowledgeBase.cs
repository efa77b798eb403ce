using System.Reflection;

namespace Cairn.Knowledge.Articles;

/// <summary>A set of parsed articles and the source catalogue they cite.</summary>
public sealed class KnowledgeBase
{
    private const string ResourcePrefix = "knowledge/";
    private const string CatalogueResource = "knowledge/sources.yml";

    public KnowledgeBase(IReadOnlyList<KnowledgeArticle> articles, SourceCatalogue catalogue)
    {
        Articles = articles;
        Catalogue = catalogue;
    }

    public IReadOnlyList<KnowledgeArticle> Articles { get; }

    public SourceCatalogue Catalogue { get; }

    /// <summary>Loads the built-in knowledge base embedded in this assembly.</summary>
    /// <exception cref="ArticleFormatException">An embedded article is malformed (a build defect; the tests catch it).</exception>
    public static KnowledgeBase LoadBuiltIn()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var articles = names.Select(name => ArticleParser.Parse(ReadResource(assembly, name), name)).ToArray();
        var catalogue = assembly.GetManifestResourceNames().Contains(CatalogueResource)
            ? SourceCatalogue.Parse(ReadResource(assembly, CatalogueResource), CatalogueResource)
            : SourceCatalogue.Empty;
        return new KnowledgeBase(articles, catalogue);
    }

    /// <summary>Loads a knowledge folder from disk (every <c>*.md</c> but README.md, plus <c>sources.yml</c>).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ArticleFormatException">An article is malformed.</exception>
    public static KnowledgeBase LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The knowledge folder '{folder}' does not exist.");
        }

        var articles = Directory.EnumerateFiles(folder, "*.md")
            .Where(path => !string.Equals(Path.GetFileName(path), "README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => ArticleParser.Parse(File.ReadAllText(path), path))
            .ToArray();
        var cataloguePath = Path.Combine(folder, "sources.yml");
        var catalogue = File.Exists(cataloguePath)
            ? SourceCatalogue.Parse(File.ReadAllText(cataloguePath), cataloguePath)
            : SourceCatalogue.Empty;
        return new KnowledgeBase(articles, catalogue);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new ArticleFormatException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
