using Cairn.Clinical.Sources;
using Cairn.Clinical.Staging;
using FsCheck;
using FsCheck.Fluent;

namespace Cairn.Clinical.Tests.Staging;

public sealed class PrimaryTumourClassifierTests
{
    // ONCOLOGY_RULES.md §3.5, first row: size 0.8 / 1.0 / 5.0 / 5.1 / 20.0 / 20.1 / 50.0 / 51 mm.
    [Theory]
    [InlineData("§3.5 size 0.8 mm", 0.8, TCategory.T1mi)]
    [InlineData("§3.5 size 1.0 mm", 1.0, TCategory.T1mi)]
    [InlineData("§3.5 size 5.0 mm", 5.0, TCategory.T1a)]
    [InlineData("§3.5 size 5.1 mm", 5.1, TCategory.T1b)]
    [InlineData("§3.5 size 20.0 mm", 20.0, TCategory.T1c)]
    [InlineData("§3.5 size 20.1 mm", 20.1, TCategory.T2)]
    [InlineData("§3.5 size 50.0 mm", 50.0, TCategory.T2)]
    [InlineData("§3.5 size 51 mm", 51.0, TCategory.T3)]
    public void GivenSpecTableSize_WhenClassifying_ThenTCategoryMatchesSpec(string caseId, double sizeMm, TCategory expected)
    {
        var result = PrimaryTumourClassifier.ClassifyBySize(sizeMm);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
    }

    // Boundaries implied by §3.1: every band is (lower, upper], compared exactly with no rounding.
    [Theory]
    [InlineData("tiny focus", 0.01, TCategory.T1mi)]
    [InlineData("just above 1", 1.01, TCategory.T1a)]
    [InlineData("just above 1 (1.0001)", 1.0001, TCategory.T1a)]
    [InlineData("1.4 (no AJCC round-up applied)", 1.4, TCategory.T1a)]
    [InlineData("10.0 upper T1b", 10.0, TCategory.T1b)]
    [InlineData("10.1 lower T1c", 10.1, TCategory.T1c)]
    [InlineData("50.1 lower T3", 50.1, TCategory.T3)]
    [InlineData("very large", 250.0, TCategory.T3)]
    public void GivenBoundarySize_WhenClassifying_ThenBandIsLowerExclusiveUpperInclusive(string caseId, double sizeMm, TCategory expected)
    {
        Assert.True(expected == PrimaryTumourClassifier.ClassifyBySize(sizeMm).Category, caseId);
    }

