using Cairn.Clinical.Her2;
using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.Her2;

/// <summary>The guarantees every <see cref="Her2Assessment"/> documents.</summary>
internal static class Her2Assertions
{
    public static void IsWellFormed(Her2Assessment assessment)
    {
        Assert.Equal(assessment.Result == Her2AscoCapResult.Negative, assessment.ExpressionSubgroup is not null);
        if (assessment.WithComment)
        {
            Assert.Equal(Her2AscoCapResult.Negative, assessment.Result);
        }

        if (assessment.IhcAndIshDisagree)
        {
            Assert.Equal(Her2AscoCapResult.Positive, assessment.Result);
            Assert.NotNull(assessment.DiscordanceWarning);
        }
        else
        {
            Assert.Null(assessment.DiscordanceWarning);
        }

        var isFinal = assessment.Result is Her2AscoCapResult.Positive or Her2AscoCapResult.Negative;
        Assert.Equal(isFinal, assessment.NextStep == Her2NextStep.None);
        Assert.False(string.IsNullOrWhiteSpace(assessment.Reason));
        Assert.NotEmpty(assessment.SourceIds);
        Assert.All(assessment.SourceIds, id => Assert.True(ClinicalSources.Contains(id), $"unknown source id {id}"));
        Assert.Contains("S1", assessment.SourceIds);
    }
}
