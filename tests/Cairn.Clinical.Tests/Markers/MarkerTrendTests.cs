using Cairn.Clinical.Markers;
using FsCheck;
using static Cairn.Clinical.Tests.Markers.MarkerTestData;

namespace Cairn.Clinical.Tests.Markers;

public sealed class MarkerTrendTests
{
    private static readonly MarkerContext s_nonSmoker = new(Smoking: SmokingStatus.NonSmoker);

    [Fact]
    public void GivenSpecRowCeaRisingOverThreeResultsSameLabNonSmoker_WhenAnalysing_ThenRisingAndAboveRangeDiscussWithTeam()
    {
        MarkerResult[] series = [Cea(2.1m, 0), Cea(3.4m, 30), Cea(4.6m, 60)];

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker);

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
        Assert.Equal(TumourMarker.Cea, trend.Marker);
        Assert.Equal(3, trend.ConsecutiveRisingResults);
        Assert.Equal(3, trend.MinimumConsecutiveResults);
        Assert.NotNull(trend.Latest);
        Assert.Equal(MarkerRangeStatus.AboveRange, trend.Latest.Status);
        Assert.True(trend.Latest.DefaultRangeUsed);
        Assert.Equal(
            "Your CEA went up across 3 results in a row from the same lab and test (2.1, 3.4, 4.6 ng/mL), and the latest result of 4.6 ng/mL on 2026-03-06 is above the typical range for non-smokers (up to 3.0 ng/mL); the lab's own range was not given. Marker results cannot show on their own what the cancer is doing, so please discuss them with your care team.",
            trend.Reason);
        Assert.False(trend.SupportsRecurrenceOrProgression);
        Assert.Contains("S30", trend.SourceIds);
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }

    [Fact]
    public void GivenSpecRowCa153FromTwoDifferentLabs_WhenAnalysing_ThenNoTrendIsComputedAndReasonSaysWhy()
    {
        MarkerResult[] series = [Ca153(20m, 0, LabA), Ca153(28m, 30, LabA), Ca153(35m, 60, LabB)];

        var trend = MarkerInterpreter.AnalyzeTrend(series);

        Assert.Equal(MarkerTrendStatus.NotComputedMixedLabsOrAssays, trend.Status);
        Assert.Equal(TumourMarker.Ca153, trend.Marker);
        Assert.Equal(0, trend.ConsecutiveRisingResults);
        Assert.Empty(trend.ComparedResults);
        Assert.Null(trend.Latest);
        Assert.Contains("different labs or tests", trend.Reason, StringComparison.Ordinal);
        Assert.Contains(LabA, trend.Reason, StringComparison.Ordinal);
        Assert.Contains(LabB, trend.Reason, StringComparison.Ordinal);
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }

    [Fact]
    public void GivenSameLabAndAssayOtherwiseRisingButOneFromAnotherAssay_WhenAnalysing_ThenNoTrend()
    {
        MarkerResult[] series = [Cea(2.1m, 0), Cea(3.4m, 30), Cea(4.6m, 60, "City Lab / Siemens Atellica"), Cea(5.0m, 90)];

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker);

        Assert.Equal(MarkerTrendStatus.NotComputedMixedLabsOrAssays, trend.Status);
    }

    [Fact]
    public void GivenLabIdsDifferingOnlyInCaseAndSpacing_WhenAnalysing_ThenTheyAreTheSameLab()
    {
        MarkerResult[] series = [Cea(2.1m, 0, "city lab / roche elecsys"), Cea(3.4m, 30, "City  Lab / Roche Elecsys "), Cea(4.6m, 60)];

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker);

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
    }

    [Fact]
    public void GivenMixedMarkers_WhenAnalysing_ThenNoTrendIsComputed()
    {
        MarkerResult[] series = [Cea(2.1m, 0), Ca153(25m, 30), Cea(4.6m, 60)];

        var trend = MarkerInterpreter.AnalyzeTrend(series);

        Assert.Equal(MarkerTrendStatus.NotComputedMixedMarkers, trend.Status);
        Assert.Null(trend.Marker);
        Assert.Null(trend.Latest);
        Assert.Contains("different markers (CA 15-3, CEA)", trend.Reason, StringComparison.Ordinal);
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }

    [Fact]
    public void GivenUnsortedDates_WhenAnalysing_ThenResultsAreOrderedByDateBeforeComparing()
    {
        MarkerResult[] sorted = [Cea(2.1m, 0), Cea(3.4m, 30), Cea(4.6m, 60)];
        MarkerResult[] unsorted = [sorted[2], sorted[0], sorted[1]];

        var trend = MarkerInterpreter.AnalyzeTrend(unsorted, s_nonSmoker);

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
        Assert.Equal(sorted, trend.ComparedResults);
        Assert.Equal(4.6m, trend.Latest!.Result.Value);
        Assert.Equal(MarkerInterpreter.AnalyzeTrend(sorted, s_nonSmoker).Reason, trend.Reason);
    }

    [Fact]
    public void GivenUnsortedDatesThatFallWhenSorted_WhenAnalysing_ThenNotRising()
    {
        // In input order the values rise (2.1, 3.4, 4.6), but by date the latest is 2.1.
        MarkerResult[] series = [Cea(2.1m, 90), Cea(3.4m, 0), Cea(4.6m, 30)];

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker);

        Assert.Equal(MarkerTrendStatus.NoSustainedRise, trend.Status);
        Assert.Equal(1, trend.ConsecutiveRisingResults);
        Assert.Equal(MarkerRangeStatus.WithinRange, trend.Latest!.Status);
    }

    [Fact]
    public void GivenTwoResultsOnTheSameDate_WhenAnalysing_ThenRejectedBecauseOrderIsUnknown()
    {
        MarkerResult[] series = [Cea(2.1m, 0), Cea(3.4m, 30), Cea(4.6m, 30)];

        var error = Assert.Throws<ArgumentException>(() => MarkerInterpreter.AnalyzeTrend(series));

        Assert.Contains("2026-02-04", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("equal values break the run", new[] { 2.1, 3.4, 3.4 }, MarkerTrendStatus.NoSustainedRise, 1)]
    [InlineData("latest falls", new[] { 2.1, 3.4, 4.6, 4.0 }, MarkerTrendStatus.NoSustainedRise, 1)]
    [InlineData("only the last two rise", new[] { 5.0, 2.0, 2.5 }, MarkerTrendStatus.NoSustainedRise, 2)]
    [InlineData("earlier rise then fall then three rises", new[] { 1.0, 2.0, 3.0, 1.5, 1.6, 1.7 }, MarkerTrendStatus.RisingAcrossConsecutiveResults, 3)]
    [InlineData("five rises in a row", new[] { 1.0, 1.1, 1.2, 1.3, 1.4 }, MarkerTrendStatus.RisingAcrossConsecutiveResults, 5)]
    [InlineData("one result", new[] { 4.0 }, MarkerTrendStatus.TooFewResults, 1)]
    [InlineData("two rising results", new[] { 2.0, 4.0 }, MarkerTrendStatus.TooFewResults, 2)]
    public void GivenSeries_WhenAnalysingWithDefaultN_ThenStrictlyIncreasingTrailingRunIsCounted(
        string caseId, double[] values, MarkerTrendStatus expected, int expectedRun)
    {
        var series = values.Select((value, index) => Cea((decimal)value, index * 28));

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker);

        Assert.True(expected == trend.Status, $"{caseId}: expected {expected}, got {trend.Status}");
        Assert.True(expectedRun == trend.ConsecutiveRisingResults, $"{caseId}: run {trend.ConsecutiveRisingResults}");
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }

    [Theory]
    [InlineData("N=2, two rising", 2, new[] { 2.0, 4.0 }, MarkerTrendStatus.RisingAcrossConsecutiveResults)]
    [InlineData("N=4, three rising of three", 4, new[] { 2.1, 3.4, 4.6 }, MarkerTrendStatus.TooFewResults)]
    [InlineData("N=4, three rising of four", 4, new[] { 5.0, 2.1, 3.4, 4.6 }, MarkerTrendStatus.NoSustainedRise)]
    [InlineData("N=4, four rising", 4, new[] { 1.0, 2.1, 3.4, 4.6 }, MarkerTrendStatus.RisingAcrossConsecutiveResults)]
    public void GivenConfiguredN_WhenAnalysing_ThenNIsHonoured(string caseId, int n, double[] values, MarkerTrendStatus expected)
    {
        var series = values.Select((value, index) => Cea((decimal)value, index * 28));

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker, new MarkerTrendOptions { MinimumConsecutiveResults = n });

        Assert.True(expected == trend.Status, $"{caseId}: expected {expected}, got {trend.Status}");
        Assert.Equal(n, trend.MinimumConsecutiveResults);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void GivenNBelowTwo_WhenConfiguring_ThenRejected(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarkerTrendOptions { MinimumConsecutiveResults = n });
    }

    [Fact]
    public void GivenRisingButWithinLabRange_WhenAnalysing_ThenRisingIsReportedAsStillWithinRange()
    {
        MarkerResult[] series = [Ca2729(10m, 0, labUpperLimit: 38m), Ca2729(15m, 30, labUpperLimit: 38m), Ca2729(20m, 60, labUpperLimit: 38m)];

        var trend = MarkerInterpreter.AnalyzeTrend(series);

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
        Assert.Equal(MarkerRangeStatus.WithinRange, trend.Latest!.Status);
        Assert.Contains("is within the lab's range (up to 38 U/mL)", trend.Reason, StringComparison.Ordinal);
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }

    [Fact]
    public void GivenRiseInsideFirstSixWeeksOfNewTherapy_WhenAnalysing_ThenPossibleFlareIsNoted()
    {
        var start = Day0.AddDays(50);
        MarkerResult[] series = [Ca153(12m, 0, labUpperLimit: 30m), Ca153(18m, 60, labUpperLimit: 30m), Ca153(24m, 80, labUpperLimit: 30m)];

        var trend = MarkerInterpreter.AnalyzeTrend(series, new MarkerContext(MarkerSetting.Metastatic, NewTherapyStartDate: start));

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
        Assert.Contains(trend.Notes, n => n.Kind == MarkerNoteKind.PossibleEarlyFlare);
        Assert.Contains(trend.Notes, n => n.Kind == MarkerNoteKind.AdjunctOnlyInMetastaticDisease);
    }

    [Fact]
    public void GivenRiseLongAfterTherapyStart_WhenAnalysing_ThenNoFlareNote()
    {
        var start = Day0.AddDays(-200);
        MarkerResult[] series = [Ca153(12m, 0, labUpperLimit: 30m), Ca153(18m, 60, labUpperLimit: 30m), Ca153(34m, 120, labUpperLimit: 30m)];

        var trend = MarkerInterpreter.AnalyzeTrend(series, new MarkerContext(NewTherapyStartDate: start));

        Assert.DoesNotContain(trend.Notes, n => n.Kind == MarkerNoteKind.PossibleEarlyFlare);
    }

    [Fact]
    public void GivenEarlySurvivorWithoutSymptomsAndMixedLabs_WhenAnalysing_ThenRoutineTestingNoteStillAdded()
    {
        MarkerResult[] series = [Ca153(20m, 0, LabA), Ca153(28m, 30, LabB)];
        var context = new MarkerContext(MarkerSetting.EarlyStageAfterTreatment, SymptomStatus.NoSymptoms);

        var trend = MarkerInterpreter.AnalyzeTrend(series, context);

        Assert.Contains(trend.Notes, n => n.Kind == MarkerNoteKind.RoutineTestingNotRecommended);
    }

    [Fact]
    public void GivenEquivalentUnitSpellings_WhenBuildingASeries_ThenTheyCompareAsOneUnit()
    {
        string lab = LabA;
        MarkerResult[] series =
        [
            new(TumourMarker.Cea, 2.1m, MarkerUnitName.Parse("ng/mL"), Day0, lab),
            new(TumourMarker.Cea, 3.4m, MarkerUnitName.Parse("\u00B5g/L"), Day0.AddDays(30), lab),
            new(TumourMarker.Cea, 4.6m, MarkerUnitName.Parse("ug/L"), Day0.AddDays(60), lab),
        ];

        var trend = MarkerInterpreter.AnalyzeTrend(series, s_nonSmoker);

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
    }

    [Fact]
    public void GivenCeaReportedInUnitsPerMl_WhenBuildingASeries_ThenUnitMismatchIsRejectedBeforeAnyTrend()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new MarkerResult(TumourMarker.Cea, 4.6m, MarkerUnitName.Parse("U/mL"), Day0.AddDays(60), LabA));

        Assert.Contains("CEA is reported in ng/mL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenEmptyOrNullSeries_WhenAnalysing_ThenRejected()
    {
        Assert.Throws<ArgumentException>(() => MarkerInterpreter.AnalyzeTrend([]));
        Assert.Throws<ArgumentException>(() => MarkerInterpreter.AnalyzeTrend([Cea(1m), null!]));
        Assert.Throws<ArgumentNullException>(() => MarkerInterpreter.AnalyzeTrend(null!));
    }

    [FsCheck.Xunit.Property]
    public void GivenStrictlyIncreasingSeriesInAnyOrder_WhenAnalysing_ThenRisingAcrossAllOfThem(
        PositiveInt[] steps, int shuffleSeed)
    {
        if (steps.Length < 3)
        {
            return;
        }

        decimal value = 0m;
        var series = steps.Select((step, index) => Ca2729(value += step.Get / 10m, index * 14, labUpperLimit: 38m)).ToList();
        var random = new Random(shuffleSeed);
        var shuffled = series.OrderBy(_ => random.Next()).ToArray();

        var trend = MarkerInterpreter.AnalyzeTrend(shuffled);

        Assert.Equal(MarkerTrendStatus.RisingAcrossConsecutiveResults, trend.Status);
        Assert.Equal(series.Count, trend.ConsecutiveRisingResults);
        Assert.Equal(series, trend.ComparedResults);
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }

    [FsCheck.Xunit.Property]
    public void GivenAnySameLabSeries_WhenAnalysing_ThenWordingIsSafeAndRunNeverExceedsSeries(NonNegativeInt[] hundredths, int settingSeed)
    {
        if (hundredths.Length == 0)
        {
            return;
        }

        var series = hundredths.Select((h, index) => Cea(h.Get / 100m, index * 7)).ToArray();
        var context = new MarkerContext((MarkerSetting)Math.Abs(settingSeed % 3), SymptomStatus.NoSymptoms);

        var trend = MarkerInterpreter.AnalyzeTrend(series, context);

        Assert.InRange(trend.ConsecutiveRisingResults, 1, series.Length);
        Assert.Equal(
            series.Length >= 3 && trend.ConsecutiveRisingResults >= 3,
            trend.Status == MarkerTrendStatus.RisingAcrossConsecutiveResults);
        AssertSafeWording(trend.Reason, trend.Notes, trend.SourceIds);
    }
}
