using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

public sealed class RecistMeasurabilityTests
{
    [Theory]
    [InlineData("R10 lesion 8 mm on CT", 8.0, 5.0, LesionMeasurability.NonMeasurable)]
    [InlineData("R10 lesion 8 mm on CT, slice unknown (below 10 whatever the slice)", 8.0, null, LesionMeasurability.NonMeasurable)]
    [InlineData("CT 10 mm, slice 5", 10.0, 5.0, LesionMeasurability.Measurable)]
    [InlineData("CT 9.9 mm, slice 5", 9.9, 5.0, LesionMeasurability.NonMeasurable)]
    [InlineData("CT 10 mm, slice 1", 10.0, 1.0, LesionMeasurability.Measurable)]
    [InlineData("CT 10 mm, slice unknown", 10.0, null, LesionMeasurability.Indeterminate)]
    [InlineData("CT 11.9 mm, slice 6 (needs 12)", 11.9, 6.0, LesionMeasurability.NonMeasurable)]
    [InlineData("CT 12 mm, slice 6 (2x slice)", 12.0, 6.0, LesionMeasurability.Measurable)]
    public void GivenNonNodalCtLesion_WhenAssessing_ThenRecistSizeRuleApplies(string caseId, double diameterMm, double? sliceMm, LesionMeasurability expected)
    {
        var result = RecistMeasurability.Assess(Ct("L1", "liver", diameterMm, sliceMm));

        Assert.True(expected == result.Measurability, $"{caseId}: expected {expected}, got {result.Measurability}");
        Assert.Equal(["S16", "S17"], result.SourceIds);
    }

    [Theory]
    [InlineData("caliper 10 mm", MeasurementMethod.Caliper, 10.0, LesionMeasurability.Measurable)]
    [InlineData("caliper 9.9 mm", MeasurementMethod.Caliper, 9.9, LesionMeasurability.NonMeasurable)]
    [InlineData("chest X-ray 20 mm", MeasurementMethod.ChestXRay, 20.0, LesionMeasurability.Measurable)]
    [InlineData("chest X-ray 19.9 mm", MeasurementMethod.ChestXRay, 19.9, LesionMeasurability.NonMeasurable)]
    [InlineData("chest X-ray 15 mm (enough on CT, not on X-ray)", MeasurementMethod.ChestXRay, 15.0, LesionMeasurability.NonMeasurable)]
    public void GivenCaliperOrChestXRay_WhenAssessing_ThenModalityMinimumApplies(string caseId, MeasurementMethod method, double diameterMm, LesionMeasurability expected)
    {
        var lesion = new Lesion { Id = "L1", Organ = "skin", LongestDiameterMm = diameterMm, Method = method };

        Assert.True(expected == RecistMeasurability.Assess(lesion).Measurability, caseId);
    }

    [Theory]
    [InlineData("node 15 mm short axis", 15.0, LesionMeasurability.Measurable)]
    [InlineData("node 16 mm short axis", 16.0, LesionMeasurability.Measurable)]
    [InlineData("node 14.9 mm: pathological, non-measurable", 14.9, LesionMeasurability.NonMeasurable)]
    [InlineData("node 10 mm: pathological, non-measurable", 10.0, LesionMeasurability.NonMeasurable)]
    [InlineData("node 9.9 mm: normal", 9.9, LesionMeasurability.NormalLymphNode)]
    [InlineData("node short axis not given", null, LesionMeasurability.Indeterminate)]
    public void GivenLymphNode_WhenAssessing_ThenShortAxisDecides(string caseId, double? shortAxisMm, LesionMeasurability expected)
    {
        Assert.True(expected == RecistMeasurability.Assess(Node("N1", shortAxisMm)).Measurability, caseId);
    }

    [Fact]
    public void GivenNodeWithLargeLongAxisButSmallShortAxis_WhenAssessing_ThenLongAxisIsIgnored()
    {
        var node = Node("N1", 8) with { LongestDiameterMm = 30 };

        Assert.Equal(LesionMeasurability.NormalLymphNode, RecistMeasurability.Assess(node).Measurability);
    }

    [Fact]
    public void GivenNodeMeasuredByCaliper_WhenAssessing_ThenNonMeasurableBecauseNodesNeedCt()
    {
        Assert.Equal(LesionMeasurability.NonMeasurable, RecistMeasurability.Assess(Node("N1", 20, method: MeasurementMethod.Caliper)).Measurability);
    }