    [Fact]
    public void GivenSize12_WhenClassifying_ThenReasonAndSourcesAreGiven()
    {
        var result = PrimaryTumourClassifier.ClassifyBySize(12);

        Assert.Equal(TCategory.T1c, result.Category);
        Assert.Contains("12 mm", result.Reason, StringComparison.Ordinal);
        Assert.Contains("T1c", result.Reason, StringComparison.Ordinal);
        Assert.Equal(["S13"], result.SourceIds);
        Assert.All(result.SourceIds, id => Assert.True(ClinicalSources.Contains(id)));
    }

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("positive infinity", double.PositiveInfinity)]
    [InlineData("negative infinity", double.NegativeInfinity)]
    [InlineData("negative", -1.0)]
    [InlineData("zero", 0.0)]
    public void GivenInvalidSize_WhenClassifying_ThenArgumentOutOfRange(string caseId, double sizeMm)
    {
        var bySize = Assert.Throws<ArgumentOutOfRangeException>(() => PrimaryTumourClassifier.ClassifyBySize(sizeMm));
        var byFindings = Assert.Throws<ArgumentOutOfRangeException>(
            () => PrimaryTumourClassifier.Classify(new PrimaryTumourFindings { LargestInvasiveFocusMm = sizeMm }));

        Assert.False(string.IsNullOrWhiteSpace(bySize.Message), caseId);
        Assert.Contains("size", byFindings.Message, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, PrimaryTumourFindings, TCategory> DescriptorCases => new()
    {
        { "T4a chest wall, small tumour", new() { LargestInvasiveFocusMm = 8, ChestWallInvasion = true }, TCategory.T4a },
        { "pectoralis alone is not T4a", new() { LargestInvasiveFocusMm = 30, PectoralisMuscleInvasionOnly = true }, TCategory.T2 },
        { "T4b ulceration", new() { LargestInvasiveFocusMm = 15, SkinUlceration = true }, TCategory.T4b },
        { "T4b satellite nodules", new() { LargestInvasiveFocusMm = 15, SatelliteSkinNodules = true }, TCategory.T4b },
        { "T4b peau d'orange", new() { LargestInvasiveFocusMm = 15, SkinOedemaOrPeauDOrange = true }, TCategory.T4b },
        { "dermal invasion alone is not T4b", new() { LargestInvasiveFocusMm = 15, DermalInvasionOnly = true }, TCategory.T1c },
        { "T4c = T4a + T4b", new() { LargestInvasiveFocusMm = 40, ChestWallInvasion = true, SkinUlceration = true }, TCategory.T4c },
        { "T4d inflammatory", new() { InflammatoryCarcinoma = true }, TCategory.T4d },
        { "T4d wins over T4c", new() { LargestInvasiveFocusMm = 60, InflammatoryCarcinoma = true, ChestWallInvasion = true, SkinUlceration = true }, TCategory.T4d },
        { "descriptor overrides T3 size", new() { LargestInvasiveFocusMm = 70, SkinOedemaOrPeauDOrange = true }, TCategory.T4b },
        { "descriptor without size", new() { ChestWallInvasion = true }, TCategory.T4a },
        { "Tis DCIS", new() { InSituDiseaseOnly = TisSubtype.Dcis }, TCategory.Tis },
        { "Tis Paget", new() { InSituDiseaseOnly = TisSubtype.Paget }, TCategory.Tis },
        { "Paget with invasive tumour is staged by size", new() { InSituDiseaseOnly = TisSubtype.Paget, LargestInvasiveFocusMm = 25 }, TCategory.T2 },
        { "DCIS with invasive focus is staged by size", new() { InSituDiseaseOnly = TisSubtype.Dcis, LargestInvasiveFocusMm = 0.5 }, TCategory.T1mi },
        { "T0", new() { NoEvidenceOfPrimaryTumour = true }, TCategory.T0 },
    };

    [Theory]
    [MemberData(nameof(DescriptorCases))]
    public void GivenDescriptors_WhenClassifying_ThenDescriptorsOverrideSizeAsSpecified(string caseId, PrimaryTumourFindings findings, TCategory expected)
    {
        var result = PrimaryTumourClassifier.Classify(findings);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void GivenDcisOnly_WhenClassifying_ThenSubtypeIsKept()
    {
        var result = PrimaryTumourClassifier.Classify(new PrimaryTumourFindings { InSituDiseaseOnly = TisSubtype.Dcis });

        Assert.Equal(TisSubtype.Dcis, result.TisSubtype);
        Assert.Contains("DCIS", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenPectoralisOnly_WhenClassifying_ThenReasonSaysItDoesNotCount()
    {
        var result = PrimaryTumourClassifier.Classify(new PrimaryTumourFindings { LargestInvasiveFocusMm = 30, PectoralisMuscleInvasionOnly = true });

        Assert.Equal(TCategory.T2, result.Category);
        Assert.Contains("does not make it T4", result.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, PrimaryTumourFindings> InvalidFindings => new()
    {
        { "nothing given", new() },
        { "pectoralis only, no size", new() { PectoralisMuscleInvasionOnly = true } },
        { "dermal only, no size", new() { DermalInvasionOnly = true } },
        { "unspecified in-situ type (could be LCIS)", new() { InSituDiseaseOnly = TisSubtype.Unspecified } },
        { "T0 with a size", new() { NoEvidenceOfPrimaryTumour = true, LargestInvasiveFocusMm = 5 } },
        { "T0 with DCIS", new() { NoEvidenceOfPrimaryTumour = true, InSituDiseaseOnly = TisSubtype.Dcis } },
        { "T0 with ulceration", new() { NoEvidenceOfPrimaryTumour = true, SkinUlceration = true } },
    };

    [Theory]
    [MemberData(nameof(InvalidFindings))]
    public void GivenIncompleteOrContradictoryFindings_WhenClassifying_ThenArgumentException(string caseId, PrimaryTumourFindings findings)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => PrimaryTumourClassifier.Classify(findings));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), caseId);
    }

    [Fact]
    public void GivenNullFindings_WhenClassifying_ThenArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => PrimaryTumourClassifier.Classify(null!));
    }

    // Property named in the task: for sizes without descriptors, T never decreases as size grows.
    [Fact]
    public void GivenAnyTwoSizes_WhenTheSecondIsLarger_ThenTCategoryNeverDecreases()
    {
        var boundaries = Gen.Elements(0.001, 0.2, 1.0, 1.0000001, 5.0, 5.0000001, 10.0, 10.0000001, 20.0, 20.0000001, 50.0, 50.0000001, 500.0);
        var anySize = Gen.Choose(1, 300_000).Select(n => n / 1000.0);
        var size = Gen.OneOf(boundaries, anySize);

        Prop.ForAll(Arb.From(Gen.Zip(size, size)), pair =>
        {
            var smaller = Math.Min(pair.Item1, pair.Item2);
            var larger = Math.Max(pair.Item1, pair.Item2);
            var smallerT = PrimaryTumourClassifier.ClassifyBySize(smaller).Category;
            var largerT = PrimaryTumourClassifier.ClassifyBySize(larger).Category;
            return smallerT <= largerT;
        }).QuickCheckThrowOnFailure();
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool GivenAnyPositiveSize_WhenClassifying_ThenOnlySizeBandsAreReturned(PositiveInt hundredthsOfMm)
    {
        var category = PrimaryTumourClassifier.ClassifyBySize(hundredthsOfMm.Get / 100.0).Category;

        return category is TCategory.T1mi or TCategory.T1a or TCategory.T1b or TCategory.T1c or TCategory.T2 or TCategory.T3;
    }
}
