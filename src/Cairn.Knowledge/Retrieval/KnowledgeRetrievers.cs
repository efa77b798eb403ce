using Cairn.Knowledge.Embeddings;
using Cairn.Knowledge.Indexing;

namespace Cairn.Knowledge.Retrieval;

/// <summary>Builds the production retriever for an index from <see cref="KnowledgeOptions"/> (the engine and the benchmarks both use this).</summary>
public static class KnowledgeRetrievers
{
    /// <summary>
    /// BM25 with query understanding; with <see cref="KnowledgeOptions.DenseRetrieval"/> also a dense index (every
    /// passage embedded or taken from the cache) fused with it.
    /// </summary>
    /// <param name="embedder">Needed only when dense retrieval is on; called at most once.</param>
    /// <exception cref="InvalidOperationException">Dense retrieval is on and no embedder was given.</exception>
    public static IKnowledgeRetriever Create(
        KnowledgeIndex index,
        KnowledgeOptions options,
        Func<ITextEmbedder>? embedder,
        IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        var lexical = new Bm25Retriever(index);
        if (!options.DenseRetrieval)
        {
            return lexical;
        }

        var model = embedder?.Invoke() ?? throw new InvalidOperationException("Dense retrieval needs an embedder.");
        var cache = EmbeddingCache.Open(options.ResolveEmbeddingCache(), model.ModelId, model.Dimensions);
        var dense = DenseIndex.Build(index.Corpus, model, cache, progress, cancellationToken);
        return new HybridRetriever(lexical, dense, model, new FusionSettings { DenseWeight = options.DenseWeight });
    }
}
