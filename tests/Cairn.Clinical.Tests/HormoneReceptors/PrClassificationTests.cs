using Cairn.Clinical.HormoneReceptors;

namespace Cairn.Clinical.Tests.HormoneReceptors;

/// <summary>ONCOLOGY_RULES.md §2: PR negative below 1%, positive from 1% with its percentage; no PR low category.</summary>
public sealed class PrClassificationTests
{
    [Theory]
    [InlineData("PR 0%", 0.0, PrStatus.Negative)]
    [InlineData("PR 0.5%", 0.5, PrStatus.Negative)]
    [InlineData("PR 0.99%", 0.99, PrStatus.Negative)]
    [InlineData("PR 1%", 1.0, PrStatus.Positive)]
    [InlineData("PR 5% (no low category)", 5.0, PrStatus.Positive)]
    [InlineData("PR 10%", 10.0, PrStatus.Positive)]
    [InlineData("PR 10.01%", 10.01, PrStatus.Positive)]
    [InlineData("PR 100%", 100.0, PrStatus.Positive)]
    public void GivenPrPercent_WhenClassifying_ThenStatusMatchesTheSpec(string caseId, double percent, PrStatus expected)
    {
        var assessment = HormoneReceptorClassifier.ClassifyPr(percent);

        Assert.True(expected == assessment.Status, $"{caseId}: expected {expected}, got {assessment.Status}");
        Assert.Equal(expected == PrStatus.Positive, assessment.IsPositive);
        Assert.Equal(percent, assessment.PercentStainedNuclei);
        Assert.Equal(["S9", "S10"], assessment.SourceIds);
    }

    // Clinical review item 8: the old expectation "PR-positive (35%)" printed the percentage twice; the review says it
    // was wrong. The reason carries the percentage exactly once, and says 1% or more is PR-positive.
    [Theory]
    [InlineData("PR 1%", 1.0, "1%")]
    [InlineData("PR 35%", 35.0, "35%")]
    [InlineData("PR 100%", 100.0, "100%")]
    public void GivenPositivePr_WhenClassifying_ThenTheReasonCarriesItsPercentageOnce(string caseId, double percent, string shown)
    {
        var assessment = HormoneReceptorClassifier.ClassifyPr(percent);

        Assert.True(
            $"{shown} of the cancer cell nuclei stained for the progesterone receptor (PR). 1% or more counts as PR-positive." == assessment.Reason,
            $"{caseId}: {assessment.Reason}");
        Assert.DoesNotContain($"({shown})", assessment.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenPrStatus_ThenThereIsNoLowCategory()
    {
        Assert.Equal([PrStatus.Negative, PrStatus.Positive], Enum.GetValues<PrStatus>());
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(101.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void GivenInvalidPercent_WhenClassifyingPr_ThenArgumentOutOfRange(double percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HormoneReceptorClassifier.ClassifyPr(percent));
    }
}
