using Cairn.Clinical.HormoneReceptors;

namespace Cairn.Clinical.Tests.HormoneReceptors;

/// <summary>ONCOLOGY_RULES.md general rule 1 for ER/PR: the stated result wins and a disagreement is flagged.</summary>
public sealed class HormoneReceptorReconciliationTests
{
    [Theory]
    [InlineData("report ER positive, 0.5%", ErStatus.Positive, 0.5, true)]
    [InlineData("report ER negative, 5%", ErStatus.Negative, 5.0, true)]
    [InlineData("report ER low positive, 40%", ErStatus.LowPositive, 40.0, true)]
    [InlineData("report ER low positive, 0%", ErStatus.LowPositive, 0.0, true)]
    [InlineData("report ER negative, 0.5%", ErStatus.Negative, 0.5, false)]
    [InlineData("report ER low positive, 8%", ErStatus.LowPositive, 8.0, false)]
    [InlineData("report ER positive, 80%", ErStatus.Positive, 80.0, false)]
    [InlineData("report ER positive, 5% (low positive is positive)", ErStatus.Positive, 5.0, false)]
    public void GivenStatedErAndPercent_WhenReconciling_ThenStatedWinsAndDisagreementIsFlagged(
        string caseId,
        ErStatus stated,
        double percent,
        bool expectedDiscrepancy)
    {
        var reconciliation = HormoneReceptorClassifier.ReconcileEr(stated, HormoneReceptorClassifier.ClassifyEr(percent));

        Assert.True(stated == reconciliation.Result, caseId);
        Assert.True(expectedDiscrepancy == reconciliation.HasDiscrepancy, caseId);
        Assert.Equal(expectedDiscrepancy ? "Discrepancy – ask your care team" : null, reconciliation.DiscrepancyWarning);
        Assert.False(string.IsNullOrWhiteSpace(reconciliation.Reason));
        Assert.NotEmpty(reconciliation.SourceIds);
    }

    [Fact]
    public void GivenReportSaysErPositiveAt0Point5Percent_WhenReconciling_ThenComputedNegativeIsKeptBesideIt()
    {
        var reconciliation = HormoneReceptorClassifier.ReconcileEr(ErStatus.Positive, HormoneReceptorClassifier.ClassifyEr(0.5));

        Assert.Equal(ErStatus.Positive, reconciliation.Stated);
        Assert.Equal(ErStatus.Negative, reconciliation.Computed.Status);
        Assert.Contains("ER-positive", reconciliation.Reason, StringComparison.Ordinal);
        Assert.Contains("ER-negative", reconciliation.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PrStatus.Positive, 0.5, true)]
    [InlineData(PrStatus.Negative, 2.0, true)]
    [InlineData(PrStatus.Positive, 2.0, false)]
    [InlineData(PrStatus.Negative, 0.0, false)]
    public void GivenStatedPrAndPercent_WhenReconciling_ThenStatedWinsAndDisagreementIsFlagged(PrStatus stated, double percent, bool expectedDiscrepancy)
    {
        var reconciliation = HormoneReceptorClassifier.ReconcilePr(stated, HormoneReceptorClassifier.ClassifyPr(percent));

        Assert.Equal(stated, reconciliation.Result);
        Assert.Equal(expectedDiscrepancy, reconciliation.HasDiscrepancy);
        Assert.Equal(expectedDiscrepancy ? "Discrepancy – ask your care team" : null, reconciliation.DiscrepancyWarning);
    }

    [Fact]
    public void GivenBadArguments_WhenReconciling_ThenRejected()
    {
        Assert.Throws<ArgumentNullException>(() => HormoneReceptorClassifier.ReconcileEr(ErStatus.Positive, null!));
        Assert.Throws<ArgumentNullException>(() => HormoneReceptorClassifier.ReconcilePr(PrStatus.Positive, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => HormoneReceptorClassifier.ReconcileEr((ErStatus)42, HormoneReceptorClassifier.ClassifyEr(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => HormoneReceptorClassifier.ReconcilePr((PrStatus)42, HormoneReceptorClassifier.ClassifyPr(5)));
    }
}
