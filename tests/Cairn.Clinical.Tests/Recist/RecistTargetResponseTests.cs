using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

public sealed class RecistTargetResponseTests
{
    [Fact]
    public void GivenSumExactlyThirtyPercentBelowBaselineWithDecimals_WhenEvaluating_ThenPartialResponse()
    {
        // 10.1 + 20.2 = 30.3; 70% of 30.3 = 21.21 exactly. Binary floating point would miss this boundary.
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 20.2), Ct("b", "lung", 10.1)]);
        var scan = Scan([TargetMeasurement.Measured("a", 14.14), TargetMeasurement.Measured("b", 7.07)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], scan);

        Assert.Equal(TargetResponse.PartialResponse, result.Response);
        Assert.Equal(-30.0, result.ChangeFromBaselinePercent!.Value, 6);
    }

    [Fact]
    public void GivenSumExactlyTwentyPercentAndFiveMmAboveNadir_WhenEvaluating_ThenProgressiveDisease()
    {
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 20.2), Ct("b", "lung", 10.1)]);
        var nadirScan = Scan([TargetMeasurement.Measured("a", 16.6), TargetMeasurement.Measured("b", 8.4)]); // 25.0
        var now = Scan([TargetMeasurement.Measured("a", 19.9), TargetMeasurement.Measured("b", 10.1)]);     // 30.0

        var result = RecistTargetResponse.Evaluate(baseline, [nadirScan], now);

        Assert.Equal(TargetResponse.ProgressiveDisease, result.Response);
        Assert.Equal(25.0, result.NadirSumMm);
        Assert.Equal(5.0, result.ChangeFromNadirMm!.Value, 6);
    }

    [Fact]
    public void GivenPrBelowBaselineButPdAboveNadir_WhenEvaluating_ThenProgressiveDiseaseWins()
    {
        // baseline 100, nadir 40, now 65: -35% from baseline (PR level) but +62.5% and +25 mm from nadir.
        var result = RecistTargetResponse.Evaluate(SingleTarget(100), [SingleTargetScan(40)], SingleTargetScan(65));

        Assert.Equal(TargetResponse.ProgressiveDisease, result.Response);
    }

    [Fact]
    public void GivenContinuedShrinkAfterPr_WhenEvaluating_ThenPartialResponseContinues()
    {
        // RECIST working group example: 165 -> 63 -> 65 is continued PR (below 20% and 5 mm over nadir).
        var result = RecistTargetResponse.Evaluate(SingleTarget(165), [SingleTargetScan(63)], SingleTargetScan(65));

        Assert.Equal(TargetResponse.PartialResponse, result.Response);
    }

    [Fact]
    public void GivenEarlierScanNotFullyEvaluated_WhenFindingNadir_ThenItIsIgnored()
    {
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 30), Ct("b", "lung", 20)]);
        var partial = Scan([TargetMeasurement.Measured("a", 10), TargetMeasurement.NotEvaluated("b")]);
        var now = Scan([TargetMeasurement.Measured("a", 22), TargetMeasurement.Measured("b", 15)]);

        var result = RecistTargetResponse.Evaluate(baseline, [partial], now);

        Assert.Equal(50.0, result.NadirSumMm);
        Assert.Equal(TargetResponse.StableDisease, result.Response);
    }

    [Fact]
    public void GivenTooSmallToMeasure_WhenSumming_ThenItCountsAsFiveMm()
    {
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 30), Ct("b", "lung", 20)]);
        var scan = Scan([TargetMeasurement.TooSmallToMeasure("a"), TargetMeasurement.Disappeared("b")]);

        var result = RecistTargetResponse.Evaluate(baseline, [], scan);

        Assert.Equal(5.0, result.CurrentSumMm);
        Assert.Equal(TargetResponse.PartialResponse, result.Response);
    }

    [Fact]
    public void GivenAllNonNodalTargetsGoneButNonTargetNodeStillEnlarged_WhenEvaluating_ThenNotCompleteResponse()
    {
        var baseline = RecistTargetSelection.Select([Ct("liver", "liver", 30), Node("small-node", 12)]);
        var scan = Scan([TargetMeasurement.Disappeared("liver")], [new NonTargetAssessment("small-node", NonTargetLesionState.Present, 11)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], scan);

        Assert.Equal(TargetResponse.PartialResponse, result.Response);
        Assert.Contains("not a complete response", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("non-target node now 9 mm", NonTargetLesionState.Present, 9.0, TargetResponse.CompleteResponse)]
    [InlineData("non-target node absent", NonTargetLesionState.Absent, null, TargetResponse.CompleteResponse)]
    [InlineData("non-target node 10 mm", NonTargetLesionState.Present, 10.0, TargetResponse.PartialResponse)]
    [InlineData("non-target node present, size not given", NonTargetLesionState.Present, null, TargetResponse.PartialResponse)]
    [InlineData("non-target node not evaluated", NonTargetLesionState.NotEvaluated, null, TargetResponse.PartialResponse)]
    public void GivenTargetsGone_WhenNonTargetNodeVaries_ThenCompleteResponseNeedsEveryNodeUnder10Mm(string caseId, NonTargetLesionState state, double? shortAxis, TargetResponse expected)
    {
        var baseline = RecistTargetSelection.Select([Ct("liver", "liver", 30), Node("small-node", 12)]);
        var scan = Scan([TargetMeasurement.Disappeared("liver")], [new NonTargetAssessment("small-node", state, shortAxis)]);

        Assert.True(expected == RecistTargetResponse.Evaluate(baseline, [], scan).Response, caseId);
    }

    [Theory]
    [InlineData("nodal target 9.9 mm", 9.9, TargetResponse.CompleteResponse)]
    [InlineData("nodal target 10 mm", 10.0, TargetResponse.PartialResponse)]
    public void GivenNodalTargetOnly_WhenShrinking_ThenCompleteResponseNeedsUnder10Mm(string caseId, double nowMm, TargetResponse expected)
    {
        var baseline = RecistTargetSelection.Select([Node("node", 20)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], Scan([TargetMeasurement.Measured("node", nowMm)]));

        Assert.True(expected == result.Response, caseId);
    }

    [Fact]
    public void GivenNonNodalTargetTooSmallToMeasure_WhenEvaluating_ThenNotCompleteResponse()
    {
        var baseline = RecistTargetSelection.Select([Ct("liver", "liver", 30)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], Scan([TargetMeasurement.TooSmallToMeasure("liver")]));

        Assert.Equal(TargetResponse.PartialResponse, result.Response);
    }

    [Fact]
    public void GivenTargetNotEvaluated_WhenOthersDoNotShowProgression_ThenNotEvaluable()
    {
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 30), Ct("b", "lung", 20)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], Scan([TargetMeasurement.Measured("a", 20), TargetMeasurement.NotEvaluated("b")]));

        Assert.Equal(TargetResponse.NotEvaluable, result.Response);
        Assert.False(result.AllTargetsEvaluated);
        Assert.Null(result.ChangeFromBaselinePercent);
    }

    [Fact]
    public void GivenTargetNotEvaluated_WhenMeasuredOnesAlreadyShowProgression_ThenProgressiveDisease()
    {
        // baseline 50 with three lesions; two assessed lesions already sum to 80 (RECIST "missing assessments" example).
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 20), Ct("b", "lung", 20), Ct("c", "adrenal", 10)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], Scan([TargetMeasurement.Measured("a", 40), TargetMeasurement.Measured("b", 40), TargetMeasurement.NotEvaluated("c")]));

        Assert.Equal(TargetResponse.ProgressiveDisease, result.Response);
        Assert.False(result.AllTargetsEvaluated);
    }

    [Fact]
    public void GivenNadirZeroAfterCompleteResponse_WhenLesionReappearsAtFiveMm_ThenProgressiveDisease()
    {
        var baseline = SingleTarget(30);
        var gone = Scan([TargetMeasurement.Disappeared("T1")]);

        var result = RecistTargetResponse.Evaluate(baseline, [gone], SingleTargetScan(5));

        Assert.Equal(TargetResponse.ProgressiveDisease, result.Response);
        Assert.Equal(0.0, result.NadirSumMm);
    }

    [Fact]
    public void GivenNoTargets_WhenEvaluatingTargets_ThenArgumentException()
    {
        var baseline = RecistTargetSelection.Select([Special("bone", SpecialLesionType.BlasticBone)]);

        Assert.Throws<ArgumentException>(() => RecistTargetResponse.Evaluate(baseline, [], Scan([], [new NonTargetAssessment("bone", NonTargetLesionState.Present)])));
    }

    public static TheoryData<string, RecistTimePoint> MismatchedScans => new()
    {
        { "target missing", Scan([TargetMeasurement.Measured("a", 10)]) },
        { "unknown target", Scan([TargetMeasurement.Measured("a", 10), TargetMeasurement.Measured("b", 10), TargetMeasurement.Measured("zzz", 1)]) },
        { "target repeated", Scan([TargetMeasurement.Measured("a", 10), TargetMeasurement.Measured("a", 10), TargetMeasurement.Measured("b", 10)]) },
        { "short axis on non-nodal non-target", Scan([TargetMeasurement.Measured("a", 10), TargetMeasurement.Measured("b", 10)], [new NonTargetAssessment("c", NonTargetLesionState.Present, 5)]) },
        { "markers unset", new RecistTimePoint { Targets = [TargetMeasurement.Measured("a", 10), TargetMeasurement.Measured("b", 10)], NonTargets = [new NonTargetAssessment("c", NonTargetLesionState.Present)], Markers = 0, NewLesions = NewLesionStatus.None } },
        { "new lesions unset", new RecistTimePoint { Targets = [TargetMeasurement.Measured("a", 10), TargetMeasurement.Measured("b", 10)], NonTargets = [new NonTargetAssessment("c", NonTargetLesionState.Present)], Markers = TumourMarkerStatus.Normal, NewLesions = 0 } },
    };

    [Theory]
    [MemberData(nameof(MismatchedScans))]
    public void GivenScanNotMatchingBaseline_WhenEvaluating_ThenArgumentException(string caseId, RecistTimePoint scan)
    {
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 30), Ct("b", "lung", 20), Ct("c", "lung", 5)]);

        var error = Assert.ThrowsAny<ArgumentException>(() => RecistEvaluator.EvaluateTimePoint(baseline, [], scan));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), caseId);
    }

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("negative", -1.0)]
    [InlineData("infinite", double.PositiveInfinity)]
    public void GivenInvalidMeasurement_WhenCreating_ThenArgumentOutOfRange(string caseId, double mm)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TargetMeasurement.Measured("lesion-a", mm));

        Assert.True(error.Message.Contains("Target 'lesion-a'", StringComparison.Ordinal), caseId);
    }

    [Fact]
    public void GivenEmptyLesionId_WhenCreatingMeasurement_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TargetMeasurement.Disappeared(""));
        Assert.Throws<ArgumentException>(() => TargetMeasurement.Measured(" ", 3));
    }
}
