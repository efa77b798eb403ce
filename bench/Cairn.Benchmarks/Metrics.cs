namespace Cairn.Benchmarks;

/// <summary>
/// Ranking metrics for one question. A question is answered by any chunk of its own answer: Recall@k is 1 when any
/// relevant passage is in the top k and MRR@10 uses the first one; nDCG@10 has binary gains over all of them, so it
/// also rewards finding every chunk of a long answer.
/// </summary>
public static class Metrics
{
    public static bool HitAt(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant, int k) =>
        ranking.Take(k).Any(relevant.Contains);

    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant, int k = 10)
    {
        for (var index = 0; index < Math.Min(k, ranking.Count); index++)
        {
            if (relevant.Contains(ranking[index]))
            {
                return 1.0 / (index + 1);
            }
        }

        return 0;
    }

    public static double Ndcg(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant, int k = 10)
    {
        var dcg = 0.0;
        for (var index = 0; index < Math.Min(k, ranking.Count); index++)
        {
            if (relevant.Contains(ranking[index]))
            {
                dcg += 1 / Math.Log2(index + 2);
            }
        }

        var ideal = 0.0;
        for (var index = 0; index < Math.Min(k, relevant.Count); index++)
        {
            ideal += 1 / Math.Log2(index + 2);
        }

        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>The value below which <paramref name="fraction"/> of the samples fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> samples, double fraction)
    {
        if (samples.Count == 0)
        {
            return 0;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
