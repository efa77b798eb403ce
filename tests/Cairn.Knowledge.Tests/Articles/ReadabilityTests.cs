using Cairn.Knowledge.Articles;

namespace Cairn.Knowledge.Tests.Articles;

public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("cancer", 2)]
    [InlineData("remission", 3)]
    [InlineData("table", 2)]
    [InlineData("make", 1)]
    [InlineData("HER2-positive", 4)]
    [InlineData("2026", 1)]
    public void GivenAWord_WhenCountingSyllables_ThenTheEstimateIsAsExpected(string word, int expected)
    {
        Assert.Equal(expected, Readability.CountSyllables(word));
    }

    [Fact]
    public void GivenShortPlainSentences_ThenTheGradeIsLow()
    {
        var grade = Readability.FleschKincaidGrade(["The cat sat on the mat. It was warm. We had tea."]);
        Assert.True(grade < 2, $"grade {grade}");
    }

    [Fact]
    public void GivenLongTechnicalSentences_ThenTheGradeIsHigh()
    {
        var grade = Readability.FleschKincaidGrade(
        [
            "Immunohistochemical quantification of human epidermal growth factor receptor overexpression necessitates standardized interpretation methodologies incorporating circumferential membranous reactivity assessment.",
        ]);
        Assert.True(grade > 16, $"grade {grade}");
    }

    [Fact]
    public void GivenNoWords_ThenTheGradeIsZero()
    {
        Assert.Equal(0, Readability.FleschKincaidGrade(["", "  --  "]));
    }
}
