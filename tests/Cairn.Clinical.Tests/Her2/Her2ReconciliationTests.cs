using Cairn.Clinical.Her2;

namespace Cairn.Clinical.Tests.Her2;

/// <summary>ONCOLOGY_RULES.md general rule 1: the stated HER2 result wins; a disagreement is flagged, never overwritten.</summary>
public sealed class Her2ReconciliationTests
{
    [Fact]
    public void GivenStatedPositiveAndComputedNegative_WhenReconciling_ThenStatedWinsWithDiscrepancyWarning()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.OnePlus });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Positive), computed);

        Assert.Equal(Her2AscoCapResult.Positive, reconciliation.Result);
        Assert.Equal(Her2AscoCapResult.Negative, reconciliation.Computed.Result);
        Assert.True(reconciliation.HasDiscrepancy);
        Assert.Equal("Discrepancy – ask your care team", reconciliation.DiscrepancyWarning);
        Assert.Contains("HER2-positive", reconciliation.Reason, StringComparison.Ordinal);
        Assert.Contains("HER2-negative", reconciliation.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(reconciliation.SourceIds);
    }

    [Fact]
    public void GivenStatedAndComputedAgree_WhenReconciling_ThenNoWarning()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.ThreePlus });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Positive), computed);

        Assert.Equal(Her2AscoCapResult.Positive, reconciliation.Result);
        Assert.False(reconciliation.HasDiscrepancy);
        Assert.Null(reconciliation.DiscrepancyWarning);
    }

    [Fact]
    public void GivenStatedHer2LowButComputedHer2Zero_WhenReconciling_ThenSubgroupDiscrepancyIsFlagged()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.Zero, IhcZeroStaining = Her2IhcZeroStaining.NoStaining });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Negative, Her2ExpressionSubgroup.Low), computed);

        Assert.True(reconciliation.HasDiscrepancy);
        Assert.Equal(Her2AscoCapResult.Negative, reconciliation.Result);
        Assert.Equal(Her2ExpressionSubgroup.Low, reconciliation.Subgroup);
        Assert.Equal(Her2ExpressionSubgroup.Zero, reconciliation.Computed.ExpressionSubgroup);
    }

    [Fact]
    public void GivenStatedUltralowAndComputedUndetermined_WhenReconciling_ThenTheReportAddsDetailWithoutDiscrepancy()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.Zero });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Negative, Her2ExpressionSubgroup.Ultralow), computed);

        Assert.False(reconciliation.HasDiscrepancy);
        Assert.Equal(Her2ExpressionSubgroup.Ultralow, reconciliation.Subgroup);
    }

    [Fact]
    public void GivenStatedNegativeWithoutSubgroup_WhenReconciling_ThenSubgroupIsNotFilledInFromTheComputedResult()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.OnePlus });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Negative), computed);

        Assert.False(reconciliation.HasDiscrepancy);
        Assert.Null(reconciliation.Subgroup);
        Assert.Equal(Her2ExpressionSubgroup.Low, reconciliation.Computed.ExpressionSubgroup);
    }

    [Fact]
    public void GivenComputedIncomplete_WhenReconciling_ThenStatedIsUsedAndNoDiscrepancyIsClaimed()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IshRatio = 1.6, IshAverageCopyNumber = 4.5 });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Negative), computed);

        Assert.Equal(Her2AscoCapResult.Incomplete, reconciliation.Computed.Result);
        Assert.Equal(Her2AscoCapResult.Negative, reconciliation.Result);
        Assert.False(reconciliation.HasDiscrepancy);
        Assert.Contains("not enough", reconciliation.Reason, StringComparison.Ordinal);
    }

    // Clinical review item 5: a stated final result next to IHC 2+ with no ISH values is the normal path (ISH was done,
    // its numbers were not passed), not a discrepancy. The old expectation (discrepancy) was wrong.
    [Fact]
    public void GivenComputedEquivocalAndStatedPositive_WhenReconciling_ThenNoDiscrepancyBecauseTheIshValuesWereNotGiven()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.TwoPlus });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Positive), computed);

        Assert.False(reconciliation.HasDiscrepancy);
        Assert.Null(reconciliation.DiscrepancyWarning);
        Assert.Equal(Her2AscoCapResult.Positive, reconciliation.Result);
        Assert.Equal(Her2AscoCapResult.Equivocal, reconciliation.Computed.Result);
        Assert.Contains("HER2-positive", reconciliation.Reason, StringComparison.Ordinal);
        Assert.Contains("ISH", reconciliation.Reason, StringComparison.Ordinal);
        Assert.Contains("not given", reconciliation.Reason, StringComparison.Ordinal);
    }

    // Clinical review item 5: flag only real contradictions between the stated result and the values given.
    [Theory]
    [InlineData("REC01 stated positive, IHC 2+, no ISH values", Her2AscoCapResult.Positive, Her2IhcScore.TwoPlus, null, null, false)]
    [InlineData("REC02 stated negative, IHC 2+, no ISH values", Her2AscoCapResult.Negative, Her2IhcScore.TwoPlus, null, null, false)]
    [InlineData("REC03 stated equivocal, IHC 2+, no ISH values", Her2AscoCapResult.Equivocal, Her2IhcScore.TwoPlus, null, null, false)]
    [InlineData("REC04 stated positive, IHC 1+, no ISH values", Her2AscoCapResult.Positive, Her2IhcScore.OnePlus, null, null, true)]
    [InlineData("REC05 stated positive, IHC 0, no ISH values", Her2AscoCapResult.Positive, Her2IhcScore.Zero, null, null, true)]
    [InlineData("REC06 stated positive, IHC 2+, ISH group 5", Her2AscoCapResult.Positive, Her2IhcScore.TwoPlus, 1.5, 3.0, true)]
    [InlineData("REC07 stated positive, IHC 0, ISH group 5", Her2AscoCapResult.Positive, Her2IhcScore.Zero, 1.5, 3.0, true)]
    [InlineData("REC08 stated positive, ISH group 5, no IHC", Her2AscoCapResult.Positive, null, 1.5, 3.0, true)]
    [InlineData("REC09 stated negative, IHC 3+", Her2AscoCapResult.Negative, Her2IhcScore.ThreePlus, null, null, true)]
    [InlineData("REC10 stated positive, IHC 2+, ISH group 1", Her2AscoCapResult.Positive, Her2IhcScore.TwoPlus, 2.3, 5.1, false)]
    [InlineData("REC11 stated negative, IHC 2+, ISH group 1", Her2AscoCapResult.Negative, Her2IhcScore.TwoPlus, 2.3, 5.1, true)]
    [InlineData("REC12 stated equivocal, IHC 3+", Her2AscoCapResult.Equivocal, Her2IhcScore.ThreePlus, null, null, true)]
    [InlineData("REC13 stated negative, IHC 1+, no ISH values", Her2AscoCapResult.Negative, Her2IhcScore.OnePlus, null, null, false)]
    public void GivenAStatedResultAndTestValues_WhenReconciling_ThenOnlyRealContradictionsAreFlagged(
        string caseId, Her2AscoCapResult stated, Her2IhcScore? ihc, double? ratio, double? copies, bool expectedDiscrepancy)
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = ihc, IshRatio = ratio, IshAverageCopyNumber = copies });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(stated), computed);

        Assert.True(expectedDiscrepancy == reconciliation.HasDiscrepancy, $"{caseId}: {reconciliation.Reason}");
        Assert.Equal(stated, reconciliation.Result);
        Assert.Equal(expectedDiscrepancy ? Her2Reconciliation.DiscrepancyWarningText : null, reconciliation.DiscrepancyWarning);
    }

    [Fact]
    public void GivenStatedNegativeLowAndIhc2PlusWithoutIsh_WhenReconciling_ThenNoDiscrepancyAndTheStatedSubgroupIsKept()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.TwoPlus });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Negative, Her2ExpressionSubgroup.Low), computed);

        Assert.False(reconciliation.HasDiscrepancy);
        Assert.Equal(Her2ExpressionSubgroup.Low, reconciliation.Subgroup);
    }

    [Fact]
    public void GivenStatedSubgroupOnANonNegativeResult_WhenReconciling_ThenRejected()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.ThreePlus });

        Assert.Throws<ArgumentException>(() =>
            Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Positive, Her2ExpressionSubgroup.Low), computed));
    }

    [Fact]
    public void GivenNullArguments_WhenReconciling_ThenArgumentNull()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.ThreePlus });

        Assert.Throws<ArgumentNullException>(() => Her2Classifier.Reconcile(null!, computed));
        Assert.Throws<ArgumentNullException>(() => Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Positive), null!));
    }
}
