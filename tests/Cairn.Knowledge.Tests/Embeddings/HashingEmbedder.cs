using Cairn.Knowledge.Embeddings;

namespace Cairn.Knowledge.Tests.Embeddings;

/// <summary>
/// A fast stand-in for MiniLM in tests: a normalised bag of hashed lower-case words, so texts that share words are
/// similar. Counts what it embeds.
/// </summary>
internal sealed class HashingEmbedder : ITextEmbedder
{
    private int _embedded;

    public string ModelId => "hashing-test";

    public int Dimensions => 64;

    public int Embedded => _embedded;

    public IReadOnlyList<string> Windows(string prefix, string text) => [$"{prefix}. {text}"];

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _embedded, texts.Count);
        return texts.Select(Vector).ToArray();
    }

    public void Dispose()
    {
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', '.', ',', '?', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17;
            foreach (var character in word)
            {
                hash = unchecked((hash * 31) + character);
            }

            vector[(hash & int.MaxValue) % Dimensions] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(value => value * value));
        return norm == 0 ? vector : vector.Select(value => value / norm).ToArray();
    }
}
