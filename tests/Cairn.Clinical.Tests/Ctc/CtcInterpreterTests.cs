using Cairn.Clinical.Ctc;
using Cairn.Clinical.Sources;
using FsCheck;

namespace Cairn.Clinical.Tests.Ctc;

public sealed class CtcInterpreterTests
{
    // Phrases that would claim an outcome from a CTC count; none may appear in any reason (§5, general rule 2).
    private static readonly string[] s_outcomeClaims =
    [
        "in remission", "remission is", "has recurred", "has returned", "has come back", "is back", "progress",
        "has spread", "is growing", "cured", "complete response",
    ];

    // ONCOLOGY_RULES.md §5 table, one row per case; the "any setting, 0 CTC" row is run for every setting.
    public static TheoryData<string, CtcSetting, int, decimal, CtcCategory, bool> SpecTable => new()
    {
        { "metastatic, 7 CTC/7.5 mL", CtcSetting.Metastatic, 7, 7.5m, CtcCategory.Elevated, true },
        { "metastatic, 4 CTC/7.5 mL", CtcSetting.Metastatic, 4, 7.5m, CtcCategory.BelowThreshold, true },
        { "early stage, 1 CTC/7.5 mL", CtcSetting.EarlyStage, 1, 7.5m, CtcCategory.Detected, true },
        { "any setting, 0 CTC (metastatic)", CtcSetting.Metastatic, 0, 7.5m, CtcCategory.NoneDetected, true },
        { "any setting, 0 CTC (early stage)", CtcSetting.EarlyStage, 0, 7.5m, CtcCategory.NoneDetected, true },
        { "any setting, 0 CTC (unknown setting)", CtcSetting.Unknown, 0, 7.5m, CtcCategory.NoneDetected, false },
        { "volume other than 7.5 mL", CtcSetting.Metastatic, 7, 10m, CtcCategory.NotInterpreted, false },
    };

    [Theory]
    [MemberData(nameof(SpecTable))]
    public void GivenSpecTableRow_WhenInterpreting_ThenCategoryMatchesAndRemissionFlagStaysFalse(
        string caseId, CtcSetting setting, int count, decimal volume, CtcCategory expected, bool thresholdApplied)
    {
        var result = CtcInterpreter.Interpret(count, volume, "CellSearch", setting);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.Equal(thresholdApplied, result.ThresholdApplied);
        Assert.False(result.SupportsRemission);
        Assert.False(result.SupportsTreatmentChange);
        AssertStatesWhatIsAndIsNotEstablished(result);
    }

    [Fact]
    public void GivenMetastaticSevenPer7Point5_WhenInterpreting_ThenUnfavourablePrognosisButNotATreatmentTrigger()
    {
        var result = CtcInterpreter.Interpret(7, 7.5m, "CellSearch", CtcSetting.Metastatic);

        Assert.Equal(CtcCategory.Elevated, result.Category);
        Assert.Equal(5, result.ThresholdPer7Point5Ml);
        Assert.Empty(result.Flags);
        Assert.Contains("less favourable outlook (prognosis)", result.Reason, StringComparison.Ordinal);
        Assert.Contains("SWOG S0500", result.Reason, StringComparison.Ordinal);
        Assert.Contains("S18", result.SourceIds);
        Assert.Contains("S22", result.SourceIds);
        Assert.Contains("S23", result.SourceIds);
    }

