using Cairn.Knowledge.Ingestion;
using Cairn.Tests.Common;

namespace Cairn.Knowledge.Tests.Ingestion;

public sealed class IngestedSourceStoreTests : IDisposable
{
    private readonly TempCairnHome _home = new();

    private static IngestedDocument Document(string hash) => new(
        "user-" + hash[..12], "U" + hash[..8].ToUpperInvariant(), "Title", "NCI", 2017, "https://example.org", "text",
        "/tmp/x.txt", hash, DateTimeOffset.UnixEpoch, [new IngestedSection("Heading", ["Paragraph one.", "Paragraph two."])]);

    [Fact]
    public void GivenASavedDocument_WhenLoading_ThenItRoundTrips()
    {
        var store = new IngestedSourceStore(_home.Path);
        var document = Document(new string('a', 64));

        store.Save(document);
        var loaded = Assert.Single(store.LoadAll());

        Assert.Equal(document.Id, loaded.Id);
        Assert.Equal(document.Sections[0].Paragraphs, loaded.Sections[0].Paragraphs);
        Assert.True(store.Contains(document.ContentHash));
    }

    [Fact]
    public void GivenADamagedFile_WhenLoading_ThenItIsSkippedWithAWarningAndOthersStillLoad()
    {
        var store = new IngestedSourceStore(_home.Path);
        store.Save(Document(new string('b', 64)));
        File.WriteAllText(Path.Combine(store.Folder, "user-broken.json"), "{ not json");

        var loaded = store.LoadAll();

        Assert.Single(loaded);
        Assert.Contains(store.LoadWarnings, warning => warning.Contains("user-broken.json", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(store.Folder, "user-broken.json")), "A damaged file is reported, never deleted.");
    }

    [Fact]
    public void GivenAStoredDocument_WhenRemovingBySourceId_ThenItIsGoneAndASecondRemoveIsANoOp()
    {
        var store = new IngestedSourceStore(_home.Path);
        var document = Document(new string('c', 64));
        store.Save(document);

        Assert.True(store.Remove(document.SourceId));
        Assert.Empty(store.LoadAll());
        Assert.False(store.Remove(document.SourceId));
    }

    [Fact]
    public void GivenADocument_WhenTurnedIntoAnArticle_ThenEveryBlockCitesTheDocument()
    {
        var document = Document(new string('d', 64));

        var article = IngestedSourceStore.ToArticle(document);

        Assert.False(article.BuiltIn);
        Assert.Equal(document.SourceId, Assert.Single(article.Sources).Id);
        Assert.All(article.Sections.SelectMany(section => section.Blocks), block => Assert.Equal([document.SourceId], block.Citations));
    }

    public void Dispose() => _home.Dispose();
}
