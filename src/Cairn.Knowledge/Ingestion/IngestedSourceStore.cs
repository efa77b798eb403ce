using System.Text.Json;
using Cairn.Core.Answers;
using Cairn.Core.Knowledge;
using Cairn.Knowledge.Articles;
using Cairn.Knowledge.Understanding;

namespace Cairn.Knowledge.Ingestion;

/// <summary>
/// The user's ingested sources, one JSON file each under <c>{home}/sources</c>. Writes are atomic (temp file, then
/// rename), so a failed or interrupted ingest never damages what is already stored.
/// </summary>
public sealed class IngestedSourceStore
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public IngestedSourceStore(string home)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        Folder = Path.Combine(home, "sources");
    }

    public string Folder { get; }

    /// <summary>Problems met while loading (a damaged file is skipped and named here, never deleted).</summary>
    public IReadOnlyList<string> LoadWarnings { get; private set; } = [];

    /// <summary>True when a document with this content hash is stored.</summary>
    public bool Contains(string contentHash) => File.Exists(PathFor("user-" + contentHash[..12]));

    /// <summary>Stores a document; a document with the same id is replaced.</summary>
    public void Save(IngestedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(Folder);
        var target = PathFor(document.Id);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(document, s_json));
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Removes a stored document by article id or citation id. Idempotent: false when nothing matched.</summary>
    public bool Remove(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var match = LoadAll().FirstOrDefault(document =>
            string.Equals(document.Id, id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(document.SourceId, id, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return false;
        }

        File.Delete(PathFor(match.Id));
        return true;
    }

    /// <summary>Every stored document, ordered by id. Damaged files are skipped and reported in <see cref="LoadWarnings"/>.</summary>
    public IReadOnlyList<IngestedDocument> LoadAll()
    {
        if (!Directory.Exists(Folder))
        {
            LoadWarnings = [];
            return [];
        }

        var warnings = new List<string>();
        var documents = new List<IngestedDocument>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var document = JsonSerializer.Deserialize<IngestedDocument>(File.ReadAllText(path), s_json);
                if (document is null || document.Sections is null || string.IsNullOrEmpty(document.Id))
                {
                    warnings.Add($"{Path.GetFileName(path)}: not a Cairn source file; skipped.");
                    continue;
                }

                documents.Add(document);
            }
            catch (Exception exception) when (exception is JsonException or IOException or NotSupportedException)
            {
                warnings.Add($"{Path.GetFileName(path)}: damaged ({exception.Message}); skipped.");
            }
        }

        LoadWarnings = warnings;
        return documents;
    }

    /// <summary>Turns a stored document into an article whose every block cites the document itself.</summary>
    public static KnowledgeArticle ToArticle(IngestedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var citation = new[] { document.SourceId };
        var sections = document.Sections
            .Select((section, index) => new KnowledgeSection(
                section.Heading,
                section.Paragraphs.Select(text => new KnowledgeBlock(BlockKind.Paragraph, text, citation)).ToArray(),
                index + 1))
            .ToArray();
        var sample = document.Title + " " + string.Join(" ", document.Sections.Take(3).Select(section => section.Heading));
        return new KnowledgeArticle
        {
            Id = document.Id,
            Title = document.Title,
            Summary = $"Ingested from {Path.GetFileName(document.OriginalPath)} ({document.Format}).",
            Cancer = MedicalVocabulary.FindCancerTypes(sample).Select(MedicalVocabulary.CancerTag).ToArray(),
            Sources = [new SourceReference(document.SourceId, document.Title, document.Publisher, document.Year, document.Url)],
            Sections = sections,
            Origin = document.OriginalPath,
            BuiltIn = false,
        };
    }

    private string PathFor(string id) => Path.Combine(Folder, id + ".json");
}