    // Clinical review item 10: keep the SWOG S0500 finding accurate but say it gently, and say how decisions are made.
    [Theory]
    [InlineData("metastatic, 5 CTC/7.5 mL", 5)]
    [InlineData("metastatic, 7 CTC/7.5 mL", 7)]
    [InlineData("metastatic, 250 CTC/7.5 mL", 250)]
    public void GivenMetastaticElevatedCount_WhenInterpreting_ThenTheTrialIsExplainedGentlyWithHowDecisionsAreMade(string caseId, int count)
    {
        var result = CtcInterpreter.Interpret(count, 7.5m, "CellSearch", CtcSetting.Metastatic);

        Assert.True(
            result.Reason.Contains(
                "In a large study (SWOG S0500), changing chemotherapy only because the CTC count stayed high did not change how long people lived, so treatment decisions are made with scans, symptoms and exams.",
                StringComparison.Ordinal),
            $"{caseId}: {result.Reason}");
        Assert.DoesNotContain("did not help people live longer", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenEarlyStageOnePer7Point5_WhenInterpreting_ThenHigherRiskOfReturnButStageUnchanged()
    {
        var result = CtcInterpreter.Interpret(1, 7.5m, "CellSearch", CtcSetting.EarlyStage);

        Assert.Equal(CtcCategory.Detected, result.Category);
        Assert.Equal(1, result.ThresholdPer7Point5Ml);
        Assert.Contains("higher risk of the cancer returning", result.Reason, StringComparison.Ordinal);
        Assert.Contains("does not change your stage", result.Reason, StringComparison.Ordinal);
        Assert.Contains("S20", result.SourceIds);
        Assert.Contains("S21", result.SourceIds);
        Assert.Contains("S15", result.SourceIds);
    }

    [Theory]
    [InlineData("metastatic 5 (boundary, >=5)", CtcSetting.Metastatic, 5, CtcCategory.Elevated)]
    [InlineData("metastatic 6", CtcSetting.Metastatic, 6, CtcCategory.Elevated)]
    [InlineData("metastatic 250", CtcSetting.Metastatic, 250, CtcCategory.Elevated)]
    [InlineData("metastatic 1", CtcSetting.Metastatic, 1, CtcCategory.BelowThreshold)]
    [InlineData("metastatic 3", CtcSetting.Metastatic, 3, CtcCategory.BelowThreshold)]
    [InlineData("early 2", CtcSetting.EarlyStage, 2, CtcCategory.Detected)]
    [InlineData("early 5", CtcSetting.EarlyStage, 5, CtcCategory.Detected)]
    [InlineData("early 40", CtcSetting.EarlyStage, 40, CtcCategory.Detected)]
    public void GivenCountsAroundTheCutOffs_WhenInterpreting_ThenBoundariesAreInclusive(
        string caseId, CtcSetting setting, int count, CtcCategory expected)
    {
        var result = CtcInterpreter.Interpret(count, 7.5m, "CellSearch", setting);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.True(result.ThresholdApplied);
    }

    [Theory]
    [InlineData("7.4 mL", "7.4")]
    [InlineData("7.6 mL", "7.6")]
    [InlineData("10 mL", "10")]
    [InlineData("15 mL (two tubes)", "15")]
    [InlineData("0.5 mL", "0.5")]
    public void GivenNonStandardVolume_WhenInterpreting_ThenNoThresholdAndFlagged(string caseId, string volumeText)
    {
        decimal volume = decimal.Parse(volumeText, System.Globalization.CultureInfo.InvariantCulture);

        var result = CtcInterpreter.Interpret(12, volume, "CellSearch", CtcSetting.Metastatic);

        Assert.True(CtcCategory.NotInterpreted == result.Category, caseId);
        Assert.False(result.ThresholdApplied);
        Assert.Null(result.ThresholdPer7Point5Ml);
        Assert.Equal([CtcThresholdIssue.NonStandardBloodVolume], result.Flags);
        Assert.Contains("exactly 7.5 mL", result.Reason, StringComparison.Ordinal);
        Assert.Contains(volumeText + " mL", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenVolumeWrittenAs7Point50_WhenInterpreting_ThenItIsTheStandardVolume()
    {
        var result = CtcInterpreter.Interpret(5, 7.50m, "CellSearch", CtcSetting.Metastatic);

        Assert.Equal(CtcCategory.Elevated, result.Category);
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void GivenZeroCountInNonStandardVolume_WhenInterpreting_ThenNoneDetectedButNoPrognosticGroupAndFlagged()
    {
        var result = CtcInterpreter.Interpret(0, 4m, "CellSearch", CtcSetting.EarlyStage);

        Assert.Equal(CtcCategory.NoneDetected, result.Category);
        Assert.False(result.ThresholdApplied);
        Assert.Equal([CtcThresholdIssue.NonStandardBloodVolume], result.Flags);
        Assert.False(result.SupportsRemission);
        Assert.Contains("no outlook (prognosis) group was given", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenUnknownSetting_WhenInterpreting_ThenNoThresholdAndReasonSaysWhy()
    {
        var result = CtcInterpreter.Interpret(3, 7.5m, "CellSearch", CtcSetting.Unknown);

        Assert.Equal(CtcCategory.NotInterpreted, result.Category);
        Assert.False(result.ThresholdApplied);
        Assert.Equal([CtcThresholdIssue.SettingUnknown], result.Flags);
        Assert.Contains("early breast cancer (cut-off 1)", result.Reason, StringComparison.Ordinal);
        Assert.Contains("metastatic breast cancer (cut-off 5)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenNonCellSearchAssay_WhenInterpreting_ThenNoThresholdAndFlagged()
    {
        var result = CtcInterpreter.Interpret(9, 7.5m, "Parsortix", CtcSetting.Metastatic);

        Assert.Equal(CtcCategory.NotInterpreted, result.Category);
        Assert.Equal([CtcThresholdIssue.AssayNotValidatedForThresholds], result.Flags);
        Assert.Contains("CellSearch", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Parsortix", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenEveryProblemAtOnce_WhenInterpreting_ThenAllFlagsAreListedInOrder()
    {
        var result = CtcInterpreter.Interpret(2, 5m, "Other assay", CtcSetting.Unknown);

        Assert.Equal(
            [CtcThresholdIssue.NonStandardBloodVolume, CtcThresholdIssue.AssayNotValidatedForThresholds, CtcThresholdIssue.SettingUnknown],
            result.Flags);
        Assert.Equal(CtcCategory.NotInterpreted, result.Category);
    }

    [Fact]
    public void GivenNegativeCount_WhenInterpreting_ThenRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CtcInterpreter.Interpret(-1, 7.5m, "CellSearch", CtcSetting.Metastatic));

        Assert.Equal("count", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-7.5")]
    [InlineData("-0.1")]
    [InlineData("0")]
    public void GivenVolumeZeroOrNegative_WhenInterpreting_ThenRejected(string volumeText)
    {
        decimal volume = decimal.Parse(volumeText, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CtcMeasurement(3, volume, "CellSearch"));

        Assert.Equal("bloodVolumeMl", error.ParamName);
        Assert.Contains(volumeText, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void GivenBlankAssayName_WhenMeasuring_ThenRejected(string assay)
    {
        Assert.Throws<ArgumentException>(() => new CtcMeasurement(3, 7.5m, assay));
    }

    [Fact]
    public void GivenUndefinedSetting_WhenInterpreting_ThenRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CtcInterpreter.Interpret(3, 7.5m, "CellSearch", (CtcSetting)42));
    }

    [Fact]
    public void GivenNullMeasurement_WhenInterpreting_ThenRejected()
    {
        Assert.Throws<ArgumentNullException>(() => CtcInterpreter.Interpret(null!, CtcSetting.Metastatic));
    }

    [FsCheck.Xunit.Property]
    public void GivenAnyValidInput_WhenInterpreting_ThenNoOutcomeIsClaimedAndSourcesAreCatalogued(
        NonNegativeInt count, PositiveInt tenthsOfMl, int settingSeed, bool cellSearch)
    {
        var setting = (CtcSetting)(Math.Abs(settingSeed % 3));
        decimal volume = tenthsOfMl.Get / 10m;

        var result = CtcInterpreter.Interpret(count.Get, volume, cellSearch ? "CellSearch" : "Other", setting);

        Assert.False(result.SupportsRemission);
        Assert.False(result.SupportsTreatmentChange);
        AssertStatesWhatIsAndIsNotEstablished(result);
        Assert.Equal(result.ThresholdApplied, result.Flags.Count == 0);
        Assert.Equal(result.ThresholdApplied, result.ThresholdPer7Point5Ml is not null);
        Assert.Equal(count.Get == 0, result.Category == CtcCategory.NoneDetected);
    }

    [FsCheck.Xunit.Property]
    public void GivenMetastaticCellSearchAt7Point5_WhenInterpreting_ThenElevatedExactlyFromFive(NonNegativeInt count)
    {
        var result = CtcInterpreter.Interpret(count.Get, 7.5m, "CellSearch", CtcSetting.Metastatic);

        Assert.Equal(count.Get >= 5, result.Category == CtcCategory.Elevated);
    }

    private static void AssertStatesWhatIsAndIsNotEstablished(CtcInterpretation result)
    {
        Assert.Contains("No guideline uses CTC counts to define remission", result.Reason, StringComparison.Ordinal);
        Assert.Contains("ASCO advises against changing treatment", result.Reason, StringComparison.Ordinal);
        Assert.Contains("care team", result.Reason, StringComparison.Ordinal);
        foreach (string claim in s_outcomeClaims)
        {
            Assert.DoesNotContain(claim, result.Reason, StringComparison.OrdinalIgnoreCase);
        }

        Assert.NotEmpty(result.SourceIds);
        Assert.All(result.SourceIds, id => Assert.True(ClinicalSources.Contains(id), id));
    }
}
