using Cairn.Core.Knowledge;
using Cairn.Knowledge.Articles;

namespace Cairn.Knowledge.Tests.Articles;

public sealed class KnowledgeLinterTests
{
    private static KnowledgeArticle Article(string id, string body, string sources = "  - id: S1\n    title: \"HER2 testing\"\n    publisher: \"ASCO\"\n") =>
        ArticleParser.Parse($"---\nid: {id}\ntitle: \"T\"\nkinds: [meaning]\nlastReviewed: 2026-11-25\nsources:\n{sources}---\n{body}", $"knowledge/{id}.md");

    private static LintIssue[] Errors(params KnowledgeArticle[] articles) =>
        KnowledgeLinter.Check(new KnowledgeBase(articles, SourceCatalogue.Empty)).Where(issue => issue.IsError).ToArray();

    [Fact]
    public void GivenACleanArticle_WhenLinting_ThenNoErrors()
    {
        Assert.Empty(Errors(Article("clean", "## A\n\nText. [S1]\n\n## Questions to ask your care team\n\n- Why?\n")));
    }

    [Fact]
    public void GivenAnUncitedParagraph_WhenLinting_ThenItIsAnError()
    {
        var errors = Errors(Article("uncited", "## A\n\nText without a source.\n"));
        Assert.Contains(errors, issue => issue.Message.Contains("uncited", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAMarkerNotInSources_WhenLinting_ThenItIsAnError()
    {
        var errors = Errors(Article("unknown", "## A\n\nText. [S9]\n"));
        Assert.Contains(errors, issue => issue.Message.Contains("[S9]", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAQuestionsSectionWithAStatement_WhenLinting_ThenItIsAnError()
    {
        var errors = Errors(Article("questions", "## A\n\nText. [S1]\n\n## Questions to ask your care team\n\n- This is not a question.\n"));
        Assert.Contains(errors, issue => issue.Message.Contains("not a question", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenTwoArticlesWithDifferentEntriesForOneId_WhenLinting_ThenItIsAnError()
    {
        var first = Article("first", "## A\n\nText. [S1]\n");
        var second = Article("second", "## A\n\nText. [S1]\n", "  - id: S1\n    title: \"Another title\"\n    publisher: \"X\"\n");
        Assert.Contains(Errors(first, second), issue => issue.Message.Contains("differs", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAnEntryThatDiffersFromTheCatalogue_WhenLinting_ThenItIsAnError()
    {
        var catalogue = new SourceCatalogue([new SourceReference("S1", "Canonical", "ASCO", 2018, null)]);
        var issues = KnowledgeLinter.Check(new KnowledgeBase([Article("drift", "## A\n\nText. [S1]\n")], catalogue));
        Assert.Contains(issues, issue => issue.IsError && issue.Message.Contains("sources.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAnIdThatDoesNotMatchTheFileName_WhenLinting_ThenItIsAnError()
    {
        var article = Article("right", "## A\n\nText. [S1]\n") with { Origin = "knowledge/wrong.md" };
        Assert.Contains(Errors(article), issue => issue.Message.Contains("file name", StringComparison.Ordinal));
    }
}
