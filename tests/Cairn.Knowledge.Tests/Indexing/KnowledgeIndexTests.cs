using Cairn.Knowledge.Articles;
using Cairn.Knowledge.Indexing;
using Cairn.Tests.Common;

namespace Cairn.Knowledge.Tests.Indexing;

public sealed class KnowledgeIndexTests : IDisposable
{
    private readonly TempCairnHome _home = new();

    private static KnowledgeArticle Article(string text) =>
        ArticleParser.Parse($"---\nid: one\ntitle: \"One\"\nsources:\n  - id: S1\n    title: \"T\"\n---\n## Heading\n\n{text} [S1]\n", "one.md");

    private static KnowledgeCorpus Corpus(string text) =>
        new(new KnowledgeBase([Article(text)], SourceCatalogue.Empty), []);

    [Fact]
    public void GivenACachedIndex_WhenOpeningAgainWithTheSameContent_ThenItIsNotRebuilt()
    {
        var root = Path.Combine(_home.Path, "index");
        using (var first = KnowledgeIndex.OpenOrBuild(Corpus("Tumour markers are blood tests."), root))
        {
            Assert.True(first.WasBuilt);
        }

        using var second = KnowledgeIndex.OpenOrBuild(Corpus("Tumour markers are blood tests."), root);
        Assert.False(second.WasBuilt);
        Assert.Single(second.Search([("marker", 1f)], 5));
    }

    [Fact]
    public void GivenChangedContent_WhenOpening_ThenTheIndexIsRebuiltAndTheStaleOneRemoved()
    {
        var root = Path.Combine(_home.Path, "index");
        var before = Corpus("Tumour markers are blood tests.");
        using (KnowledgeIndex.OpenOrBuild(before, root))
        {
        }

        var after = Corpus("Scans show the size of a tumour.");
        using var index = KnowledgeIndex.OpenOrBuild(after, root);

        Assert.True(index.WasBuilt);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal([after.ContentHash], Directory.GetDirectories(root).Select(Path.GetFileName));
        Assert.Empty(index.Search([("marker", 1f)], 5));
        Assert.Single(index.Search([("scan", 1f)], 5));
    }

    [Fact]
    public void GivenAnInterruptedBuild_WhenOpening_ThenTheIncompleteFolderIsReplaced()
    {
        var root = Path.Combine(_home.Path, "index");
        var corpus = Corpus("Tumour markers are blood tests.");
        Directory.CreateDirectory(Path.Combine(root, corpus.ContentHash));
        File.WriteAllText(Path.Combine(root, corpus.ContentHash, "segments_garbage"), "x");

        using var index = KnowledgeIndex.OpenOrBuild(corpus, root);

        Assert.True(index.WasBuilt);
        Assert.Single(index.Search([("blood", 1f)], 5));
    }

    [Fact]
    public void GivenText_WhenAnalyzing_ThenEnglishStemsAndStopWordsApply()
    {
        using var index = KnowledgeIndex.BuildInMemory(Corpus("x"));
        Assert.Equal(["monitor", "her2", "posit"], index.Analyze("monitored the HER2-positive"));
    }

    public void Dispose() => _home.Dispose();
}
