using Cairn.Clinical.Markers;
using FsCheck;
using static Cairn.Clinical.Tests.Markers.MarkerTestData;

namespace Cairn.Clinical.Tests.Markers;

public sealed class MarkerInterpreterTests
{
    // ONCOLOGY_RULES.md §6 "Reference limits" table: each typical limit at, just under and just over its boundary,
    // with the boundary read exactly as the spec writes it (≤38.0, ≤3.0, <5.0, "≥30 elevated").
    public static TheoryData<string, TumourMarker, SmokingStatus, decimal, MarkerRangeStatus> ReferenceLimitTable => new()
    {
        { "CA 27.29 <=38.0 U/mL: 37.9", TumourMarker.Ca2729, SmokingStatus.Unknown, 37.9m, MarkerRangeStatus.WithinRange },
        { "CA 27.29 <=38.0 U/mL: 38.0", TumourMarker.Ca2729, SmokingStatus.Unknown, 38.0m, MarkerRangeStatus.WithinRange },
        { "CA 27.29 <=38.0 U/mL: 38.1", TumourMarker.Ca2729, SmokingStatus.Unknown, 38.1m, MarkerRangeStatus.AboveRange },
        { "CEA <=3.0 ng/mL non-smoker: 3.0", TumourMarker.Cea, SmokingStatus.NonSmoker, 3.0m, MarkerRangeStatus.WithinRange },
        { "CEA <=3.0 ng/mL non-smoker: 3.1", TumourMarker.Cea, SmokingStatus.NonSmoker, 3.1m, MarkerRangeStatus.AboveRange },
        { "CEA smokers <5.0 ng/mL: 4.9", TumourMarker.Cea, SmokingStatus.Smoker, 4.9m, MarkerRangeStatus.WithinRange },
        { "CEA smokers <5.0 ng/mL: 5.0", TumourMarker.Cea, SmokingStatus.Smoker, 5.0m, MarkerRangeStatus.AboveRange },
        { "CA 15-3 about 30 U/mL: 29.9", TumourMarker.Ca153, SmokingStatus.Unknown, 29.9m, MarkerRangeStatus.WithinRange },
        { "CA 15-3 about 30 U/mL (>=30 elevated): 30", TumourMarker.Ca153, SmokingStatus.Unknown, 30m, MarkerRangeStatus.AboveRange },
    };

    [Theory]
    [MemberData(nameof(ReferenceLimitTable))]
    public void GivenNoLabRange_WhenInterpreting_ThenTypicalLimitIsUsedAndSaidSo(
        string caseId, TumourMarker marker, SmokingStatus smoking, decimal value, MarkerRangeStatus expected)
    {
        var unit = TumourMarkerName.CanonicalUnit(marker);
        var result = new MarkerResult(marker, value, unit, Day0, LabA);

        var reading = MarkerInterpreter.Interpret(result, new MarkerContext(Smoking: smoking));

        Assert.True(expected == reading.Status, $"{caseId}: expected {expected}, got {reading.Status}");
        Assert.True(reading.DefaultRangeUsed);
        var limit = Assert.Single(reading.LimitsUsed);
        Assert.Equal(ReferenceLimitSource.TypicalDefault, limit.Source);
        Assert.Contains(reading.Notes, note => note.Kind == MarkerNoteKind.DefaultRangeUsed);
        Assert.Contains("lab's own range was not given", reading.Reason + string.Join(' ', reading.Notes.Select(n => n.Text)), StringComparison.Ordinal);
        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
    }

    [Fact]
    public void GivenSpecRowCa2729Of45WithLabLimit38_WhenInterpreting_ThenAboveRangeWithNoRecurrenceClaim()
    {
        var reading = MarkerInterpreter.Interpret(Ca2729(45m, labUpperLimit: 38m));

        Assert.Equal(MarkerRangeStatus.AboveRange, reading.Status);
        Assert.False(reading.DefaultRangeUsed);
        Assert.Equal(ReferenceLimitSource.Lab, Assert.Single(reading.LimitsUsed).Source);
        Assert.DoesNotContain(reading.Notes, note => note.Kind == MarkerNoteKind.DefaultRangeUsed);
        Assert.False(reading.SupportsRecurrenceOrProgression);
        Assert.Equal(
            "Your CA 27.29 result of 45 U/mL on 2026-01-05 is above the lab's range (up to 38 U/mL). One marker result cannot show on its own what the cancer is doing, so please discuss it with your care team.",
            reading.Reason);
        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
    }

    [Fact]
    public void GivenSpecRowEarlyStageSurvivorWithoutSymptoms_WhenInterpreting_ThenAscoRoutineTestingNoteIsAdded()
    {
        var context = new MarkerContext(MarkerSetting.EarlyStageAfterTreatment, SymptomStatus.NoSymptoms, SmokingStatus.NonSmoker);

        var reading = MarkerInterpreter.Interpret(Cea(2.0m), context);

        var note = Assert.Single(reading.Notes, n => n.Kind == MarkerNoteKind.RoutineTestingNotRecommended);
        Assert.Contains("ASCO does not recommend routine tumour marker tests", note.Text, StringComparison.Ordinal);
        Assert.Contains("S27", note.SourceIds);
        Assert.Contains("S27", reading.SourceIds);
        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
    }

