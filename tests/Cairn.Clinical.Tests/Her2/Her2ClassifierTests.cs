using Cairn.Clinical.Her2;

namespace Cairn.Clinical.Tests.Her2;

/// <summary>ONCOLOGY_RULES.md §1.3–1.4 beyond the H table: every group × IHC cell, recounts, discordance, bad input.</summary>
public sealed class Her2ClassifierTests
{
    // One representative (ratio, copies) per group.
    private static readonly Dictionary<Her2IshGroup, (double Ratio, double Copies)> s_groupValues = new()
    {
        [Her2IshGroup.Group1] = (2.3, 5.1),
        [Her2IshGroup.Group2] = (2.1, 3.6),
        [Her2IshGroup.Group3] = (1.8, 6.4),
        [Her2IshGroup.Group4] = (1.6, 4.5),
        [Her2IshGroup.Group5] = (1.5, 3.0),
    };

    // §1.3 table: groups 2-4 against IHC 3+ / 2+ (recount still same group) / 0 / 1+
    [Theory]
    [InlineData("group 2, IHC 3+", Her2IshGroup.Group2, Her2IhcScore.ThreePlus, Her2AscoCapResult.Positive, false, null)]
    [InlineData("group 2, IHC 2+, recount still 2", Her2IshGroup.Group2, Her2IhcScore.TwoPlus, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Low)]
    [InlineData("group 2, IHC 1+", Her2IshGroup.Group2, Her2IhcScore.OnePlus, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Low)]
    [InlineData("group 2, IHC 0", Her2IshGroup.Group2, Her2IhcScore.Zero, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Undetermined)]
    [InlineData("group 3, IHC 3+", Her2IshGroup.Group3, Her2IhcScore.ThreePlus, Her2AscoCapResult.Positive, false, null)]
    [InlineData("group 3, IHC 2+, recount still 3", Her2IshGroup.Group3, Her2IhcScore.TwoPlus, Her2AscoCapResult.Positive, false, null)]
    [InlineData("group 3, IHC 1+", Her2IshGroup.Group3, Her2IhcScore.OnePlus, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Low)]
    [InlineData("group 3, IHC 0", Her2IshGroup.Group3, Her2IhcScore.Zero, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Undetermined)]
    [InlineData("group 4, IHC 3+", Her2IshGroup.Group4, Her2IhcScore.ThreePlus, Her2AscoCapResult.Positive, false, null)]
    [InlineData("group 4, IHC 2+, recount still 4", Her2IshGroup.Group4, Her2IhcScore.TwoPlus, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Low)]
    [InlineData("group 4, IHC 1+", Her2IshGroup.Group4, Her2IhcScore.OnePlus, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Low)]
    [InlineData("group 4, IHC 0", Her2IshGroup.Group4, Her2IhcScore.Zero, Her2AscoCapResult.Negative, true, Her2ExpressionSubgroup.Undetermined)]
    public void GivenGroup2To4WithConcurrentIhc_WhenClassifying_ThenTheSection13TableApplies(
        string caseId,
        Her2IshGroup group,
        Her2IhcScore ihc,
        Her2AscoCapResult expected,
        bool withComment,
        Her2ExpressionSubgroup? subgroup)
    {
        var assessment = Classify(group, ihc, recount: ihc == Her2IhcScore.TwoPlus ? group : null);

        Assert.True(expected == assessment.Result, $"{caseId}: {assessment.Result}");
        Assert.True(withComment == assessment.WithComment, caseId);
        Assert.True(subgroup == assessment.ExpressionSubgroup, $"{caseId}: {assessment.ExpressionSubgroup}");
        Assert.Equal(group, assessment.IshGroup);
        Her2Assertions.IsWellFormed(assessment);
    }

    [Theory]
    [InlineData(Her2IshGroup.Group2)]
    [InlineData(Her2IshGroup.Group3)]
    [InlineData(Her2IshGroup.Group4)]
    public void GivenGroup2To4WithIhc2PlusAndNoRecount_WhenClassifying_ThenIncompleteAndRecountNeeded(Her2IshGroup group)
    {
        var assessment = Classify(group, Her2IhcScore.TwoPlus, recount: null);

        Assert.Equal(Her2AscoCapResult.Incomplete, assessment.Result);
        Assert.Equal(Her2NextStep.BlindedRecount, assessment.NextStep);
        Assert.Null(assessment.ExpressionSubgroup);
        Assert.Contains("recount", assessment.Reason, StringComparison.OrdinalIgnoreCase);
        Her2Assertions.IsWellFormed(assessment);
    }

