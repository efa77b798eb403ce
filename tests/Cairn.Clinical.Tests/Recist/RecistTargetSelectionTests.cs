using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

public sealed class RecistTargetSelectionTests
{
    // R6: liver 25, 18, 12; lung 15; node 16 (short axis); node 12
    //     -> targets liver 25 and 18, lung 15, node 16 (sum 74); liver 12 and node 12 -> non-target.
    [Theory]
    [InlineData("R6")]
    public void GivenR6Lesions_WhenSelectingTargets_ThenLargestTwoPerOrganAreTargetsAndSumIs74(string caseId)
    {
        Lesion[] lesions =
        [
            Ct("liver-25", "liver", 25),
            Ct("liver-18", "liver", 18),
            Ct("liver-12", "liver", 12),
            Ct("lung-15", "lung", 15),
            Node("node-16", 16, "mediastinal node"),
            Node("node-12", 12, "axillary node"),
        ];

        var baseline = RecistTargetSelection.Select(lesions);

        Assert.Equal(["liver-25", "liver-18", "node-16", "lung-15"], baseline.Targets.Select(l => l.Id));
        Assert.Equal(74.0, baseline.BaselineSumMm);
        Assert.Equal(["liver-12", "node-12"], baseline.NonTargets.Select(l => l.Id));
        Assert.Empty(baseline.NormalLymphNodes);
        Assert.True(baseline.HasMeasurableDisease, caseId);
    }

    [Fact]
    public void GivenSevenMeasurableLesionsInFourOrgans_WhenSelecting_ThenAtMostFiveTotalAndTwoPerOrgan()
    {
        Lesion[] lesions =
        [
            Ct("a1", "liver", 50), Ct("a2", "liver", 45), Ct("a3", "liver", 44),
            Ct("b1", "lung", 40), Ct("b2", "lung", 30),
            Ct("c1", "adrenal", 20),
            Ct("d1", "spleen", 19),
        ];

        var baseline = RecistTargetSelection.Select(lesions);

        Assert.Equal(["a1", "a2", "b1", "b2", "c1"], baseline.Targets.Select(l => l.Id));
        Assert.Equal(["a3", "d1"], baseline.NonTargets.Select(l => l.Id));
        Assert.Equal(185.0, baseline.BaselineSumMm);
    }

    [Fact]
    public void GivenNodesAtDifferentStations_WhenSelecting_ThenAllNodesCountAsOneOrgan()
    {
        Lesion[] lesions = [Node("n1", 30, "axillary"), Node("n2", 25, "mediastinal"), Node("n3", 20, "supraclavicular")];

        var baseline = RecistTargetSelection.Select(lesions);

        Assert.Equal(["n1", "n2"], baseline.Targets.Select(l => l.Id));
        Assert.Equal(["n3"], baseline.NonTargets.Select(l => l.Id));
    }

    [Fact]
    public void GivenOrganNamesDifferingInCaseAndSpaces_WhenSelecting_ThenTheyAreTheSameOrgan()
    {
        Lesion[] lesions = [Ct("x1", "Liver", 30), Ct("x2", " liver ", 29), Ct("x3", "LIVER", 28)];

        var baseline = RecistTargetSelection.Select(lesions);

        Assert.Equal(2, baseline.Targets.Count);
        Assert.Equal(["x3"], baseline.NonTargets.Select(l => l.Id));
    }

    [Fact]
    public void GivenEqualSizes_WhenSelecting_ThenInputOrderBreaksTies()
    {
        Lesion[] lesions = [Ct("first", "liver", 20), Ct("second", "liver", 20), Ct("third", "liver", 20)];

        var baseline = RecistTargetSelection.Select(lesions);

        Assert.Equal(["first", "second"], baseline.Targets.Select(l => l.Id));
    }

    [Fact]
    public void GivenMixedLesions_WhenSelecting_ThenNonMeasurableAndIndeterminateAreNonTargetsAndNormalNodesAreExcluded()
    {
        Lesion[] lesions =
        [
            Ct("liver", "liver", 30),
            Special("effusion", SpecialLesionType.EffusionOrAscites, "pleura"),
            Ct("small", "lung", 6),
            Ct("no-slice", "lung", 25, sliceMm: null),
            Node("normal", 7),
        ];

        var baseline = RecistTargetSelection.Select(lesions);

        Assert.Equal(["liver"], baseline.Targets.Select(l => l.Id));
        Assert.Equal(["effusion", "small", "no-slice"], baseline.NonTargets.Select(l => l.Id));
        Assert.Equal(["normal"], baseline.NormalLymphNodes.Select(l => l.Id));
        Assert.Single(baseline.Warnings);
        Assert.Contains("no-slice", baseline.Warnings[0], StringComparison.Ordinal);
        Assert.Equal(5, baseline.Assessments.Count);
    }

    [Fact]
    public void GivenOnlyNonMeasurableDisease_WhenSelecting_ThenNoTargetsAndWarning()
    {
        var baseline = RecistTargetSelection.Select([Special("bone", SpecialLesionType.BlasticBone)]);

        Assert.False(baseline.HasMeasurableDisease);
        Assert.Equal(0.0, baseline.BaselineSumMm);
        Assert.Contains(baseline.Warnings, w => w.Contains("non-target", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenDesignatedTargets_WhenBuildingBaseline_ThenReportChoiceWins()
    {
        Lesion[] lesions = [Ct("liver-25", "liver", 25), Ct("liver-18", "liver", 18), Ct("lung-15", "lung", 15)];

        var baseline = RecistTargetSelection.FromDesignatedTargets(lesions, ["lung-15", "liver-18"]);

        Assert.Equal(["liver-18", "lung-15"], baseline.Targets.Select(l => l.Id));
        Assert.Equal(["liver-25"], baseline.NonTargets.Select(l => l.Id));
        Assert.Equal(33.0, baseline.BaselineSumMm);
    }

    public static TheoryData<string, string[]> BadDesignations => new()
    {
        { "unknown id", ["nope"] },
        { "repeated id", ["l1", "l1"] },
        { "not measurable", ["small"] },
        { "three in one organ", ["l1", "l2", "l3"] },
        { "six targets", ["l1", "l2", "p1", "p2", "a1", "s1"] },
    };

    [Theory]
    [MemberData(nameof(BadDesignations))]
    public void GivenDesignationBreakingTheRules_WhenBuildingBaseline_ThenArgumentException(string caseId, string[] ids)
    {
        Lesion[] lesions =
        [
            Ct("l1", "liver", 30), Ct("l2", "liver", 25), Ct("l3", "liver", 20),
            Ct("p1", "lung", 30), Ct("p2", "lung", 25),
            Ct("a1", "adrenal", 20), Ct("s1", "spleen", 20),
            Ct("small", "lung", 5),
        ];

        var error = Assert.Throws<ArgumentException>(() => RecistTargetSelection.FromDesignatedTargets(lesions, ids));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), caseId);
    }

    [Fact]
    public void GivenNoLesionsOrDuplicateIds_WhenSelecting_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => RecistTargetSelection.Select([]));
        Assert.Throws<ArgumentException>(() => RecistTargetSelection.Select([Ct("x", "liver", 20), Ct("x", "lung", 20)]));
        Assert.Throws<ArgumentNullException>(() => RecistTargetSelection.Select(null!));
    }
}
