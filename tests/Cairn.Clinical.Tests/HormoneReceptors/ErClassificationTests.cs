using Cairn.Clinical.HormoneReceptors;
using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.HormoneReceptors;

/// <summary>ONCOLOGY_RULES.md §2: ER by percentage of stained nuclei (ASCO/CAP 2020).</summary>
public sealed class ErClassificationTests
{
    // The spec's ER table, one row each, then the boundaries it implies.
    [Theory]
    [InlineData("ER 0%", 0.0, ErStatus.Negative)]
    [InlineData("ER 0.5%", 0.5, ErStatus.Negative)]
    [InlineData("ER 1%", 1.0, ErStatus.LowPositive)]
    [InlineData("ER 10%", 10.0, ErStatus.LowPositive)]
    [InlineData("ER 11%", 11.0, ErStatus.Positive)]
    [InlineData("ER 90%", 90.0, ErStatus.Positive)]
    [InlineData("boundary ER 0.99%", 0.99, ErStatus.Negative)]
    [InlineData("boundary ER 10.01%", 10.01, ErStatus.Positive)]
    [InlineData("boundary ER 100%", 100.0, ErStatus.Positive)]
    [InlineData("boundary ER 5%", 5.0, ErStatus.LowPositive)]
    public void GivenErPercent_WhenClassifying_ThenStatusMatchesTheSpec(string caseId, double percent, ErStatus expected)
    {
        var assessment = HormoneReceptorClassifier.ClassifyEr(percent);

        Assert.True(expected == assessment.Status, $"{caseId}: expected {expected}, got {assessment.Status}");
        Assert.Equal(expected != ErStatus.Negative, assessment.IsPositive);
        Assert.Equal(percent, assessment.PercentStainedNuclei);
        Assert.False(string.IsNullOrWhiteSpace(assessment.Reason));
        Assert.Equal(["S9", "S10"], assessment.SourceIds);
        Assert.All(assessment.SourceIds, id => Assert.True(ClinicalSources.Contains(id)));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(5.0)]
    [InlineData(10.0)]
    public void GivenLowPositive_WhenClassifying_ThenTheLimitedEvidenceCommentIsAttached(double percent)
    {
        var assessment = HormoneReceptorClassifier.ClassifyEr(percent);

        Assert.Equal(ErStatus.LowPositive, assessment.Status);
        Assert.Equal(HormoneReceptorClassifier.ErLowPositiveComment, assessment.LowPositiveComment);
        Assert.Contains("limited evidence", assessment.LowPositiveComment, StringComparison.Ordinal);
        Assert.Contains("Low Positive", assessment.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.99)]
    [InlineData(10.01)]
    [InlineData(90.0)]
    public void GivenNotLowPositive_WhenClassifying_ThenNoLowPositiveComment(double percent)
    {
        Assert.Null(HormoneReceptorClassifier.ClassifyEr(percent).LowPositiveComment);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.5, true)]
    [InlineData(10.0, true)]
    [InlineData(10.01, false)]
    [InlineData(90.0, false)]
    public void GivenErPercent_WhenClassifying_ThenControlsAreAskedForFrom0To10Percent(double percent, bool expected)
    {
        Assert.Equal(expected, HormoneReceptorClassifier.ClassifyEr(percent).LabShouldReportControls);
    }

    // Clinical review item 8: "More than 10% counts as ER-positive" implied 1-10% is not positive; §2 says >= 1% is positive.
    [Theory]
    [InlineData("ER 11%", 11.0)]
    [InlineData("ER 90%", 90.0)]
    [InlineData("boundary ER 10.01%", 10.01)]
    public void GivenErAbove10Percent_WhenExplaining_ThenTheReasonSays1PercentOrMoreIsPositiveAndThisIsNotLowPositive(string caseId, double percent)
    {
        var reason = HormoneReceptorClassifier.ClassifyEr(percent).Reason;

        Assert.True(reason.Contains("1% or more counts as ER-positive", StringComparison.Ordinal), $"{caseId}: {reason}");
        Assert.Contains("above 10%", reason, StringComparison.Ordinal);
        Assert.Contains("ER Low Positive", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("More than 10% counts as ER-positive", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ER 0%", 0.0)]
    [InlineData("ER 1%", 1.0)]
    [InlineData("ER 10%", 10.0)]
    [InlineData("ER 11%", 11.0)]
    [InlineData("ER 90%", 90.0)]
    public void GivenAnyEr_WhenExplaining_ThenNoReasonSuggestsThat1To10PercentIsNotPositive(string caseId, double percent)
    {
        var reason = HormoneReceptorClassifier.ClassifyEr(percent).Reason;

        Assert.False(reason.Contains("More than 10%", StringComparison.Ordinal), $"{caseId}: {reason}");
    }

    [Fact]
    public void GivenAPercentJustUnder1_WhenExplaining_ThenItIsNotShownRoundedUp()
    {
        var assessment = HormoneReceptorClassifier.ClassifyEr(0.99);

        Assert.StartsWith("0.99%", assessment.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("negative", -0.01)]
    [InlineData("above 100", 100.01)]
    [InlineData("NaN", double.NaN)]
    [InlineData("positive infinity", double.PositiveInfinity)]
    [InlineData("negative infinity", double.NegativeInfinity)]
    public void GivenInvalidPercent_WhenClassifyingEr_ThenArgumentOutOfRangeNamesIt(string caseId, double percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HormoneReceptorClassifier.ClassifyEr(percent));
        Assert.True(error.ParamName == "percentStainedNuclei", caseId);
    }
}