    [Theory]
    [InlineData(Her2IshGroup.Group2, Her2IshGroup.Group1)]
    [InlineData(Her2IshGroup.Group2, Her2IshGroup.Group5)]
    [InlineData(Her2IshGroup.Group3, Her2IshGroup.Group1)]
    [InlineData(Her2IshGroup.Group3, Her2IshGroup.Group4)]
    [InlineData(Her2IshGroup.Group4, Her2IshGroup.Group3)]
    [InlineData(Her2IshGroup.Group4, Her2IshGroup.Group5)]
    public void GivenIhc2PlusAndRecountInAnotherGroup_WhenClassifying_ThenTheLabAdjudicates(Her2IshGroup group, Her2IshGroup recount)
    {
        var assessment = Classify(group, Her2IhcScore.TwoPlus, recount);

        Assert.Equal(Her2AscoCapResult.Incomplete, assessment.Result);
        Assert.Equal(Her2NextStep.LabAdjudication, assessment.NextStep);
        Assert.Equal(group, assessment.IshGroup);
        Her2Assertions.IsWellFormed(assessment);
    }

    [Theory]
    [InlineData(Her2IshGroup.Group2)]
    [InlineData(Her2IshGroup.Group3)]
    [InlineData(Her2IshGroup.Group4)]
    public void GivenGroup2To4WithoutIhc_WhenClassifying_ThenIncompleteAndConcurrentIhcNeeded(Her2IshGroup group)
    {
        var assessment = Classify(group, ihc: null, recount: null);

        Assert.Equal(Her2AscoCapResult.Incomplete, assessment.Result);
        Assert.Equal(Her2NextStep.ConcurrentIhc, assessment.NextStep);
        Her2Assertions.IsWellFormed(assessment);
    }

    [Fact]
    public void GivenGroup2Ihc2PlusRecountStillGroup2_WhenClassifying_ThenNegativeWithCommentCitesWang2019()
    {
        var assessment = Classify(Her2IshGroup.Group2, Her2IhcScore.TwoPlus, Her2IshGroup.Group2);

        Assert.Equal(Her2AscoCapResult.Negative, assessment.Result);
        Assert.True(assessment.WithComment);
        Assert.Contains("S5", assessment.SourceIds);
    }

    [Theory]
    [InlineData(null, Her2AscoCapResult.Positive)]
    [InlineData(Her2IhcScore.TwoPlus, Her2AscoCapResult.Positive)]
    [InlineData(Her2IhcScore.ThreePlus, Her2AscoCapResult.Positive)]
    public void GivenGroup1_WhenClassifying_ThenPositiveWithoutComment(Her2IhcScore? ihc, Her2AscoCapResult expected)
    {
        var assessment = Classify(Her2IshGroup.Group1, ihc, recount: null);

        Assert.Equal(expected, assessment.Result);
        Assert.False(assessment.WithComment);
        Assert.Equal(Her2IshGroup.Group1, assessment.IshGroup);
        Her2Assertions.IsWellFormed(assessment);
    }

    [Theory]
    [InlineData(null, Her2ExpressionSubgroup.Undetermined)]
    [InlineData(Her2IhcScore.Zero, Her2ExpressionSubgroup.Undetermined)]
    [InlineData(Her2IhcScore.OnePlus, Her2ExpressionSubgroup.Low)]
    [InlineData(Her2IhcScore.TwoPlus, Her2ExpressionSubgroup.Low)]
    public void GivenGroup5_WhenClassifying_ThenNegativeWithSubgroupFromIhc(Her2IhcScore? ihc, Her2ExpressionSubgroup expected)
    {
        var assessment = Classify(Her2IshGroup.Group5, ihc, recount: null);

        Assert.Equal(Her2AscoCapResult.Negative, assessment.Result);
        Assert.False(assessment.WithComment);
        Assert.Equal(expected, assessment.ExpressionSubgroup);
        Her2Assertions.IsWellFormed(assessment);
    }

