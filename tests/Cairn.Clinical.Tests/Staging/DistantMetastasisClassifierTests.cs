using Cairn.Clinical.Staging;

namespace Cairn.Clinical.Tests.Staging;

public sealed class DistantMetastasisClassifierTests
{
    public static TheoryData<string, DistantMetastasisFindings, MCategory?> Rows => new()
    {
        { "M0: nothing found", new(), MCategory.M0 },
        { "cM0(i+): CTCs without signs of metastasis", new() { TumourCellsInBloodMarrowOrDistantNodes = true }, MCategory.M0ItcPositive },
        { "cM0(i+): 0.2 mm marrow deposit", new() { LargestHistologicDistantDepositMm = 0.2 }, MCategory.M0ItcPositive },
        { "M1: 0.21 mm distant deposit", new() { LargestHistologicDistantDepositMm = 0.21 }, MCategory.M1 },
        { "M1: found on imaging", new() { DistantMetastasisFoundClinicallyOrOnImaging = true }, MCategory.M1 },
        { "M1 wins over CTCs", new() { DistantMetastasisFoundClinicallyOrOnImaging = true, TumourCellsInBloodMarrowOrDistantNodes = true }, MCategory.M1 },
        { "M0: symptoms alone, nothing found", new() { SymptomsOrSignsOfMetastasis = true }, MCategory.M0 },
        { "not classified: CTCs plus symptoms", new() { TumourCellsInBloodMarrowOrDistantNodes = true, SymptomsOrSignsOfMetastasis = true }, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void GivenDistantFindings_WhenClassifying_ThenMCategoryMatchesSpec(string caseId, DistantMetastasisFindings findings, MCategory? expected)
    {
        var result = DistantMetastasisClassifier.Classify(findings);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.Equal(expected is null, result.NeedsClinicalAssessment);
        Assert.Equal(["S15"], result.SourceIds);
    }

    [Fact]
    public void GivenCtcsOnly_WhenClassifying_ThenReasonSaysStillM0AndNotSpread()
    {
        var result = DistantMetastasisClassifier.Classify(new DistantMetastasisFindings { TumourCellsInBloodMarrowOrDistantNodes = true });

        Assert.Contains("still counts as M0", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("remission", result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenSymptomsButNothingFound_WhenClassifying_ThenM0AndReasonAsksForCheck()
    {
        var result = DistantMetastasisClassifier.Classify(new DistantMetastasisFindings { SymptomsOrSignsOfMetastasis = true });

        Assert.Equal(MCategory.M0, result.Category);
        Assert.Contains("checked by your care team", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("negative", -1.0)]
    [InlineData("zero", 0.0)]
    public void GivenInvalidDepositSize_WhenClassifying_ThenArgumentOutOfRange(string caseId, double mm)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => DistantMetastasisClassifier.Classify(new DistantMetastasisFindings { LargestHistologicDistantDepositMm = mm }));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), caseId);
    }
}
