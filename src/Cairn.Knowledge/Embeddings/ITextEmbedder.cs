namespace Cairn.Knowledge.Embeddings;

/// <summary>Turns text into unit-length vectors whose dot product measures similarity of meaning.</summary>
public interface ITextEmbedder : IDisposable
{
    /// <summary>Names the model and its input preparation; cached vectors are kept per model id.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>
    /// Cuts a passage into texts that each fit the model's window, each starting with <paramref name="prefix"/>
    /// (the title and heading that give the passage its context). Never empty for non-empty input.
    /// </summary>
    IReadOnlyList<string> Windows(string prefix, string text);

    /// <summary>Embeds texts (<see cref="Windows"/> makes passages fit; anything longer is truncated by the model). Thread-safe.</summary>
    /// <returns>One normalised vector of <see cref="Dimensions"/> values per text, in order.</returns>
    /// <exception cref="OperationCanceledException">Cancelled between batches.</exception>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
