namespace Cairn.Knowledge.Retrieval;

/// <summary>How <see cref="HybridRetriever"/> combines its lexical and dense rankings.</summary>
public sealed record FusionSettings
{
    /// <summary>Weight of the BM25 ranking in the fusion; 0 turns lexical retrieval off (dense only).</summary>
    public double LexicalWeight { get; init; } = 1.0;

    /// <summary>Weight of the dense (MiniLM) ranking; 0 turns dense retrieval off.</summary>
    public double DenseWeight { get; init; } = 1.0;

    /// <summary>The reciprocal-rank-fusion constant.</summary>
    public int K { get; init; } = RankFusion.DefaultK;

    /// <summary>How many candidates each ranking contributes before fusion.</summary>
    public int Depth { get; init; } = 50;
}
