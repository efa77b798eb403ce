using Cairn.Core.Answers;
using Cairn.Knowledge.Articles;

namespace Cairn.Knowledge.Tests.Articles;

public sealed class ArticleParserTests
{
    private const string Sample = """
        ---
        id: sample
        title: "A sample article"
        summary: "Explains a sample."
        cancer: [breast]
        topics: [Her2, testing]
        kinds: [meaning]
        lastReviewed: 2026-11-25
        sources:
          - id: S1
            title: "HER2 testing"
            publisher: "ASCO/CAP"
            year: 2018
            url: "https://doi.org/10.1200/JCO.2018.77.8738"
          - id: s27
            title: "Follow-up"
            publisher: null
            year: null
            url: null
        ---

        # A sample article

        ## What HER2 means

        HER2 is a protein on **some** cancer cells. [S1]

        - A score of 3+ is positive. [S1][S27]
        - A score of 2+ needs *another* test [S1, S27].

        1. First numbered point. [S27]

        ## Questions to ask your care team

        - Which test did you use?
        """;

    [Fact]
    public void GivenAnArticle_WhenParsing_ThenFrontMatterIsRead()
    {
        var article = ArticleParser.Parse(Sample, "sample.md");

        Assert.Equal("sample", article.Id);
        Assert.Equal("A sample article", article.Title);
        Assert.Equal(["breast"], article.Cancer);
        Assert.Equal(["her2", "testing"], article.Topics);
        Assert.Equal(new DateOnly(2026, 11, 25), article.LastReviewed);
        Assert.Equal(2, article.Sources.Count);
        Assert.Equal("S27", article.Sources[1].Id);
        Assert.Null(article.Sources[1].Url);
        Assert.Equal(2018, article.FindSource("s1")!.Year);
    }

    [Fact]
    public void GivenAnArticle_WhenParsing_ThenSectionsAndBlocksKeepTheirCitations()
    {
        var article = ArticleParser.Parse(Sample, "sample.md");

        Assert.Equal(["What HER2 means", "Questions to ask your care team"], article.Sections.Select(section => section.Heading));
        var blocks = article.Sections[0].Blocks;
        Assert.Equal(4, blocks.Count);
        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
        Assert.Equal("HER2 is a protein on some cancer cells.", blocks[0].Text);
        Assert.Equal(["S1"], blocks[0].Citations);
        Assert.Equal(BlockKind.Bullet, blocks[1].Kind);
        Assert.Equal(["S1", "S27"], blocks[1].Citations);
        Assert.Equal("A score of 2+ needs another test.", blocks[2].Text);
        Assert.Equal(["S1", "S27"], blocks[2].Citations);
        Assert.Equal(BlockKind.Numbered, blocks[3].Kind);
        Assert.True(article.Sections[1].IsQuestionsToAsk);
        Assert.Empty(article.Sections[1].Blocks[0].Citations);
    }

    [Theory]
    [InlineData("no front matter", "# Title\n\n## A\n\nText. [S1]\n")]
    [InlineData("unclosed front matter", "---\nid: x\ntitle: y\n")]
    [InlineData("missing id", "---\ntitle: y\n---\n## A\n\nText. [S1]\n")]
    [InlineData("missing title", "---\nid: x\n---\n## A\n\nText. [S1]\n")]
    [InlineData("invalid yaml", "---\nid: [unclosed\ntitle: y\n---\n")]
    [InlineData("bad date", "---\nid: x\ntitle: y\nlastReviewed: yesterday\n---\n")]
    public void GivenAMalformedArticle_WhenParsing_ThenAFormatErrorNamesTheFile(string caseName, string content)
    {
        var exception = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(content, "broken.md"));
        Assert.Contains("broken.md", exception.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(caseName));
    }
}
