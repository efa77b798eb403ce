using Cairn.Knowledge.Embeddings;
using Cairn.Knowledge.Indexing;
using Cairn.Knowledge.Retrieval;
using Cairn.Knowledge.Tests.Embeddings;
using Cairn.Tests.Common;

namespace Cairn.Knowledge.Tests.Retrieval;

public sealed class HybridRetrieverTests : IDisposable
{
    private readonly TempCairnHome _home = new();
    private readonly HashingEmbedder _embedder = new();
    private readonly KnowledgeIndex _index = KnowledgeIndex.BuildInMemory(TinyCorpus.Default());

    private HybridRetriever Create(FusionSettings? settings = null)
    {
        var cache = EmbeddingCache.Open(_home.Path, _embedder.ModelId, _embedder.Dimensions);
        return new HybridRetriever(new Bm25Retriever(_index), DenseIndex.Build(_index.Corpus, _embedder, cache), _embedder, settings);
    }

    [Fact]
    public void GivenAQuestion_WhenSearching_ThenBothRankingsAreFusedAndTheAgreedPassageLeads()
    {
        var hits = Create().Search("Can trastuzumab weaken my heart?", 3);

        Assert.Equal("Heart checks", hits[0].Passage.Section.Heading);
        Assert.Equal(2.0 / (RankFusion.DefaultK + 1), hits[0].Score, 9);
    }

    [Fact]
    public void GivenDenseOnly_WhenSearching_ThenPassagesWithoutTheQueryWordsStillRank()
    {
        var hits = Create(new FusionSettings { LexicalWeight = 0 }).Search("hair", 3);

        Assert.Equal(3, hits.Count);
        Assert.Equal("Hair loss", hits[0].Passage.Section.Heading);
    }

    [Fact]
    public void GivenLexicalOnly_WhenSearching_ThenOnlyMatchingPassagesComeBack()
    {
        var hits = Create(new FusionSettings { DenseWeight = 0 }).Search("echocardiogram", 3);

        Assert.Equal("Heart checks", Assert.Single(hits).Passage.Section.Heading);
    }

    [Fact]
    public void GivenTheSameQuestionTwice_WhenSearching_ThenItIsEmbeddedOnce()
    {
        var retriever = Create();
        var before = _embedder.Embedded;

        retriever.Search("hair loss", 2);
        retriever.Search("hair loss", 2);

        Assert.Equal(before + 1, _embedder.Embedded);
    }

    [Fact]
    public void GivenCoverageHelpers_ThenTheyAreTheLexicalRetrievers()
    {
        var retriever = Create();
        var lexical = new Bm25Retriever(_index);

        Assert.Equal(lexical.ContentTerms("What does a rising CA 15-3 mean?"), retriever.ContentTerms("What does a rising CA 15-3 mean?"));
        Assert.Equal(lexical.FocusTerms("hair loss in breast cancer"), retriever.FocusTerms("hair loss in breast cancer"));
        Assert.Equal(lexical.PassageTerms(_index.Corpus.Passages[0]), retriever.PassageTerms(_index.Corpus.Passages[0]));
    }

    public void Dispose()
    {
        _index.Dispose();
        _embedder.Dispose();
        _home.Dispose();
    }
}
