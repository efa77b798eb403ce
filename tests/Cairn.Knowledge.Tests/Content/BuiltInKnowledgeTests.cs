using Cairn.Knowledge.Articles;
using Cairn.Tests.Common;

namespace Cairn.Knowledge.Tests.Content;

/// <summary>The built-in knowledge base obeys the rules of knowledge/README.md.</summary>
public sealed class BuiltInKnowledgeTests
{
    private static readonly KnowledgeBase s_builtIn = KnowledgeBase.LoadBuiltIn();

    [Fact]
    public void GivenTheBuiltInKnowledgeBase_ThenItHasAtLeast25Articles()
    {
        Assert.True(s_builtIn.Articles.Count >= 25, $"Only {s_builtIn.Articles.Count} articles are embedded.");
    }

    [Fact]
    public void GivenTheKnowledgeFolder_ThenEveryArticleOnDiskIsEmbedded()
    {
        var onDisk = KnowledgeBase.LoadFolder(RepositoryPaths.Knowledge).Articles.Select(article => article.Id).Order();
        Assert.Equal(onDisk, s_builtIn.Articles.Select(article => article.Id).Order());
    }

    [Fact]
    public void GivenTheBuiltInKnowledgeBase_WhenLinted_ThenThereAreNoErrors()
    {
        var errors = KnowledgeLinter.Check(s_builtIn).Where(issue => issue.IsError).Select(issue => issue.ToString()).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void GivenEveryFactualBlock_ThenEachCitationResolvesToANamedSourceWithAUrlOrPublisher()
    {
        foreach (var article in s_builtIn.Articles)
        {
            foreach (var block in article.Sections.Where(section => !section.IsQuestionsToAsk).SelectMany(section => section.Blocks))
            {
                Assert.NotEmpty(block.Citations);
                foreach (var id in block.Citations)
                {
                    var source = article.FindSource(id);
                    Assert.True(source is not null, $"{article.Id}: [{id}] does not resolve.");
                    Assert.False(string.IsNullOrWhiteSpace(source.Title), $"{article.Id}: {id} has no title.");
                    Assert.True(source.Url is not null || source.Publisher is not null, $"{article.Id}: {id} names neither a publisher nor a URL.");
                }
            }
        }
    }

    [Fact]
    public void GivenEveryArticle_ThenItHasContentSectionsAndNoEmptySection()
    {
        Assert.All(s_builtIn.Articles, article =>
        {
            Assert.Contains(article.Sections, section => !section.IsQuestionsToAsk);
            Assert.All(article.Sections, section => Assert.NotEmpty(section.Blocks));
            Assert.All(article.Sections.SelectMany(section => section.Blocks), block => Assert.False(string.IsNullOrWhiteSpace(block.Text)));
        });
    }

    [Fact]
    public void GivenTheKnowledgeBase_ThenTheAverageReadingGradeIsAtMost9()
    {
        var grades = s_builtIn.Articles.ToDictionary(article => article.Id, Readability.FleschKincaidGrade);
        var average = grades.Values.Average();
        Assert.True(
            average <= KnowledgeLinter.MaxAverageGrade,
            $"Average Flesch-Kincaid grade {average:0.00}; hardest: {string.Join(", ", grades.OrderByDescending(pair => pair.Value).Take(3).Select(pair => $"{pair.Key} {pair.Value:0.0}"))}");
    }

    [Fact]
    public void GivenEveryCatalogueSource_ThenArticlesThatCiteItUseTheSameEntry()
    {
        foreach (var article in s_builtIn.Articles)
        {
            foreach (var source in article.Sources)
            {
                if (s_builtIn.Catalogue.Find(source.Id) is { } canonical)
                {
                    Assert.Equal(canonical, source);
                }
            }
        }
    }

    [Theory]
    [InlineData("remission", "complete response")]
    [InlineData("remission", "partial response")]
    [InlineData("remission", "cure")]
    [InlineData("her2", "ihc")]
    [InlineData("her2", "ultralow")]
    [InlineData("er", "low positive")]
    [InlineData("staging", "prognostic")]
    [InlineData("follow-up", "every 3 to 6 months")]
    [InlineData("metastatic", "2 to 4 months")]
    [InlineData("markers", "ca 27.29")]
    [InlineData("ctc", "7.5 ml")]
    [InlineData("enhertu", "interstitial lung disease")]
    [InlineData("resistance", "p95her2")]
    [InlineData("urgent", "100.4")]
    public void GivenTheTopicsTheFoundationRequires_ThenSomeArticleCoversEach(string topic, string phrase)
    {
        var text = string.Join("\n", s_builtIn.Articles.SelectMany(article => article.Sections).Select(section => section.PlainText))
            .Replace('\u2013', '-');
        Assert.True(text.Contains(phrase, StringComparison.OrdinalIgnoreCase), $"No article mentions '{phrase}' ({topic}).");
    }

    [Theory]
    [InlineData("trastuzumab")]
    [InlineData("Herceptin Hylecta")]
    [InlineData("pertuzumab")]
    [InlineData("Phesgo")]
    [InlineData("Kadcyla")]
    [InlineData("Enhertu")]
    [InlineData("tucatinib")]
    [InlineData("neratinib")]
    [InlineData("lapatinib")]
    [InlineData("margetuximab")]
    [InlineData("zanidatamab")]
    [InlineData("Ogivri")]
    public void GivenEveryAntiHer2DrugOfTheSpec_ThenTheKnowledgeBaseExplainsIt(string drug)
    {
        var mentions = s_builtIn.Articles.SelectMany(article => article.Sections)
            .SelectMany(section => section.Blocks)
            .Count(block => block.Text.Contains(drug, StringComparison.OrdinalIgnoreCase));
        Assert.True(mentions >= 1, $"No article block mentions {drug}.");
    }
}