    // Clinical review item 6: ASCO/CAP 2018 (S1) - IHC 3+ is positive (§1.1) and ISH group 1 is positive (§1.2), so either
    // positive test makes the case HER2-positive. The old expectation (Incomplete, lab adjudication) was wrong; the
    // disagreement is kept as a warning for the lab to review.
    [Theory]
    [InlineData("DIS01 IHC 3+ against ISH group 5", Her2IshGroup.Group5, Her2IhcScore.ThreePlus)]
    [InlineData("DIS02 IHC 1+ against ISH group 1", Her2IshGroup.Group1, Her2IhcScore.OnePlus)]
    [InlineData("DIS03 IHC 0 against ISH group 1", Her2IshGroup.Group1, Her2IhcScore.Zero)]
    public void GivenIhcAndIshThatDisagree_WhenClassifying_ThenPositiveWithAWarningForTheLabToReview(string caseId, Her2IshGroup group, Her2IhcScore ihc)
    {
        var assessment = Classify(group, ihc, recount: null);

        Assert.True(Her2AscoCapResult.Positive == assessment.Result, $"{caseId}: {assessment.Result}");
        Assert.Equal(Her2NextStep.None, assessment.NextStep);
        Assert.Equal(group, assessment.IshGroup);
        Assert.True(assessment.IhcAndIshDisagree, caseId);
        Assert.Equal(Her2Assessment.DiscordanceWarningText, assessment.DiscordanceWarning);
        Assert.Contains("disagree", assessment.Reason, StringComparison.Ordinal);
        Assert.Contains("lab", assessment.Reason, StringComparison.Ordinal);
        Assert.Contains("HER2-positive", assessment.Reason, StringComparison.Ordinal);
        Her2Assertions.IsWellFormed(assessment);
    }

    [Fact]
    public void GivenIhc0WithFaintStainingAgainstIshGroup1_WhenClassifying_ThenPositiveWithTheWarningAndNoSubgroup()
    {
        var (ratio, copies) = s_groupValues[Her2IshGroup.Group1];
        var assessment = Her2Classifier.Classify(new Her2Findings
        {
            IhcScore = Her2IhcScore.Zero,
            IhcZeroStaining = Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent,
            IshRatio = ratio,
            IshAverageCopyNumber = copies,
        });

        Assert.Equal(Her2AscoCapResult.Positive, assessment.Result);
        Assert.True(assessment.IhcAndIshDisagree);
        Assert.Null(assessment.ExpressionSubgroup);
    }

    [Theory]
    [InlineData("AGR01 group 1 without IHC", Her2IshGroup.Group1, null)]
    [InlineData("AGR02 group 1 with IHC 2+", Her2IshGroup.Group1, Her2IhcScore.TwoPlus)]
    [InlineData("AGR03 group 1 with IHC 3+", Her2IshGroup.Group1, Her2IhcScore.ThreePlus)]
    [InlineData("AGR04 group 5 with IHC 0", Her2IshGroup.Group5, Her2IhcScore.Zero)]
    [InlineData("AGR05 group 5 with IHC 2+", Her2IshGroup.Group5, Her2IhcScore.TwoPlus)]
    [InlineData("AGR06 group 3 with IHC 3+", Her2IshGroup.Group3, Her2IhcScore.ThreePlus)]
    [InlineData("AGR07 group 4 with IHC 1+", Her2IshGroup.Group4, Her2IhcScore.OnePlus)]
    public void GivenIhcAndIshThatDoNotDisagree_WhenClassifying_ThenNoDiscordanceWarning(string caseId, Her2IshGroup group, Her2IhcScore? ihc)
    {
        var assessment = Classify(group, ihc, recount: null);

        Assert.False(assessment.IhcAndIshDisagree, caseId);
        Assert.Null(assessment.DiscordanceWarning);
    }

