using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

public sealed class RecistNonTargetResponseTests
{
    private static readonly RecistBaseline s_baseline = RecistTargetSelection.Select(
    [
        Ct("liver", "liver", 30),
        Special("bone", SpecialLesionType.BlasticBone),
        Node("node", 12),
    ]);

    private static RecistTimePoint WithNonTargets(NonTargetLesionState bone, NonTargetLesionState node, double? nodeShortAxis, TumourMarkerStatus markers) =>
        Scan(
            [TargetMeasurement.Measured("liver", 20)],
            [new NonTargetAssessment("bone", bone), new NonTargetAssessment("node", node, nodeShortAxis)],
            markers);

    [Theory]
    [InlineData("all gone, markers normal", NonTargetLesionState.Absent, NonTargetLesionState.Absent, null, TumourMarkerStatus.Normal, NonTargetResponse.CompleteResponse)]
    [InlineData("all gone, markers not used", NonTargetLesionState.Absent, NonTargetLesionState.Absent, null, TumourMarkerStatus.NotApplicable, NonTargetResponse.CompleteResponse)]
    [InlineData("node present at 9 mm counts as normal", NonTargetLesionState.Absent, NonTargetLesionState.Present, 9.0, TumourMarkerStatus.Normal, NonTargetResponse.CompleteResponse)]
    [InlineData("all gone but markers above normal", NonTargetLesionState.Absent, NonTargetLesionState.Absent, null, TumourMarkerStatus.AboveUpperLimit, NonTargetResponse.NonCRNonPD)]
    [InlineData("all gone, marker result missing", NonTargetLesionState.Absent, NonTargetLesionState.Absent, null, TumourMarkerStatus.NotAvailable, NonTargetResponse.NotEvaluable)]
    [InlineData("bone persists", NonTargetLesionState.Present, NonTargetLesionState.Absent, null, TumourMarkerStatus.Normal, NonTargetResponse.NonCRNonPD)]
    [InlineData("bone persists, marker result missing", NonTargetLesionState.Present, NonTargetLesionState.Absent, null, TumourMarkerStatus.NotAvailable, NonTargetResponse.NonCRNonPD)]
    [InlineData("node still 10 mm", NonTargetLesionState.Absent, NonTargetLesionState.Present, 10.0, TumourMarkerStatus.Normal, NonTargetResponse.NonCRNonPD)]
    [InlineData("node present without size", NonTargetLesionState.Absent, NonTargetLesionState.Present, null, TumourMarkerStatus.Normal, NonTargetResponse.NonCRNonPD)]
    [InlineData("one not evaluated", NonTargetLesionState.NotEvaluated, NonTargetLesionState.Absent, null, TumourMarkerStatus.Normal, NonTargetResponse.NotEvaluable)]
    [InlineData("one not evaluated, other persists", NonTargetLesionState.NotEvaluated, NonTargetLesionState.Present, 12.0, TumourMarkerStatus.Normal, NonTargetResponse.NotEvaluable)]
    [InlineData("unequivocal progression", NonTargetLesionState.UnequivocalProgression, NonTargetLesionState.Present, 12.0, TumourMarkerStatus.Normal, NonTargetResponse.ProgressiveDisease)]
    [InlineData("unequivocal progression wins over not evaluated", NonTargetLesionState.UnequivocalProgression, NonTargetLesionState.NotEvaluated, null, TumourMarkerStatus.Normal, NonTargetResponse.ProgressiveDisease)]
    public void GivenNonTargetStates_WhenEvaluating_ThenRecistNonTargetRulesApply(
        string caseId, NonTargetLesionState bone, NonTargetLesionState node, double? nodeShortAxis, TumourMarkerStatus markers, NonTargetResponse expected)
    {
        var result = RecistNonTargetResponse.Evaluate(s_baseline, WithNonTargets(bone, node, nodeShortAxis, markers));

        Assert.True(expected == result.Response, $"{caseId}: expected {expected}, got {result.Response}");
    }

    [Fact]
    public void GivenNodeThatGrewButNotUnequivocally_WhenEvaluating_ThenNotProgressionFromSizeAlone()
    {
        var result = RecistNonTargetResponse.Evaluate(s_baseline, WithNonTargets(NonTargetLesionState.Present, NonTargetLesionState.Present, 14.0, TumourMarkerStatus.Normal));

        Assert.Equal(NonTargetResponse.NonCRNonPD, result.Response);
    }

    [Theory]
    [InlineData("markers normal", TumourMarkerStatus.Normal, NonTargetResponse.CompleteResponse)]
    [InlineData("markers above normal", TumourMarkerStatus.AboveUpperLimit, NonTargetResponse.NonCRNonPD)]
    [InlineData("marker missing", TumourMarkerStatus.NotAvailable, NonTargetResponse.NotEvaluable)]
    public void GivenNoNonTargetLesions_WhenEvaluating_ThenOnlyMarkersCanStopCompleteResponse(string caseId, TumourMarkerStatus markers, NonTargetResponse expected)
    {
        var baseline = SingleTarget(30);

        var result = RecistNonTargetResponse.Evaluate(baseline, Scan([TargetMeasurement.Disappeared("T1")], markers: markers));

        Assert.True(expected == result.Response, caseId);
    }
}
