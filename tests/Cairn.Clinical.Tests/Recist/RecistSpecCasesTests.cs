using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

/// <summary>ONCOLOGY_RULES.md §4 test table, R1–R10, one data row per case.</summary>
public sealed class RecistSpecCasesTests
{
    // R1–R5: sums. The nadir is set by an earlier scan; where the spec gives only a nadir, the baseline equals it
    // ("the smallest sum on study, which may be baseline").
    [Theory]
    [InlineData("R1 baseline 100, now 70: -30% -> PR", 100.0, null, 70.0, TargetResponse.PartialResponse)]
    [InlineData("R2 baseline 100, now 71 -> SD", 100.0, null, 71.0, TargetResponse.StableDisease)]
    [InlineData("R3 nadir 20, now 24: +20% but +4 mm -> SD", 20.0, null, 24.0, TargetResponse.StableDisease)]
    [InlineData("R4 nadir 25, now 30: +20% and +5 mm -> PD", 25.0, null, 30.0, TargetResponse.ProgressiveDisease)]
    [InlineData("R5 baseline 50, nadir 30, now 36 -> PD against nadir", 50.0, 30.0, 36.0, TargetResponse.ProgressiveDisease)]
    public void GivenSpecSumCase_WhenEvaluatingTargets_ThenResponseMatchesSpec(string caseId, double baselineMm, double? earlierNadirMm, double nowMm, TargetResponse expected)
    {
        var baseline = SingleTarget(baselineMm);
        RecistTimePoint[] previous = earlierNadirMm is { } nadir ? [SingleTargetScan(nadir)] : [];

        var result = RecistTargetResponse.Evaluate(baseline, previous, SingleTargetScan(nowMm));

        Assert.True(expected == result.Response, $"{caseId}: expected {expected}, got {result.Response}");
        Assert.Equal(earlierNadirMm ?? baselineMm, result.NadirSumMm);
        Assert.Equal(nowMm, result.CurrentSumMm);
    }

    [Theory]
    [InlineData("R1 (sums)", 100, 100, 70, TargetResponse.PartialResponse)]
    [InlineData("R2 (sums)", 100, 100, 71, TargetResponse.StableDisease)]
    [InlineData("R3 (sums)", 20, 20, 24, TargetResponse.StableDisease)]
    [InlineData("R4 (sums)", 25, 25, 30, TargetResponse.ProgressiveDisease)]
    [InlineData("R5 (sums)", 50, 30, 36, TargetResponse.ProgressiveDisease)]
    public void GivenSpecSumCase_WhenApplyingSumRules_ThenResponseMatchesSpec(string caseId, int baseline, int nadir, int now, TargetResponse expected)
    {
        Assert.True(expected == RecistTargetResponse.FromSums(baseline, nadir, now), caseId);
    }

    [Theory]
    [InlineData("R6")]
    public void GivenR6_WhenSelectingTargets_ThenSumIs74(string caseId)
    {
        var baseline = RecistTargetSelection.Select(
        [
            Ct("liver-25", "liver", 25), Ct("liver-18", "liver", 18), Ct("liver-12", "liver", 12),
            Ct("lung-15", "lung", 15), Node("node-16", 16), Node("node-12", 12),
        ]);

        Assert.True(baseline.BaselineSumMm == 74.0, caseId);
        Assert.Equal(["liver-12", "node-12"], baseline.NonTargets.Select(l => l.Id));
    }

    [Theory]
    [InlineData("R7 non-nodal targets gone, nodal target 8 mm -> target CR (sum 8)")]
    public void GivenR7_WhenEvaluatingTargets_ThenCompleteResponseWithNodalSum(string caseId)
    {
        var baseline = RecistTargetSelection.Select([Ct("liver", "liver", 30), Node("node", 18)]);
        var scan = Scan([TargetMeasurement.Disappeared("liver"), TargetMeasurement.Measured("node", 8)]);

        var result = RecistTargetResponse.Evaluate(baseline, [], scan);

        Assert.True(result.Response == TargetResponse.CompleteResponse, caseId);
        Assert.Equal(8.0, result.CurrentSumMm);
    }

    [Theory]
    [InlineData("R8 target CR, non-target persists, no new lesion -> PR")]
    public void GivenR8_WhenEvaluatingTimePoint_ThenOverallPartialResponse(string caseId)
    {
        var baseline = RecistTargetSelection.Select([Ct("liver", "liver", 30), Special("bone", SpecialLesionType.BlasticBone)]);
        var scan = Scan(
            [TargetMeasurement.Disappeared("liver")],
            [new NonTargetAssessment("bone", NonTargetLesionState.Present)]);

        var result = RecistEvaluator.EvaluateTimePoint(baseline, [], scan);

        Assert.True(result.Overall == OverallResponse.PartialResponse, caseId);
        Assert.Equal(TargetResponse.CompleteResponse, result.Target!.Response);
        Assert.Equal(NonTargetResponse.NonCRNonPD, result.NonTarget.Response);
        Assert.Equal(OverallResponse.PartialResponse, RecistOverallResponse.Combine(TargetResponse.CompleteResponse, NonTargetResponse.NonCRNonPD, NewLesionStatus.None).Response);
    }

    [Theory]
    [InlineData("R9 target PR, new bone lesion -> PD")]
    public void GivenR9_WhenEvaluatingTimePoint_ThenOverallProgressiveDisease(string caseId)
    {
        var baseline = SingleTarget(100);

        var result = RecistEvaluator.EvaluateTimePoint(baseline, [], SingleTargetScan(60, NewLesionStatus.Unequivocal));

        Assert.True(result.Overall == OverallResponse.ProgressiveDisease, caseId);
        Assert.Equal(TargetResponse.PartialResponse, result.Target!.Response);
        Assert.Equal(OverallResponse.ProgressiveDisease, RecistOverallResponse.Combine(TargetResponse.PartialResponse, NonTargetResponse.CompleteResponse, NewLesionStatus.Unequivocal).Response);
    }

    [Theory]
    [InlineData("R10 lesion 8 mm on CT -> non-measurable")]
    public void GivenR10_WhenAssessing_ThenNonMeasurable(string caseId)
    {
        Assert.True(RecistMeasurability.Assess(Ct("L1", "lung", 8)).Measurability == LesionMeasurability.NonMeasurable, caseId);
    }
}
