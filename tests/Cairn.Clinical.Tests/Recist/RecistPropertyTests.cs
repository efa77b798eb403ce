using Cairn.Clinical.Recist;
using FsCheck;
using FsCheck.Fluent;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

/// <summary>Property named in the task: RECIST never reports PR without a ≥30% fall from baseline.</summary>
public sealed class RecistPropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [Fact]
    public void GivenAnySums_WhenSumRulesSayPartialResponse_ThenSumFellAtLeastThirtyPercentFromBaseline()
    {
        var sums =
            from baselineTenths in Gen.Choose(100, 5000)
            from nadirTenths in Gen.Choose(0, baselineTenths)
            from currentTenths in Gen.Choose(0, 6000)
            select (Baseline: baselineTenths / 10m, Nadir: nadirTenths / 10m, Current: currentTenths / 10m);

        Check.One(s_config, Prop.ForAll(Arb.From(sums), s =>
            RecistTargetResponse.FromSums(s.Baseline, s.Nadir, s.Current) != TargetResponse.PartialResponse
            || s.Current <= s.Baseline * 0.7m));
    }

    [Fact]
    public void GivenAnyLesionLevelScan_WhenTargetOrOverallIsPartialResponse_ThenSumFellAtLeastThirtyPercentFromBaseline()
    {
        var lesion =
            from isNode in Gen.Elements(true, false)
            from sizeTenths in Gen.Choose(100, 1200)
            from state in Gen.Choose(0, 3)
            from factorPercent in Gen.Choose(0, 200)
            select new LesionPlan(isNode, sizeTenths / 10.0, state, factorPercent);

        var scenario =
            from count in Gen.Choose(1, 7)
            from lesions in Gen.ListOf(lesion, count)
            from previousFactor in Gen.Choose(-1, 150)
            from markers in Gen.Elements(Enum.GetValues<TumourMarkerStatus>())
            from newLesions in Gen.Elements(NewLesionStatus.None, NewLesionStatus.Equivocal)
            select new Scenario([.. lesions], previousFactor, markers, newLesions);

        Check.One(s_config, Prop.ForAll(Arb.From(scenario), HoldsForScenario));
    }

    private static bool HoldsForScenario(Scenario scenario)
    {
        var lesions = scenario.Lesions
            .Select((plan, i) => plan.IsNode ? Node($"L{i}", plan.SizeMm, $"station{i}") : Ct($"L{i}", $"organ{i}", plan.SizeMm))
            .ToList();
        var plans = scenario.Lesions.Select((plan, i) => (Id: $"L{i}", Plan: plan)).ToDictionary(x => x.Id, x => x.Plan);

        var baseline = RecistTargetSelection.Select(lesions);
        if (!baseline.HasMeasurableDisease)
        {
            return true;
        }

        RecistTimePoint[] previous = scenario.PreviousFactorPercent < 0
            ? []
            : [Scan(
                [.. baseline.Targets.Select(t => TargetMeasurement.Measured(t.Id, plans[t.Id].SizeMm * scenario.PreviousFactorPercent / 100.0))],
                [.. baseline.NonTargets.Select(n => new NonTargetAssessment(n.Id, NonTargetLesionState.Present, n.IsLymphNode ? plans[n.Id].SizeMm : null))],
                scenario.Markers)];

        var current = Scan(
            [.. baseline.Targets.Select(t => Measure(t.Id, plans[t.Id]))],
            [.. baseline.NonTargets.Select(n => Assess(n, plans[n.Id]))],
            scenario.Markers,
            scenario.NewLesions);

        var result = RecistEvaluator.EvaluateTimePoint(baseline, previous, current);
        var reportsPr = result.Overall == OverallResponse.PartialResponse || result.Target?.Response == TargetResponse.PartialResponse;
        if (!reportsPr)
        {
            return true;
        }

        return result.Target is { AllTargetsEvaluated: true } target
            && (decimal)target.CurrentSumMm <= (decimal)baseline.BaselineSumMm * 0.7m;
    }

    private static TargetMeasurement Measure(string id, LesionPlan plan) => plan.State switch
    {
        0 => TargetMeasurement.Measured(id, plan.SizeMm * plan.FactorPercent / 100.0),
        1 => TargetMeasurement.TooSmallToMeasure(id),
        2 => TargetMeasurement.Disappeared(id),
        _ => TargetMeasurement.NotEvaluated(id),
    };

    private static NonTargetAssessment Assess(Lesion lesion, LesionPlan plan) => plan.State switch
    {
        0 => new NonTargetAssessment(lesion.Id, NonTargetLesionState.Present, lesion.IsLymphNode ? plan.SizeMm * plan.FactorPercent / 100.0 : null),
        1 => new NonTargetAssessment(lesion.Id, NonTargetLesionState.Absent),
        2 => new NonTargetAssessment(lesion.Id, NonTargetLesionState.Present, lesion.IsLymphNode ? 5.0 : null),
        _ => new NonTargetAssessment(lesion.Id, NonTargetLesionState.NotEvaluated),
    };

    private sealed record LesionPlan(bool IsNode, double SizeMm, int State, int FactorPercent);

    private sealed record Scenario(LesionPlan[] Lesions, int PreviousFactorPercent, TumourMarkerStatus Markers, NewLesionStatus NewLesions);
}
