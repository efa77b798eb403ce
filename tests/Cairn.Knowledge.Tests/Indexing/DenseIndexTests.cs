using Cairn.Knowledge.Embeddings;
using Cairn.Knowledge.Indexing;
using Cairn.Knowledge.Tests.Embeddings;
using Cairn.Tests.Common;

namespace Cairn.Knowledge.Tests.Indexing;

public sealed class DenseIndexTests : IDisposable
{
    private readonly TempCairnHome _home = new();

    private EmbeddingCache Cache(HashingEmbedder embedder) => EmbeddingCache.Open(_home.Path, embedder.ModelId, embedder.Dimensions);

    [Fact]
    public void GivenATinyCorpus_WhenSearching_ThenThePassageSharingTheQuestionsWordsComesFirst()
    {
        using var embedder = new HashingEmbedder();
        var index = DenseIndex.Build(TinyCorpus.Default(), embedder, Cache(embedder));
        var query = embedder.Embed(["does my hair grow back after chemotherapy"])[0];

        var hits = index.Search(query, 2);

        Assert.Equal(2, hits.Count);
        Assert.Equal("Hair loss", hits[0].Passage.Section.Heading);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public void GivenTheSameCorpus_WhenBuildingAgain_ThenEveryVectorComesFromTheCache()
    {
        using var embedder = new HashingEmbedder();
        var first = DenseIndex.Build(TinyCorpus.Default(), embedder, Cache(embedder));
        var embeddedBefore = embedder.Embedded;

        var second = DenseIndex.Build(TinyCorpus.Default(), embedder, Cache(embedder));

        Assert.Equal(3, first.Embedded);
        Assert.Equal(0, second.Embedded);
        Assert.Equal(embeddedBefore, embedder.Embedded);
    }

    [Fact]
    public void GivenOnePassageChanged_WhenBuildingAgain_ThenOnlyItIsEmbedded()
    {
        using var embedder = new HashingEmbedder();
        DenseIndex.Build(TinyCorpus.Default(), embedder, Cache(embedder));
        var changed = TinyCorpus.Create(
            ("Heart health on trastuzumab", [("Heart checks", "Trastuzumab can weaken the heart muscle, so an echocardiogram checks the heart before and during treatment.")]),
            ("Hair and skin", [("Hair loss", "Chemotherapy often makes hair fall out; cold caps can reduce it.")]),
            ("Tumour markers", [("Blood tests", "CA 15-3 is a blood test; a rising level alone does not show that cancer has come back.")]));

        var index = DenseIndex.Build(changed, embedder, Cache(embedder));

        Assert.Equal(1, index.Embedded);
        Assert.Equal(3, index.Rows);
    }

    [Fact]
    public void GivenALimit_WhenSearching_ThenAtMostThatManyComeBackBestFirst()
    {
        using var embedder = new HashingEmbedder();
        var index = DenseIndex.Build(TinyCorpus.Default(), embedder, Cache(embedder));
        var query = embedder.Embed(["heart"])[0];

        Assert.Single(index.Search(query, 1));
        Assert.Empty(index.Search(query, 0));
        var all = index.Search(query, 10);
        Assert.Equal(3, all.Count);
        Assert.Equal(all.OrderByDescending(hit => hit.Score).Select(hit => hit.Passage.Id), all.Select(hit => hit.Passage.Id));
    }

    [Fact]
    public void GivenAVectorOfTheWrongSize_WhenSearching_ThenItIsRefused()
    {
        using var embedder = new HashingEmbedder();
        var index = DenseIndex.Build(TinyCorpus.Default(), embedder, Cache(embedder));

        Assert.Throws<ArgumentException>(() => index.Search(new float[3], 1));
    }

    [Fact]
    public void GivenAPassage_ThenItsPrefixIsTheTitleAndAnyDifferentHeading()
    {
        var corpus = TinyCorpus.Default();

        Assert.Equal("Hair and skin. Hair loss", DenseIndex.PrefixOf(corpus.Passages[1]));
    }

    public void Dispose() => _home.Dispose();
}
