using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

/// <summary>
/// Clinical review item 7 and ONCOLOGY_RULES.md general rule 2: every patient-facing reason that states progressive
/// disease (PD) also says it is a trial measurement category for one time point, not a diagnosis on its own, and that
/// the care team decides what it means with other information.
/// </summary>
public sealed class RecistProgressionCaveatTests
{
    [Fact]
    public void GivenTheCaveat_WhenReading_ThenItSaysTrialCategoryOneScanNotADiagnosisAndTheTeamDecides()
    {
        var caveat = RecistEvaluator.ProgressiveDiseaseCaveat;

        Assert.Contains("clinical trials", caveat, StringComparison.Ordinal);
        Assert.Contains("one scan", caveat, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis on its own", caveat, StringComparison.Ordinal);
        Assert.Contains("care team decides what it means", caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenEveryTable1CombinationThatIsPd_WhenCombining_ThenTheReasonCarriesTheCaveat()
    {
        var checkedPd = 0;
        foreach (var target in Enum.GetValues<TargetResponse>())
        {
            foreach (var nonTarget in Enum.GetValues<NonTargetResponse>())
            {
                foreach (var newLesions in Enum.GetValues<NewLesionStatus>())
                {
                    var result = RecistOverallResponse.Combine(target, nonTarget, newLesions);
                    AssertCaveatExactlyWhenPd(
                        $"{target.ToRecistCode()} | {nonTarget.ToRecistCode()} | {newLesions}",
                        result.Response == OverallResponse.ProgressiveDisease,
                        result.Reason);
                    checkedPd += result.Response == OverallResponse.ProgressiveDisease ? 1 : 0;
                }
            }
        }

        Assert.True(checkedPd > 0);
    }

    [Fact]
    public void GivenEveryTable2CombinationThatIsPd_WhenCombiningNonTargetOnly_ThenTheReasonCarriesTheCaveat()
    {
        foreach (var nonTarget in Enum.GetValues<NonTargetResponse>())
        {
            foreach (var newLesions in Enum.GetValues<NewLesionStatus>())
            {
                var result = RecistOverallResponse.CombineNonTargetOnly(nonTarget, newLesions);
                AssertCaveatExactlyWhenPd(
                    $"{nonTarget.ToRecistCode()} | {newLesions}",
                    result.Response == OverallResponse.ProgressiveDisease,
                    result.Reason);
            }
        }
    }

    [Theory]
    [InlineData("R4 nadir 25, now 30: +20% and +5 mm -> PD", 25.0, null, 30.0)]
    [InlineData("R5 baseline 50, nadir 30, now 36 -> PD against nadir", 50.0, 30.0, 36.0)]
    [InlineData("R1 baseline 100, now 70 -> PR (no caveat)", 100.0, null, 70.0)]
    [InlineData("R3 nadir 20, now 24 -> SD (no caveat)", 20.0, null, 24.0)]
    public void GivenSpecSumCases_WhenEvaluatingTargets_ThenOnlyPdReasonsCarryTheCaveat(string caseId, double baselineMm, double? earlierNadirMm, double nowMm)
    {
        var baseline = SingleTarget(baselineMm);
        RecistTimePoint[] previous = earlierNadirMm is { } nadir ? [SingleTargetScan(nadir)] : [];

        var result = RecistTargetResponse.Evaluate(baseline, previous, SingleTargetScan(nowMm));

        AssertCaveatExactlyWhenPd(caseId, result.Response == TargetResponse.ProgressiveDisease, result.Reason);
    }

    [Fact]
    public void GivenATargetNotEvaluatedButTheOthersAlreadyMeetPd_WhenEvaluatingTargets_ThenTheReasonCarriesTheCaveat()
    {
        var baseline = RecistTargetSelection.Select([Ct("a", "liver", 20), Ct("b", "lung", 20), Ct("c", "adrenal", 10)]);

        var result = RecistTargetResponse.Evaluate(
            baseline, [], Scan([TargetMeasurement.Measured("a", 40), TargetMeasurement.Measured("b", 40), TargetMeasurement.NotEvaluated("c")]));

        Assert.Equal(TargetResponse.ProgressiveDisease, result.Response);
        AssertCaveatExactlyWhenPd("missing target, PD anyway", true, result.Reason);
    }

    [Fact]
    public void GivenUnequivocalNonTargetProgression_WhenEvaluatingNonTargets_ThenTheReasonCarriesTheCaveat()
    {
        var baseline = RecistTargetSelection.Select([Ct("liver", "liver", 30), Special("bone", SpecialLesionType.BlasticBone)]);

        var result = RecistNonTargetResponse.Evaluate(
            baseline, Scan([TargetMeasurement.Measured("liver", 20)], [new NonTargetAssessment("bone", NonTargetLesionState.UnequivocalProgression)]));

        Assert.Equal(NonTargetResponse.ProgressiveDisease, result.Response);
        AssertCaveatExactlyWhenPd("non-target PD", true, result.Reason);
    }

    [Fact]
    public void GivenAnUnequivocalNewLesion_WhenEvaluatingTheTimePoint_ThenTheOverallReasonCarriesTheCaveat()
    {
        var result = RecistEvaluator.EvaluateTimePoint(SingleTarget(40), [], SingleTargetScan(20, NewLesionStatus.Unequivocal));

        Assert.Equal(OverallResponse.ProgressiveDisease, result.Overall);
        AssertCaveatExactlyWhenPd("R9-like: new lesion", true, result.Reason);
        Assert.Contains(RecistEvaluator.InterpretationNote, result.Notes);
    }

    private static void AssertCaveatExactlyWhenPd(string caseId, bool isPd, string reason)
    {
        var hasCaveat = reason.Contains(RecistEvaluator.ProgressiveDiseaseCaveat, StringComparison.Ordinal);
        Assert.True(isPd == hasCaveat, $"{caseId}: PD = {isPd}, caveat = {hasCaveat}: {reason}");
        if (isPd)
        {
            Assert.Contains("(PD)", reason, StringComparison.Ordinal);
        }
    }
}
