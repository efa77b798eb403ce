using Cairn.Knowledge.Embeddings;
using Cairn.Knowledge.Indexing;
using Cairn.Knowledge.Retrieval;

namespace Cairn.Knowledge.Tests.Embeddings;

/// <summary>
/// The real MiniLM model on a three-passage corpus. Vectors go to one on-disk cache shared by every test run on the
/// machine, so after the first run nothing is embedded but the queries.
/// </summary>
public sealed class MiniLmEmbedderTests : IClassFixture<MiniLmEmbedderTests.Model>
{
    private readonly Model _model;

    public MiniLmEmbedderTests(Model model) => _model = model;

    [Fact]
    public void GivenText_WhenPreparing_ThenWhitespaceCollapsesAndLongWordsAreCut()
    {
        var prepared = MiniLmEmbedder.Prepare("  HER2\t\n positive  " + new string('x', 120));

        Assert.Equal("HER2 positive " + new string('x', 50) + " " + new string('x', 50) + " " + new string('x', 20), prepared);
    }

    [Fact]
    public void GivenALongPassage_WhenWindowing_ThenEachWindowFitsAndStartsWithThePrefix()
    {
        using var embedder = new MiniLmEmbedder(wordPieces: 64, maxWindows: 10);
        var text = string.Join(" ", Enumerable.Repeat("Trastuzumab can weaken the heart muscle.", 40));

        var windows = embedder.Windows("Heart health", text);

        Assert.True(windows.Count > 1);
        Assert.All(windows, window => Assert.StartsWith("Heart health. Trastuzumab", window, StringComparison.Ordinal));
        Assert.All(windows, window => Assert.True(window.Split(' ').Length < 64));
    }

    [Fact]
    public void GivenOneWindow_WhenWindowing_ThenTheRestOfTheTextIsLeftOut()
    {
        using var embedder = new MiniLmEmbedder(wordPieces: 64, maxWindows: 1);

        Assert.Single(embedder.Windows("Title", string.Join(" ", Enumerable.Repeat("word", 500))));
    }

    [Fact]
    public void GivenTexts_WhenEmbedding_ThenVectorsAreUnitLengthAndMeaningDecidesSimilarity()
    {
        var vectors = _model.Embedder.Embed(["Can this drug damage my heart?", "Cardiac toxicity of trastuzumab", "Hair loss during chemotherapy"]);

        Assert.All(vectors, vector => Assert.Equal(1.0, Math.Sqrt(vector.Sum(value => (double)value * value)), 3));
        Assert.True(DenseIndex.Dot(vectors[0], vectors[1]) > DenseIndex.Dot(vectors[0], vectors[2]));
    }

    [Fact]
    public void GivenATinyCorpus_WhenSearchingDenseOnly_ThenAParaphraseFindsThePassage()
    {
        using var index = KnowledgeIndex.BuildInMemory(TinyCorpus.Default());
        var cache = EmbeddingCache.Open(Model.SharedCache, _model.Embedder.ModelId, _model.Embedder.Dimensions);
        var dense = DenseIndex.Build(index.Corpus, _model.Embedder, cache);
        var retriever = new HybridRetriever(new Bm25Retriever(index), dense, _model.Embedder, new FusionSettings { LexicalWeight = 0 });

        var hits = retriever.Search("Will my hair grow again?", 1);

        Assert.Equal("Hair loss", Assert.Single(hits).Passage.Section.Heading);
    }

    /// <summary>One model load for the class.</summary>
    public sealed class Model : IDisposable
    {
        /// <summary>The machine-wide test cache (vectors are keyed by text, so sharing is safe).</summary>
        public static string SharedCache { get; } = Path.Combine(Path.GetTempPath(), "cairn-test-embeddings");

        public MiniLmEmbedder Embedder { get; } = new();

        public void Dispose() => Embedder.Dispose();
    }
}
