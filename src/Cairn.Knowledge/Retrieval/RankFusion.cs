namespace Cairn.Knowledge.Retrieval;

/// <summary>
/// Weighted reciprocal-rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): an item's score is the sum over the
/// rankings that contain it of <c>weight / (k + rank)</c>, rank counted from 1. Only ranks matter, so rankings whose
/// scores are on different scales (BM25, cosine similarity) combine without calibration.
/// </summary>
public static class RankFusion
{
    /// <summary>The constant from the paper; larger values flatten the difference between top ranks.</summary>
    public const int DefaultK = 60;

    /// <summary>Fuses rankings (best first) of items identified by <paramref name="key"/>.</summary>
    /// <returns>Every item of every ranking once, by fused score, best first; ties keep the order in which the
    /// items were first met (earlier rankings first).</returns>
    public static IReadOnlyList<(T Item, double Score)> Fuse<T>(
        IReadOnlyList<(IReadOnlyList<T> Ranking, double Weight)> rankings,
        Func<T, string> key,
        int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var fused = new Dictionary<string, (T Item, double Score, int First)>(StringComparer.Ordinal);
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var item = ranking[rank];
                var id = key(item);
                var contribution = weight / (k + rank + 1);
                fused[id] = fused.TryGetValue(id, out var existing)
                    ? (existing.Item, existing.Score + contribution, existing.First)
                    : (item, contribution, fused.Count);
            }
        }

        return fused.Values
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.First)
            .Select(entry => (entry.Item, entry.Score))
            .ToArray();
    }
}
