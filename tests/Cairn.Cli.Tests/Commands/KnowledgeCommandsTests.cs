using Cairn.Tests.Common;

namespace Cairn.Cli.Tests.Commands;

public sealed class KnowledgeCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly TempCairnHome _files = new();

    private string Write(string name, string content)
    {
        var path = Path.Combine(_files.Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task GivenTheBuiltInKnowledgeBase_WhenChecking_ThenItPasses()
    {
        var result = await _cli.RunAsync("kb", "check", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(0, json.GetProperty("errors").GetInt32());
        Assert.True(json.GetProperty("averageGrade").GetDouble() <= 9.0);
    }

    [Fact]
    public async Task GivenABrokenKnowledgeFolder_WhenChecking_ThenExitCode2NamesTheProblem()
    {
        var folder = Path.Combine(_files.Path, "kb");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "bad.md"), "---\nid: bad\ntitle: \"Bad\"\nlastReviewed: 2026-11-25\n---\n## A\n\nNo citation here.\n");

        var result = await _cli.RunAsync("kb", "check", "--folder", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("uncited", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAFile_WhenIngesting_ThenItIsListedAndAnswersCanCiteIt()
    {
        var path = Write("zebrafish.md", "# Zebrafish oncology notes\n\n## Zebrafish xenografts\n\nZebrafish xenografts let researchers watch tumour cells spread in a living embryo.\n");

        var ingest = await _cli.RunAsync("kb", "ingest", "--json", path);
        Assert.Equal(0, ingest.ExitCode);
        var added = Assert.Single(ingest.Json().GetProperty("added").EnumerateArray());
        var sourceId = added.GetProperty("sourceId").GetString();

        var list = await _cli.RunAsync("kb", "list", "--json");
        Assert.Contains(list.Json().GetProperty("articles").EnumerateArray(), article => article.GetProperty("origin").GetString() == "ingested");

        var answer = await _cli.RunAsync("ask", "--json", "What are zebrafish xenografts?");
        Assert.Equal(0, answer.ExitCode);
        Assert.True(answer.Json().GetProperty("grounded").GetBoolean());
        Assert.Contains(answer.Json().GetProperty("citations").EnumerateArray(), citation => citation.GetProperty("id").GetString() == sourceId);
    }

    [Fact]
    public async Task GivenTheSameFileTwice_WhenIngesting_ThenTheSecondRunChangesNothing()
    {
        var path = Write("notes.txt", "Notes\n\nSome text about scans.");

        Assert.Equal(0, (await _cli.RunAsync("kb", "ingest", path)).ExitCode);
        var second = await _cli.RunAsync("kb", "ingest", "--json", path);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, second.Json().GetProperty("added").GetArrayLength());
        Assert.Equal(1, second.Json().GetProperty("alreadyPresent").GetArrayLength());
    }

    [Fact]
    public async Task GivenAMissingPath_WhenIngesting_ThenExitCode2()
    {
        var result = await _cli.RunAsync("kb", "ingest", Path.Combine(_files.Path, "nope.pdf"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAnEmptyFileAmongGoodOnes_WhenIngesting_ThenTheGoodOnesAreStoredAndExitCodeIs2()
    {
        var folder = Path.Combine(_files.Path, "mixed");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.txt"), "Good\n\nUseful text.");
        File.WriteAllText(Path.Combine(folder, "empty.txt"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "image.png"), "not text");

        var result = await _cli.RunAsync("kb", "ingest", "--json", folder);

        Assert.Equal(2, result.ExitCode);
        var json = result.Json();
        Assert.Equal(1, json.GetProperty("added").GetArrayLength());
        Assert.Equal(1, json.GetProperty("failed").GetArrayLength());
        Assert.Equal(1, json.GetProperty("skipped").GetArrayLength());
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAnIngestedSource_WhenRemoving_ThenItIsGoneAndRemovingAgainIsExitCode2()
    {
        var path = Write("remove-me.txt", "Remove me\n\nText.");
        var sourceId = (await _cli.RunAsync("kb", "ingest", "--json", path)).Json().GetProperty("added")[0].GetProperty("sourceId").GetString()!;

        Assert.Equal(0, (await _cli.RunAsync("kb", "remove", sourceId)).ExitCode);
        Assert.Equal(2, (await _cli.RunAsync("kb", "remove", sourceId)).ExitCode);
        var list = await _cli.RunAsync("kb", "list", "--json");
        Assert.DoesNotContain(list.Json().GetProperty("articles").EnumerateArray(), article => article.GetProperty("origin").GetString() == "ingested");
    }

    [Fact]
    public async Task GivenTheSharedNciCollection_WhenIngestingAFewFiles_ThenAnswersCanUseThem()
    {
        var folder = SharedData.PathOf("medquad", "1_CancerGov_QA");
        Assert.SkipWhen(folder is null || !Directory.Exists(folder), SharedData.MissingMessage);
        var files = Directory.GetFiles(folder!, "*.xml").Order(StringComparer.Ordinal).Take(6).ToArray();

        var result = await _cli.RunAsync(["kb", "ingest", "--json", .. files]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(6, result.Json().GetProperty("added").GetArrayLength());
        var answer = await _cli.RunAsync("ask", "--json", "What is adult acute lymphoblastic leukemia?");
        Assert.True(answer.Json().GetProperty("grounded").GetBoolean());
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }
}
