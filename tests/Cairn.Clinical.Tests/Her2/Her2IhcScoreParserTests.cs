using Cairn.Clinical.Her2;

namespace Cairn.Clinical.Tests.Her2;

/// <summary>ONCOLOGY_RULES.md §1.1: IHC scores as written in reports; lenient spelling, strict meaning.</summary>
public sealed class Her2IhcScoreParserTests
{
    [Theory]
    [InlineData("0", Her2IhcScore.Zero)]
    [InlineData("0+", Her2IhcScore.Zero)]
    [InlineData("0 +", Her2IhcScore.Zero)]
    [InlineData("1+", Her2IhcScore.OnePlus)]
    [InlineData("2+", Her2IhcScore.TwoPlus)]
    [InlineData("3+", Her2IhcScore.ThreePlus)]
    [InlineData("3 +", Her2IhcScore.ThreePlus)]
    [InlineData("score 3+", Her2IhcScore.ThreePlus)]
    [InlineData("Score 2+", Her2IhcScore.TwoPlus)]
    [InlineData("SCORE: 1+", Her2IhcScore.OnePlus)]
    [InlineData("IHC 2+", Her2IhcScore.TwoPlus)]
    [InlineData("HER2 IHC 3+", Her2IhcScore.ThreePlus)]
    [InlineData("HER-2 IHC score: 0", Her2IhcScore.Zero)]
    [InlineData("  1+  ", Her2IhcScore.OnePlus)]
    public void GivenKnownSpelling_WhenParsing_ThenScoreIsReturned(string text, Her2IhcScore expected)
    {
        Assert.True(Her2IhcScoreParser.TryParse(text, out var score));
        Assert.Equal(expected, score);
        Assert.Equal(expected, Her2IhcScoreParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4+")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("3++")]
    [InlineData("2-3+")]
    [InlineData("1+/2+")]
    [InlineData("2+ equivocal")]
    [InlineData("positive")]
    [InlineData("negative")]
    [InlineData("equivocal")]
    [InlineData("score")]
    [InlineData("ihc2+")]
    [InlineData("her23+")]
    [InlineData("10%")]
    [InlineData("3.0+")]
    public void GivenUnknownText_WhenParsing_ThenItIsRejected(string text)
    {
        Assert.False(Her2IhcScoreParser.TryParse(text, out _));
        var error = Assert.Throws<ArgumentException>(() => Her2IhcScoreParser.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenNull_WhenParsing_ThenTryParseIsFalseAndParseThrowsArgumentNull()
    {
        Assert.False(Her2IhcScoreParser.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => Her2IhcScoreParser.Parse(null!));
    }

    [Theory]
    [InlineData(Her2IhcScore.Zero, "0")]
    [InlineData(Her2IhcScore.OnePlus, "1+")]
    [InlineData(Her2IhcScore.TwoPlus, "2+")]
    [InlineData(Her2IhcScore.ThreePlus, "3+")]
    public void GivenScore_WhenFormatting_ThenCanonicalTextRoundTrips(Her2IhcScore score, string expected)
    {
        Assert.Equal(expected, Her2IhcScoreParser.Format(score));
        Assert.Equal(score, Her2IhcScoreParser.Parse(expected));
    }

    [Fact]
    public void GivenUndefinedScore_WhenFormatting_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Her2IhcScoreParser.Format((Her2IhcScore)7));
    }
}
