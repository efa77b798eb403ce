using Cairn.Knowledge.Articles;
using Cairn.Knowledge.Embeddings;
using Cairn.Knowledge.Indexing;
using Cairn.Knowledge.Ingestion;
using Cairn.Knowledge.Retrieval;
using Microsoft.Extensions.Options;

namespace Cairn.Knowledge;

/// <summary>
/// Owns the live knowledge base: the built-in articles plus the user's ingested sources, the Lucene index cached in
/// the data folder, and the retriever over it. Loads lazily on first use; <see cref="IngestAsync"/> adds sources and
/// swaps in a fresh index. Thread-safe.
/// </summary>
public sealed class KnowledgeEngine : IDisposable
{
    private static readonly Lazy<KnowledgeBase> s_builtIn = new(KnowledgeBase.LoadBuiltIn);

    private readonly KnowledgeOptions _options;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Lazy<ITextEmbedder> _embedder;
    private Snapshot? _current;

    public KnowledgeEngine(IOptions<KnowledgeOptions> options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        Home = _options.ResolveHome();
        Store = new IngestedSourceStore(Home);
        // The model loads only when dense retrieval is on, once for the engine's lifetime (it survives reloads).
        _embedder = new Lazy<ITextEmbedder>(() => new MiniLmEmbedder(_options.EmbeddingWordPieces), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The data folder in use.</summary>
    public string Home { get; }

    public IngestedSourceStore Store { get; }

    /// <summary>The built-in knowledge base (embedded in the assembly).</summary>
    public static KnowledgeBase BuiltIn => s_builtIn.Value;

    public KnowledgeCorpus Corpus => Current.Index.Corpus;

    public IKnowledgeRetriever Retriever => Current.Retriever;

    /// <summary>True when the last load built the index rather than opening the cached one.</summary>
    public bool IndexWasBuilt => Current.Index.WasBuilt;

    private Snapshot Current
    {
        get
        {
            var current = Volatile.Read(ref _current);
            if (current is not null)
            {
                return current;
            }

            lock (_gate)
            {
                _current ??= Load();
                return _current;
            }
        }
    }

    /// <summary>
    /// Ingests files and folders (recursively; unsupported files inside folders are skipped). Each file is read and
    /// stored on its own, so one bad file does not stop the others, and a file whose bytes are already stored is
    /// left as it is. The index is rebuilt once at the end when anything was added.
    /// </summary>
    /// <exception cref="SourceIngestException">A path does not exist.</exception>
    public Task<IngestResult> IngestAsync(
        IReadOnlyList<string> paths,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var skipped = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    (SourceReader.IsSupported(file) ? files : skipped).Add(file);
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new SourceIngestException($"{path}: no such file or folder.");
            }
        }

        var added = new List<IngestedDocument>();
        var present = new List<string>();
        var failed = new List<(string, string)>();
        for (var index = 0; index < files.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[index];
            progress?.Report(new IngestProgress(index, files.Count, file));
            try
            {
                var document = SourceReader.Read(file, _time.GetUtcNow());
                if (Store.Contains(document.ContentHash))
                {
                    present.Add(file);
                    continue;
                }

                Store.Save(document);
                added.Add(document);
            }
            catch (SourceIngestException exception)
            {
                failed.Add((file, exception.Message));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failed.Add((file, $"{Path.GetFileName(file)}: could not be stored ({exception.Message})."));
            }
        }

        progress?.Report(new IngestProgress(files.Count, files.Count, string.Empty));
        if (added.Count > 0)
        {
            Reload();
        }

        return Task.FromResult(new IngestResult(added, present, skipped, failed));
    }

    /// <summary>Removes an ingested source (by article id or citation id) and refreshes the index. Idempotent.</summary>
    public bool RemoveSource(string id)
    {
        var removed = Store.Remove(id);
        if (removed)
        {
            Reload();
        }

        return removed;
    }

    /// <summary>Re-reads the ingested sources and opens (or builds) the matching index.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            var previous = _current;
            _current = Load();
            // Searches already running on the old snapshot finish first in practice (they are short); the old
            // reader is closed when the engine is disposed rather than here, so no search sees a closed reader.
            if (previous is not null)
            {
                _retired.Add(previous);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Index.Dispose();
            foreach (var retired in _retired)
            {
                retired.Index.Dispose();
            }

            _retired.Clear();
            _current = null;
            if (_embedder.IsValueCreated)
            {
                _embedder.Value.Dispose();
            }
        }
    }

    private readonly List<Snapshot> _retired = [];

    private Snapshot Load()
    {
        var ingested = Store.LoadAll().Select(IngestedSourceStore.ToArticle);
        var corpus = new KnowledgeCorpus(BuiltIn, ingested);
        var index = KnowledgeIndex.OpenOrBuild(corpus, Path.Combine(Home, "index"));
        return new Snapshot(index, KnowledgeRetrievers.Create(index, _options, () => _embedder.Value));
    }

    private sealed record Snapshot(KnowledgeIndex Index, IKnowledgeRetriever Retriever);
}