    [Theory]
    [InlineData("early stage, symptoms", MarkerSetting.EarlyStageAfterTreatment, SymptomStatus.HasSymptoms)]
    [InlineData("early stage, symptoms unknown", MarkerSetting.EarlyStageAfterTreatment, SymptomStatus.Unknown)]
    [InlineData("metastatic, no symptoms", MarkerSetting.Metastatic, SymptomStatus.NoSymptoms)]
    [InlineData("unknown setting, no symptoms", MarkerSetting.Unknown, SymptomStatus.NoSymptoms)]
    public void GivenNotAnAsymptomaticEarlySurvivor_WhenInterpreting_ThenNoRoutineTestingNote(
        string caseId, MarkerSetting setting, SymptomStatus symptoms)
    {
        var reading = MarkerInterpreter.Interpret(Cea(2.0m), new MarkerContext(setting, symptoms));

        Assert.True(reading.Notes.All(n => n.Kind != MarkerNoteKind.RoutineTestingNotRecommended), caseId);
    }

    [Fact]
    public void GivenMetastaticSetting_WhenInterpreting_ThenAdjunctOnlyNoteCitesAscoAndEso()
    {
        var reading = MarkerInterpreter.Interpret(Ca153(55m, labUpperLimit: 31m), new MarkerContext(MarkerSetting.Metastatic));

        var note = Assert.Single(reading.Notes, n => n.Kind == MarkerNoteKind.AdjunctOnlyInMetastaticDisease);
        Assert.Contains("never on their own", note.Text, StringComparison.Ordinal);
        Assert.Equal(["S23", "S24", "S28", "S29"], note.SourceIds);
        Assert.Equal(MarkerRangeStatus.AboveRange, reading.Status);
        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
    }

    [Theory]
    [InlineData("CEA 4.0 with lab limit 5.0, non-smoker: lab wins", 4.0, 5.0, SmokingStatus.NonSmoker, MarkerRangeStatus.WithinRange)]
    [InlineData("CEA 5.0 with lab limit 5.0: lab limit is inclusive", 5.0, 5.0, SmokingStatus.Smoker, MarkerRangeStatus.WithinRange)]
    [InlineData("CEA 2.6 with lab limit 2.5, smoker: lab wins", 2.6, 2.5, SmokingStatus.Smoker, MarkerRangeStatus.AboveRange)]
    public void GivenLabRange_WhenInterpreting_ThenLabRangeWinsOverTypicalLimit(
        string caseId, double value, double labLimit, SmokingStatus smoking, MarkerRangeStatus expected)
    {
        var reading = MarkerInterpreter.Interpret(Cea((decimal)value, labUpperLimit: (decimal)labLimit), new MarkerContext(Smoking: smoking));

        Assert.True(expected == reading.Status, caseId);
        Assert.False(reading.DefaultRangeUsed);
        Assert.Equal((decimal)labLimit, Assert.Single(reading.LimitsUsed).UpperLimit);
    }

    [Theory]
    [InlineData("2.5 is within both limits", 2.5, MarkerRangeStatus.WithinRange)]
    [InlineData("3.0 is within both limits", 3.0, MarkerRangeStatus.WithinRange)]
    [InlineData("3.1 lies between the limits", 3.1, MarkerRangeStatus.DependsOnSmokingStatus)]
    [InlineData("4.99 lies between the limits", 4.99, MarkerRangeStatus.DependsOnSmokingStatus)]
    [InlineData("5.0 is above both limits", 5.0, MarkerRangeStatus.AboveRange)]
    [InlineData("9.0 is above both limits", 9.0, MarkerRangeStatus.AboveRange)]
    public void GivenCeaWithoutLabRangeAndUnknownSmoking_WhenInterpreting_ThenNoSmokingStatusIsGuessed(
        string caseId, double value, MarkerRangeStatus expected)
    {
        var reading = MarkerInterpreter.Interpret(Cea((decimal)value));

        Assert.True(expected == reading.Status, caseId);
        Assert.Equal([TypicalReferenceLimits.CeaNonSmoker, TypicalReferenceLimits.CeaSmoker], reading.LimitsUsed);
        Assert.Equal(
            expected == MarkerRangeStatus.DependsOnSmokingStatus,
            reading.Notes.Any(n => n.Kind == MarkerNoteKind.SmokingStatusNeeded));
        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
    }

    [Theory]
    [InlineData("day 0 (start)", 0, true)]
    [InlineData("day 28 (4 weeks)", 28, true)]
    [InlineData("day 42 (6 weeks, boundary)", 42, true)]
    [InlineData("day 43", 43, false)]
    [InlineData("day -1 (before the therapy)", -1, false)]
    public void GivenAboveRangeResultNearNewTherapyStart_WhenInterpreting_ThenFlareIsNotedOnlyInFirstSixWeeks(
        string caseId, int daysAfterStart, bool expectFlare)
    {
        var start = new DateOnly(2026, 3, 1);
        var result = new MarkerResult(
            TumourMarker.Ca153, 48m, MarkerUnit.UnitsPerMillilitre, start.AddDays(daysAfterStart), LabA, 30m);

        var reading = MarkerInterpreter.Interpret(result, new MarkerContext(MarkerSetting.Metastatic, NewTherapyStartDate: start));

        Assert.True(expectFlare == reading.Notes.Any(n => n.Kind == MarkerNoteKind.PossibleEarlyFlare), caseId);
        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
    }