    [Theory]
    [InlineData("DIS02 stated positive, IHC 1+ with ISH group 1", Her2AscoCapResult.Positive, false)]
    [InlineData("DIS02 stated negative, IHC 1+ with ISH group 1", Her2AscoCapResult.Negative, true)]
    public void GivenDiscordantTestsComputedPositive_WhenReconcilingAStatedResult_ThenOnlyAStatedNegativeIsADiscrepancy(
        string caseId, Her2AscoCapResult stated, bool expectedDiscrepancy)
    {
        var computed = Classify(Her2IshGroup.Group1, Her2IhcScore.OnePlus, recount: null);

        var reconciliation = Her2Classifier.Reconcile(new Her2StatedStatus(stated), computed);

        Assert.True(expectedDiscrepancy == reconciliation.HasDiscrepancy, caseId);
        Assert.Equal(stated, reconciliation.Result);
    }

    [Theory]
    [InlineData(Her2IhcZeroStaining.NoStaining, Her2ExpressionSubgroup.Zero)]
    [InlineData(Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent, Her2ExpressionSubgroup.Ultralow)]
    [InlineData(Her2IhcZeroStaining.NotReported, Her2ExpressionSubgroup.Undetermined)]
    public void GivenIhc0InGroup4_WhenClassifying_ThenSubgroupFollowsTheStainingDetail(Her2IhcZeroStaining staining, Her2ExpressionSubgroup expected)
    {
        var (ratio, copies) = s_groupValues[Her2IshGroup.Group4];
        var assessment = Her2Classifier.Classify(new Her2Findings
        {
            IhcScore = Her2IhcScore.Zero,
            IhcZeroStaining = staining,
            IshRatio = ratio,
            IshAverageCopyNumber = copies,
        });

        Assert.Equal(Her2AscoCapResult.Negative, assessment.Result);
        Assert.True(assessment.WithComment);
        Assert.Equal(expected, assessment.ExpressionSubgroup);
    }

    [Theory]
    [InlineData("0%", 0.0, Her2IhcZeroStaining.NoStaining)]
    [InlineData("0.1%", 0.1, Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent)]
    [InlineData("5%", 5.0, Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent)]
    [InlineData("10% (inclusive)", 10.0, Her2IhcZeroStaining.FaintIncompleteInUpToTenPercent)]
    public void GivenPercentOfCellsWithFaintStaining_WhenClassifyingIhc0Detail_ThenUltralowBandIsAboveZeroToTen(
        string caseId,
        double percent,
        Her2IhcZeroStaining expected)
    {
        Assert.True(expected == Her2Classifier.ClassifyIhcZeroStaining(percent), caseId);
    }