    [Theory]
    [InlineData("blastic bone", SpecialLesionType.BlasticBone)]
    [InlineData("lytic bone without soft tissue", SpecialLesionType.LyticBoneWithoutSoftTissueComponent)]
    [InlineData("effusion or ascites", SpecialLesionType.EffusionOrAscites)]
    [InlineData("leptomeningeal", SpecialLesionType.Leptomeningeal)]
    [InlineData("inflammatory breast", SpecialLesionType.InflammatoryBreast)]
    [InlineData("lymphangitic", SpecialLesionType.Lymphangitic)]
    public void GivenAlwaysNonMeasurableType_WhenAssessingEvenIfLarge_ThenNonMeasurable(string caseId, SpecialLesionType type)
    {
        var result = RecistMeasurability.Assess(Special("S1", type));

        Assert.True(result.Measurability == LesionMeasurability.NonMeasurable, caseId);
        Assert.Contains("never counts as measurable", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenLyticBoneWithSoftTissueOnCt_WhenAssessing_ThenSoftTissuePartDecides()
    {
        var onCt = Special("B1", SpecialLesionType.LyticOrMixedBoneWithSoftTissueComponent) with { LongestDiameterMm = 25 };
        var small = onCt with { LongestDiameterMm = 9 };
        var byCaliper = onCt with { Method = MeasurementMethod.Caliper, CtSliceThicknessMm = null };

        Assert.Equal(LesionMeasurability.Measurable, RecistMeasurability.Assess(onCt).Measurability);
        Assert.Equal(LesionMeasurability.NonMeasurable, RecistMeasurability.Assess(small).Measurability);
        Assert.Equal(LesionMeasurability.NonMeasurable, RecistMeasurability.Assess(byCaliper).Measurability);
    }

    [Theory]
    [InlineData("irradiated, not progressed", false, LesionMeasurability.NonMeasurable)]
    [InlineData("irradiated, progressed since", true, LesionMeasurability.Measurable)]
    public void GivenPreviouslyIrradiatedLesion_WhenAssessing_ThenCountsOnlyIfProgressed(string caseId, bool progressed, LesionMeasurability expected)
    {
        var lesion = Ct("L1", "chest wall", 30) with { PreviouslyIrradiated = true, ProgressedSinceIrradiation = progressed };

        Assert.True(expected == RecistMeasurability.Assess(lesion).Measurability, caseId);
    }

    [Fact]
    public void GivenNonNodalLesionWithoutDiameter_WhenAssessing_ThenNonMeasurable()
    {
        var lesion = Ct("L1", "lung", 10) with { LongestDiameterMm = null };

        Assert.Equal(LesionMeasurability.NonMeasurable, RecistMeasurability.Assess(lesion).Measurability);
    }

    public static TheoryData<string, Lesion> InvalidLesions => new()
    {
        { "empty id", Ct(" ", "liver", 20) },
        { "empty organ", Ct("L1", "", 20) },
        { "NaN diameter", Ct("L1", "liver", double.NaN) },
        { "negative diameter", Ct("L1", "liver", -3) },
        { "zero diameter", Ct("L1", "liver", 0) },
        { "infinite diameter", Ct("L1", "liver", double.PositiveInfinity) },
        { "zero slice", Ct("L1", "liver", 20, 0) },
        { "negative short axis", Node("N1", -1) },
        { "undefined method", Ct("L1", "liver", 20) with { Method = 0 } },
        { "undefined special type", Ct("L1", "liver", 20) with { SpecialType = (SpecialLesionType)99 } },
        { "progressed but never irradiated", Ct("L1", "liver", 20) with { ProgressedSinceIrradiation = true } },
    };

    [Theory]
    [MemberData(nameof(InvalidLesions))]
    public void GivenInvalidLesion_WhenAssessing_ThenArgumentExceptionWithMessage(string caseId, Lesion lesion)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => RecistMeasurability.Assess(lesion));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), caseId);
    }

    [Fact]
    public void GivenNegativeDiameter_WhenAssessing_ThenMessageNamesTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RecistMeasurability.Assess(Ct("L7", "liver", -3)));

        Assert.Contains("L7", error.Message, StringComparison.Ordinal);
        Assert.Contains("-3", error.Message, StringComparison.Ordinal);
    }
}
