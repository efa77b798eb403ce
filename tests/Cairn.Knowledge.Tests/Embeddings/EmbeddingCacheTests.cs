using Cairn.Knowledge.Embeddings;
using Cairn.Tests.Common;

namespace Cairn.Knowledge.Tests.Embeddings;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly TempCairnHome _home = new();

    private static float[] Vector(float first) => [first, 0f, 1f];

    [Fact]
    public void GivenSavedVectors_WhenReopening_ThenTheyAreFoundByTheirText()
    {
        var cache = EmbeddingCache.Open(_home.Path, "model", 3);
        cache.Add(["tumour markers", "scans"], [Vector(1), Vector(2)]);

        var reopened = EmbeddingCache.Open(_home.Path, "model", 3);

        Assert.Equal(2, reopened.Count);
        Assert.True(reopened.TryGet("scans", out var vector));
        Assert.Equal(Vector(2), vector);
        Assert.False(reopened.TryGet("scans ", out _));
    }

    [Fact]
    public void GivenAnotherModel_WhenOpening_ThenItsCacheIsSeparate()
    {
        EmbeddingCache.Open(_home.Path, "model-a", 3).Add(["text"], [Vector(1)]);

        Assert.False(EmbeddingCache.Open(_home.Path, "model-b", 3).TryGet("text", out _));
    }

    [Fact]
    public void GivenATextAlreadyCached_WhenAdding_ThenNoNewSegmentIsWritten()
    {
        var cache = EmbeddingCache.Open(_home.Path, "model", 3);
        cache.Add(["text"], [Vector(1)]);
        cache.Add(["text"], [Vector(9)]);

        Assert.Single(Directory.GetFiles(cache.Folder, "*.seg"));
        Assert.True(cache.TryGet("text", out var vector));
        Assert.Equal(Vector(1), vector);
    }

    [Fact]
    public void GivenADamagedSegment_WhenOpening_ThenItIsSkipped()
    {
        var cache = EmbeddingCache.Open(_home.Path, "model", 3);
        cache.Add(["text"], [Vector(1)]);
        File.WriteAllBytes(Path.Combine(cache.Folder, "broken.seg"), [1, 2, 3, 4, 5, 6, 7, 8, 9]);

        var reopened = EmbeddingCache.Open(_home.Path, "model", 3);

        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void GivenManySegments_WhenOpening_ThenTheyAreMergedWithoutLosingVectors()
    {
        var cache = EmbeddingCache.Open(_home.Path, "model", 3);
        for (var index = 0; index < 12; index++)
        {
            cache.Add([$"text {index}"], [Vector(index)]);
        }

        var reopened = EmbeddingCache.Open(_home.Path, "model", 3);

        Assert.Single(Directory.GetFiles(reopened.Folder, "*.seg"));
        Assert.Equal(12, EmbeddingCache.Open(_home.Path, "model", 3).Count);
        Assert.True(reopened.TryGet("text 11", out var vector));
        Assert.Equal(Vector(11), vector);
    }

    [Fact]
    public void GivenAVectorOfTheWrongSize_WhenAdding_ThenItIsRefused()
    {
        var cache = EmbeddingCache.Open(_home.Path, "model", 3);

        Assert.Throws<ArgumentException>(() => cache.Add(["text"], [new float[4]]));
    }

    public void Dispose() => _home.Dispose();
}
