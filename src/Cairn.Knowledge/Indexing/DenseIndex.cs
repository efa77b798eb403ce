using System.Buffers;
using System.Numerics;
using Cairn.Knowledge.Embeddings;

namespace Cairn.Knowledge.Indexing;

/// <summary>
/// Passage vectors for dense retrieval, held in one contiguous matrix and searched exactly (a dot product per
/// window; a few milliseconds for tens of thousands of passages, no approximate index to tune or rebuild).
/// A passage longer than the model's window has several windows; its score is the best of them. Vectors come from
/// the <see cref="EmbeddingCache"/> when the same text was embedded before, so a re-index after a small change
/// embeds only what changed. Thread-safe for searching.
/// </summary>
public sealed class DenseIndex
{
    private const int SaveEvery = 512;

    /// <summary>Below this many windows one core scans faster than two can be started.</summary>
    private const int ParallelRows = 8_192;

    private readonly float[] _matrix;
    private readonly int[] _passageOfRow;
    private readonly int _dimensions;

    private DenseIndex(KnowledgeCorpus corpus, float[] matrix, int[] passageOfRow, int dimensions, int embedded, int rows)
    {
        Corpus = corpus;
        _matrix = matrix;
        _passageOfRow = passageOfRow;
        _dimensions = dimensions;
        Embedded = embedded;
        Rows = rows;
    }

    public KnowledgeCorpus Corpus { get; }

    /// <summary>How many windows were embedded by this build (the rest came from the cache).</summary>
    public int Embedded { get; }

    /// <summary>Windows (vectors) in the index.</summary>
    public int Rows { get; }

    /// <summary>The text embedded for a passage's context: its article title and, when it adds anything, its heading.</summary>
    public static string PrefixOf(KnowledgePassage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var title = passage.Article.Title.Trim();
        var heading = passage.Section.Heading.Trim();
        return heading.Length == 0 || string.Equals(heading, title, StringComparison.OrdinalIgnoreCase) ? title : $"{title}. {heading}";
    }

    /// <summary>Embeds (or takes from the cache) every window of every passage.</summary>
    /// <param name="progress">Reports (windows done, windows in all) while embedding.</param>
    /// <exception cref="OperationCanceledException">Cancelled; vectors embedded so far stay in the cache.</exception>
    public static DenseIndex Build(
        KnowledgeCorpus corpus,
        ITextEmbedder embedder,
        EmbeddingCache cache,
        IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(cache);
        if (cache.Dimensions != embedder.Dimensions)
        {
            throw new ArgumentException("The cache and the embedder disagree on dimensions.", nameof(cache));
        }

        var windows = new List<(int Passage, string Text)>();
        for (var index = 0; index < corpus.Passages.Count; index++)
        {
            var passage = corpus.Passages[index];
            foreach (var window in embedder.Windows(PrefixOf(passage), passage.Section.PlainText))
            {
                windows.Add((index, window));
            }
        }

        var dimensions = embedder.Dimensions;
        var matrix = new float[windows.Count * dimensions];
        var missing = new List<int>();
        for (var row = 0; row < windows.Count; row++)
        {
            if (cache.TryGet(windows[row].Text, out var vector))
            {
                vector.CopyTo(matrix, row * dimensions);
            }
            else
            {
                missing.Add(row);
            }
        }

        // The same text twice (repeated boilerplate) is embedded once.
        var distinct = missing.GroupBy(row => windows[row].Text, StringComparer.Ordinal).ToArray();
        var done = windows.Count - missing.Count;
        progress?.Report((done, windows.Count));
        foreach (var chunk in distinct.Chunk(SaveEvery))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var texts = chunk.Select(group => group.Key).ToArray();
            var vectors = embedder.Embed(texts, cancellationToken);
            cache.Add(texts, vectors);
            for (var index = 0; index < chunk.Length; index++)
            {
                foreach (var row in chunk[index])
                {
                    vectors[index].CopyTo(matrix, row * dimensions);
                    done++;
                }
            }

            progress?.Report((done, windows.Count));
        }

        return new DenseIndex(corpus, matrix, windows.Select(window => window.Passage).ToArray(), dimensions, distinct.Length, windows.Count);
    }

    /// <summary>The passages nearest to a (normalised) query vector, by cosine similarity, best first.</summary>
    public IReadOnlyList<(KnowledgePassage Passage, float Score)> Search(ReadOnlySpan<float> query, int limit)
    {
        if (query.Length != _dimensions)
        {
            throw new ArgumentException($"The query vector needs {_dimensions} dimensions.", nameof(query));
        }

        if (limit <= 0 || Rows == 0)
        {
            return [];
        }

        // Pooled: fresh arrays this size would land on the large-object heap at every query and force full GCs.
        var passages = Corpus.Passages.Count;
        var best = ArrayPool<float>.Shared.Rent(passages);
        var scores = ArrayPool<float>.Shared.Rent(Rows);
        try
        {
            return Search(query, limit, best.AsSpan(0, passages), scores);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(best);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    private (KnowledgePassage, float)[] Search(ReadOnlySpan<float> query, int limit, Span<float> best, float[] scores)
    {
        best.Fill(float.NegativeInfinity);
        if (Rows < ParallelRows)
        {
            Score(query, 0, Rows, scores);
        }
        else
        {
            // Large corpora: split the scan over the cores (each part writes its own rows; no locking).
            var vector = query.ToArray();
            var parts = Environment.ProcessorCount;
            var size = (Rows + parts - 1) / parts;
            Parallel.For(0, parts, part => Score(vector, part * size, Math.Min(Rows, (part + 1) * size), scores));
        }

        for (var row = 0; row < Rows; row++)
        {
            var passage = _passageOfRow[row];
            if (scores[row] > best[passage])
            {
                best[passage] = scores[row];
            }
        }

        // A bounded min-heap keeps the top `limit` without sorting everything.
        var heap = new PriorityQueue<int, (float Score, int Negated)>(limit + 1);
        for (var passage = 0; passage < best.Length; passage++)
        {
            if (float.IsNegativeInfinity(best[passage]))
            {
                continue;
            }

            // Ties go to the earlier passage: it is the smaller priority's loser.
            var priority = (best[passage], -passage);
            if (heap.Count < limit)
            {
                heap.Enqueue(passage, priority);
            }
            else if (heap.TryPeek(out _, out var lowest) && Compare(priority, lowest) > 0)
            {
                heap.DequeueEnqueue(passage, priority);
            }
        }

        var results = new (KnowledgePassage, float)[heap.Count];
        for (var index = results.Length - 1; index >= 0; index--)
        {
            var passage = heap.Dequeue();
            results[index] = (Corpus.Passages[passage], best[passage]);
        }

        return results;
    }

    private void Score(ReadOnlySpan<float> query, int from, int to, float[] scores)
    {
        for (var row = from; row < to; row++)
        {
            scores[row] = Dot(query, _matrix.AsSpan(row * _dimensions, _dimensions));
        }
    }

    private static int Compare((float Score, int Negated) left, (float Score, int Negated) right)
    {
        var byScore = left.Score.CompareTo(right.Score);
        return byScore != 0 ? byScore : left.Negated.CompareTo(right.Negated);
    }

    internal static float Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var sum = Vector<float>.Zero;
        var index = 0;
        for (; index <= left.Length - Vector<float>.Count; index += Vector<float>.Count)
        {
            sum += new Vector<float>(left[index..]) * new Vector<float>(right[index..]);
        }

        var total = Vector.Sum(sum);
        for (; index < left.Length; index++)
        {
            total += left[index] * right[index];
        }

        return total;
    }
}