    [Theory]
    [InlineData("10.01% is IHC 1+", 10.01)]
    [InlineData("negative", -1.0)]
    [InlineData("NaN", double.NaN)]
    [InlineData("infinite", double.PositiveInfinity)]
    public void GivenImpossibleIhc0Percentage_WhenClassifyingIhc0Detail_ThenArgumentOutOfRange(string caseId, double percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Her2Classifier.ClassifyIhcZeroStaining(percent));
        Assert.True(error.ParamName == "percentOfCellsStained", caseId);
    }

    [Fact]
    public void GivenRatioWithoutCopyNumber_WhenClassifying_ThenRejectedNamingTheRatio()
    {
        var error = Assert.Throws<ArgumentException>(() => Her2Classifier.Classify(new Her2Findings { IhcScore = Her2IhcScore.TwoPlus, IshRatio = 2.3 }));
        Assert.Contains("2.3", error.Message, StringComparison.Ordinal);
        Assert.Contains("copy number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenCopyNumberWithoutRatio_WhenClassifying_ThenRejectedAsSingleProbe()
    {
        var error = Assert.Throws<ArgumentException>(() => Her2Classifier.Classify(new Her2Findings { IshAverageCopyNumber = 6.5 }));
        Assert.Contains("6.5", error.Message, StringComparison.Ordinal);
        Assert.Contains("single-probe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenNoIhcAndNoIsh_WhenClassifying_ThenRejected()
    {
        Assert.Throws<ArgumentException>(() => Her2Classifier.Classify(new Her2Findings()));
    }

    [Fact]
    public void GivenNullFindings_WhenClassifying_ThenArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Her2Classifier.Classify(null!));
    }

    [Theory]
    [InlineData(Her2IhcScore.OnePlus)]
    [InlineData(Her2IhcScore.TwoPlus)]
    [InlineData(Her2IhcScore.ThreePlus)]
    [InlineData(null)]
    public void GivenIhc0StainingDetailWithAnotherScore_WhenClassifying_ThenRejected(Her2IhcScore? ihc)
    {
        var findings = new Her2Findings
        {
            IhcScore = ihc,
            IhcZeroStaining = Her2IhcZeroStaining.NoStaining,
            IshRatio = 1.5,
            IshAverageCopyNumber = 3.0,
        };

        var error = Assert.Throws<ArgumentException>(() => Her2Classifier.Classify(findings));
        Assert.Contains("only applies to IHC 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenRecountWithoutIsh_WhenClassifying_ThenRejected()
    {
        var findings = new Her2Findings { IhcScore = Her2IhcScore.TwoPlus, BlindedRecountGroup = Her2IshGroup.Group3 };

        Assert.Throws<ArgumentException>(() => Her2Classifier.Classify(findings));
    }

    [Theory]
    [InlineData(-0.5, 4.0)]
    [InlineData(2.0, double.NaN)]
    public void GivenInvalidIshValue_WhenClassifying_ThenArgumentOutOfRange(double ratio, double copies)
    {
        var findings = new Her2Findings { IhcScore = Her2IhcScore.TwoPlus, IshRatio = ratio, IshAverageCopyNumber = copies };

        Assert.Throws<ArgumentOutOfRangeException>(() => Her2Classifier.Classify(findings));
    }

    [Fact]
    public void GivenUndefinedEnumValues_WhenClassifying_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Her2Classifier.Classify(new Her2Findings { IhcScore = (Her2IhcScore)9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Her2Classifier.Classify(new Her2Findings
        {
            IhcScore = Her2IhcScore.TwoPlus,
            IshRatio = 1.8,
            IshAverageCopyNumber = 6.4,
            BlindedRecountGroup = (Her2IshGroup)0,
        }));
    }

    [Fact]
    public void GivenEveryCombinationOfInputs_WhenClassifying_ThenEveryResultKeepsItsGuarantees()
    {
        Her2IhcScore?[] scores = [null, Her2IhcScore.Zero, Her2IhcScore.OnePlus, Her2IhcScore.TwoPlus, Her2IhcScore.ThreePlus];
        Her2IshGroup?[] groups = [null, .. Enum.GetValues<Her2IshGroup>().Cast<Her2IshGroup?>()];
        Her2IshGroup?[] recounts = [null, .. Enum.GetValues<Her2IshGroup>().Cast<Her2IshGroup?>()];
        var count = 0;

        foreach (var score in scores)
        {
            foreach (var staining in Enum.GetValues<Her2IhcZeroStaining>())
            {
                foreach (var group in groups)
                {
                    foreach (var recount in recounts)
                    {
                        var validStaining = staining == Her2IhcZeroStaining.NotReported || score == Her2IhcScore.Zero;
                        var validRecount = recount is null || group is not null;
                        if (!validStaining || !validRecount || (score is null && group is null))
                        {
                            continue;
                        }

                        var findings = new Her2Findings
                        {
                            IhcScore = score,
                            IhcZeroStaining = staining,
                            IshRatio = group is { } g ? s_groupValues[g].Ratio : null,
                            IshAverageCopyNumber = group is { } h ? s_groupValues[h].Copies : null,
                            BlindedRecountGroup = recount,
                        };

                        var assessment = Her2Classifier.Classify(findings);
                        Her2Assertions.IsWellFormed(assessment);
                        Assert.Equal(group, assessment.IshGroup);
                        count++;
                    }
                }
            }
        }

        Assert.True(count > 150, $"only {count} combinations were checked");
    }

    private static Her2Assessment Classify(Her2IshGroup group, Her2IhcScore? ihc, Her2IshGroup? recount)
    {
        var (ratio, copies) = s_groupValues[group];
        return Her2Classifier.Classify(new Her2Findings
        {
            IhcScore = ihc,
            IshRatio = ratio,
            IshAverageCopyNumber = copies,
            BlindedRecountGroup = recount,
        });
    }
}
