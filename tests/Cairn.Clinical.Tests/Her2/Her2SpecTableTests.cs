using Cairn.Clinical.Her2;

namespace Cairn.Clinical.Tests.Her2;

/// <summary>ONCOLOGY_RULES.md §1.5, test cases H1–H16, one row each.</summary>
public sealed class Her2SpecTableTests
{
    // Columns: case id | IHC as written | IHC 0: % of cells with faint staining (null = not reported) | ISH ratio |
    // ISH copies | blinded recount group | expected result | with comment | expected ISH group | expected subgroup | next step
    [Theory]
    [InlineData("H1", "3+", null, null, null, null, Her2AscoCapResult.Positive, false, null, null, Her2NextStep.None)]
    [InlineData("H2", "2+", null, null, null, null, Her2AscoCapResult.Equivocal, false, null, null, Her2NextStep.ReflexIsh)]
    [InlineData("H3", "2+", null, 2.3, 5.1, null, Her2AscoCapResult.Positive, false, 1, null, Her2NextStep.None)]
    [InlineData("H4", "2+", null, 1.5, 3.0, null, Her2AscoCapResult.Negative, false, 5, Her2ExpressionSubgroup.Low, Her2NextStep.None)]
    [InlineData("H5", "1+", null, null, null, null, Her2AscoCapResult.Negative, false, null, Her2ExpressionSubgroup.Low, Her2NextStep.None)]
    [InlineData("H6", "0", 5.0, null, null, null, Her2AscoCapResult.Negative, false, null, Her2ExpressionSubgroup.Ultralow, Her2NextStep.None)]
    [InlineData("H7", "0", 0.0, null, null, null, Her2AscoCapResult.Negative, false, null, Her2ExpressionSubgroup.Zero, Her2NextStep.None)]
    [InlineData("H8", "0", null, null, null, null, Her2AscoCapResult.Negative, false, null, Her2ExpressionSubgroup.Undetermined, Her2NextStep.None)]
    [InlineData("H9", "1+", null, 2.1, 3.6, null, Her2AscoCapResult.Negative, true, 2, Her2ExpressionSubgroup.Low, Her2NextStep.None)]
    [InlineData("H10", "3+", null, 2.1, 3.6, null, Her2AscoCapResult.Positive, false, 2, null, Her2NextStep.None)]
    [InlineData("H11", "2+", null, 1.8, 6.4, 3, Her2AscoCapResult.Positive, false, 3, null, Her2NextStep.None)]
    [InlineData("H12", "0", 0.0, 1.8, 6.4, null, Her2AscoCapResult.Negative, true, 3, Her2ExpressionSubgroup.Zero, Her2NextStep.None)]
    [InlineData("H13", "2+", null, 1.6, 4.5, 4, Her2AscoCapResult.Negative, true, 4, Her2ExpressionSubgroup.Low, Her2NextStep.None)]
    [InlineData("H14", null, null, 1.6, 4.5, null, Her2AscoCapResult.Incomplete, false, 4, null, Her2NextStep.ConcurrentIhc)]
    [InlineData("H15", null, null, 2.00, 4.00, null, Her2AscoCapResult.Positive, false, 1, null, Her2NextStep.None)]
    [InlineData("H16", null, null, 1.99, 6.00, null, Her2AscoCapResult.Incomplete, false, 3, null, Her2NextStep.ConcurrentIhc)]
    public void GivenSpecCase_WhenClassifying_ThenResultMatchesTheSpec(
        string caseId,
        string? ihc,
        double? ihcZeroPercentStained,
        double? ratio,
        double? copies,
        int? recountGroup,
        Her2AscoCapResult expectedResult,
        bool expectedWithComment,
        int? expectedGroup,
        Her2ExpressionSubgroup? expectedSubgroup,
        Her2NextStep expectedNextStep)
    {
        var findings = new Her2Findings
        {
            IhcScore = ihc is null ? null : Her2IhcScoreParser.Parse(ihc),
            IhcZeroStaining = ihcZeroPercentStained is { } percent
                ? Her2Classifier.ClassifyIhcZeroStaining(percent)
                : Her2IhcZeroStaining.NotReported,
            IshRatio = ratio,
            IshAverageCopyNumber = copies,
            BlindedRecountGroup = recountGroup is { } g ? (Her2IshGroup)g : null,
        };

        var assessment = Her2Classifier.Classify(findings);

        Assert.True(expectedResult == assessment.Result, $"{caseId}: expected {expectedResult}, got {assessment.Result}. {assessment.Reason}");
        Assert.True(expectedWithComment == assessment.WithComment, $"{caseId}: with-comment flag");
        Assert.True((expectedGroup is null ? null : (Her2IshGroup?)expectedGroup.Value) == assessment.IshGroup, $"{caseId}: ISH group {assessment.IshGroup}");
        Assert.True(expectedSubgroup == assessment.ExpressionSubgroup, $"{caseId}: expected subgroup {expectedSubgroup}, got {assessment.ExpressionSubgroup}");
        Assert.True(expectedNextStep == assessment.NextStep, $"{caseId}: expected next step {expectedNextStep}, got {assessment.NextStep}");
        Her2Assertions.IsWellFormed(assessment);
    }

    [Theory]
    [InlineData("H15", 2.00, 4.00, Her2IshGroup.Group1)]
    [InlineData("H16", 1.99, 6.00, Her2IshGroup.Group3)]
    public void GivenSpecBoundaryCase_WhenGroupingIsh_ThenGroupMatchesTheSpec(string caseId, double ratio, double copies, Her2IshGroup expected)
    {
        Assert.True(expected == Her2Classifier.GroupIsh(ratio, copies), caseId);
    }
}