    [Fact]
    public void GivenWithinRangeResultInFlareWindow_WhenInterpreting_ThenNoFlareNote()
    {
        var start = Day0.AddDays(-10);

        var reading = MarkerInterpreter.Interpret(Ca153(12m, labUpperLimit: 30m), new MarkerContext(NewTherapyStartDate: start));

        Assert.Equal(MarkerRangeStatus.WithinRange, reading.Status);
        Assert.DoesNotContain(reading.Notes, n => n.Kind == MarkerNoteKind.PossibleEarlyFlare);
    }

    [Fact]
    public void GivenNoTherapyStartDate_WhenInterpreting_ThenNoFlareNote()
    {
        var reading = MarkerInterpreter.Interpret(Ca153(80m, labUpperLimit: 30m), new MarkerContext(MarkerSetting.Metastatic));

        Assert.DoesNotContain(reading.Notes, n => n.Kind == MarkerNoteKind.PossibleEarlyFlare);
    }

    [Theory]
    [InlineData("CEA in U/mL", TumourMarker.Cea, MarkerUnit.UnitsPerMillilitre)]
    [InlineData("CA 15-3 in ng/mL", TumourMarker.Ca153, MarkerUnit.NanogramsPerMillilitre)]
    [InlineData("CA 27.29 in ng/mL", TumourMarker.Ca2729, MarkerUnit.NanogramsPerMillilitre)]
    public void GivenUnitThatDoesNotBelongToTheMarker_WhenCreatingResult_ThenRejected(
        string caseId, TumourMarker marker, MarkerUnit unit)
    {
        var error = Assert.Throws<ArgumentException>(() => new MarkerResult(marker, 4m, unit, Day0, LabA));

        Assert.True(error.ParamName == "unit", caseId);
        Assert.Contains(MarkerUnitName.Symbol(unit), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenNegativeValue_WhenCreatingResult_ThenRejectedNamingTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Cea(-0.1m));

        Assert.Equal("value", error.ParamName);
        Assert.Contains("-0.1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    public void GivenLabLimitZeroOrNegative_WhenCreatingResult_ThenRejected(double limit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Cea(2m, labUpperLimit: (decimal)limit));

        Assert.Equal("labUpperLimit", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void GivenBlankLabAssayId_WhenCreatingResult_ThenRejected(string lab)
    {
        Assert.Throws<ArgumentException>(() => Cea(2m, lab: lab));
    }

    [Fact]
    public void GivenUndefinedMarkerOrContextValue_WhenUsed_ThenRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new MarkerResult((TumourMarker)9, 1m, MarkerUnit.UnitsPerMillilitre, Day0, LabA));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => MarkerInterpreter.Interpret(Cea(1m), new MarkerContext(Smoking: (SmokingStatus)7)));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => MarkerInterpreter.Interpret(Cea(1m), new MarkerContext((MarkerSetting)7)));
        Assert.Throws<ArgumentNullException>(() => MarkerInterpreter.Interpret(null!));
    }

    [Fact]
    public void GivenLabIdWithExtraSpaces_WhenCreatingResult_ThenWhitespaceIsCollapsed()
    {
        var result = Cea(1m, lab: "  City   Lab \t/ Roche  ");

        Assert.Equal("City Lab / Roche", result.LabAssayId);
        Assert.True(result.IsSameLabAndAssay(Cea(2m, lab: "city lab / ROCHE")));
    }

    [FsCheck.Xunit.Property]
    public void GivenAnyValueAndContext_WhenInterpreting_ThenWordingIsSafeAndAboveMeansAboveTheLabLimit(
        NonNegativeInt hundredths, PositiveInt limitTenths, int markerSeed, int settingSeed, int symptomSeed, bool hasLabLimit)
    {
        var marker = (TumourMarker)Math.Abs(markerSeed % 3);
        decimal value = hundredths.Get / 100m;
        decimal? labLimit = hasLabLimit ? limitTenths.Get / 10m : (decimal?)null;
        var context = new MarkerContext((MarkerSetting)Math.Abs(settingSeed % 3), (SymptomStatus)Math.Abs(symptomSeed % 3), SmokingStatus.Unknown);
        var result = new MarkerResult(marker, value, TumourMarkerName.CanonicalUnit(marker), Day0, LabA, labLimit);

        var reading = MarkerInterpreter.Interpret(result, context);

        AssertSafeWording(reading.Reason, reading.Notes, reading.SourceIds);
        Assert.False(reading.SupportsRecurrenceOrProgression);
        if (labLimit is { } limit)
        {
            Assert.Equal(value > limit, reading.Status == MarkerRangeStatus.AboveRange);
        }
    }
}
