using System.Security.Cryptography;
using System.Text;
using Cairn.Knowledge.Articles;

namespace Cairn.Knowledge.Indexing;

/// <summary>
/// Every passage Cairn can retrieve (built-in articles plus the user's ingested sources), with a content hash that
/// changes whenever any text, heading or source changes; the index on disk is keyed by it.
/// </summary>
public sealed class KnowledgeCorpus
{
    /// <summary>Bump when the index layout or analysis changes, so cached indexes are rebuilt.</summary>
    internal const int IndexSchemaVersion = 1;

    private readonly Dictionary<string, KnowledgePassage> _byId;
    private readonly Dictionary<string, KnowledgeArticle> _articles;

    public KnowledgeCorpus(KnowledgeBase builtIn, IEnumerable<KnowledgeArticle> ingested)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(ingested);
        Catalogue = builtIn.Catalogue;
        var articles = builtIn.Articles.Concat(ingested).ToArray();
        _articles = new Dictionary<string, KnowledgeArticle>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            _articles.TryAdd(article.Id, article);
        }

        Articles = _articles.Values.ToArray();
        Passages = Articles
            .SelectMany(article => article.Sections
                .Select((section, index) => new KnowledgePassage($"{article.Id}#{index}", article, section))
                .Where(passage => !passage.Section.IsQuestionsToAsk))
            .ToArray();
        _byId = Passages.ToDictionary(passage => passage.Id, StringComparer.Ordinal);
        ContentHash = ComputeHash(Articles);
    }

    public SourceCatalogue Catalogue { get; }

    public IReadOnlyList<KnowledgeArticle> Articles { get; }

    /// <summary>Retrievable passages (questions-to-ask sections excluded).</summary>
    public IReadOnlyList<KnowledgePassage> Passages { get; }

    /// <summary>Hex SHA-256 over the schema version and every article's content.</summary>
    public string ContentHash { get; }

    public KnowledgePassage? FindPassage(string id) => _byId.GetValueOrDefault(id);

    public KnowledgeArticle? FindArticle(string id) => _articles.GetValueOrDefault(id);

    private static string ComputeHash(IEnumerable<KnowledgeArticle> articles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? string.Empty));
            hash.AppendData([0]);
        }

        Add(IndexSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var article in articles)
        {
            Add(article.Id);
            Add(article.Title);
            Add(string.Join(",", article.Topics));
            Add(string.Join(",", article.Kinds));
            foreach (var section in article.Sections)
            {
                Add(section.Heading);
                foreach (var block in section.Blocks)
                {
                    Add(block.Kind.ToString());
                    Add(block.Text);
                    Add(string.Join(",", block.Citations));
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
