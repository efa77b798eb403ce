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

    [Fact]
    public void GivenComputedEquivocalAndStatedPositive_WhenReconciling_ThenDiscrepancyIsFlagged()
    {
        var computed = Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.TwoPlus });

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(Her2AscoCapResult.Positive), computed);

        Assert.True(reconciliation.HasDiscrepancy);
        Assert.Equal(Her2AscoCapResult.Positive, reconciliation.Result);
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
