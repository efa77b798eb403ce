using Cairn.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cairn.Knowledge.Articles;

/// <summary>
/// The knowledge base's canonical source list (<c>knowledge/sources.yml</c>): an id names the same source everywhere.
/// </summary>
public sealed class SourceCatalogue
{
    private readonly Dictionary<string, SourceReference> _byId;

    public SourceCatalogue(IEnumerable<SourceReference> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _byId = new Dictionary<string, SourceReference>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            _byId[source.Id] = source;
        }
    }

    public static SourceCatalogue Empty { get; } = new([]);

    public IReadOnlyCollection<SourceReference> All => _byId.Values;

    public SourceReference? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Parses a catalogue file with a top-level <c>sources:</c> list.</summary>
    /// <exception cref="ArticleFormatException">The YAML is invalid or an entry lacks an id or title.</exception>
    public static SourceCatalogue Parse(string yaml, string origin)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        CatalogueFile file;
        try
        {
            file = deserializer.Deserialize<CatalogueFile>(yaml) ?? new CatalogueFile();
        }
        catch (YamlException exception)
        {
            throw new ArticleFormatException($"{origin}: not valid YAML (line {exception.Start.Line + 1}): {exception.Message}", exception);
        }

        var sources = new List<SourceReference>();
        foreach (var entry in file.Sources ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Title))
            {
                throw new ArticleFormatException($"{origin}: every source needs an id and a title.");
            }

            sources.Add(new SourceReference(
                entry.Id.Trim().ToUpperInvariant(),
                entry.Title.Trim(),
                string.IsNullOrWhiteSpace(entry.Publisher) ? null : entry.Publisher.Trim(),
                entry.Year,
                string.IsNullOrWhiteSpace(entry.Url) ? null : entry.Url.Trim()));
        }

        return new SourceCatalogue(sources);
    }

    private sealed class CatalogueFile
    {
        public List<ArticleFrontMatter.SourceEntry>? Sources { get; set; }
    }
}
