using static Cairn.Core.Records.FactKind;

namespace Cairn.Records.Tests.Text;

public sealed class TreatmentLineTests
{
    [Fact]
    public void GivenStartedCombination_WhenParsed_ThenEachDrugGetsTheStartDate()
    {
        var report = ReportTestHelpers.Parse("Started trastuzumab + pertuzumab on 2026-01-10");

        Assert.Equal(
            [("trastuzumab", new DateOnly(2026, 1, 10), (DateOnly?)null), ("pertuzumab", new DateOnly(2026, 1, 10), null)],
            report.Facts.Where(f => f.Kind == Treatment).Select(f => (f.Text, f.Date, f.EndDate)));
    }

    [Fact]
    public void GivenBrandNameCompleted_WhenParsed_ThenGenericNameWithEndDate()
    {
        var fact = ReportTestHelpers.Parse("Herceptin completed 2025-12-01").Facts.Single(Treatment);

        Assert.Equal(("trastuzumab", (DateOnly?)null, new DateOnly(2025, 12, 1)), (fact.Text, fact.Date, fact.EndDate));
    }

    [Fact]
    public void GivenMonthOnlyStart_WhenParsed_ThenNoDayIsInventedAndAWarningSaysSo()
    {
        var report = ReportTestHelpers.Parse("T-DXd since March 2026");

        var fact = report.Facts.Single(Treatment);
        Assert.Equal(("fam-trastuzumab deruxtecan-nxki", (DateOnly?)null, (DateOnly?)null), (fact.Text, fact.Date, fact.EndDate));
        Assert.Equal(["test-report.txt line 1: treatment start: the date 'March 2026' gives a month but no day, so no date was recorded"], report.Warnings);
    }

    [Theory]
    [InlineData("Received Kadcyla from 2024-05-01 to 2024-11-20", "ado-trastuzumab emtansine", "2024-05-01", "2024-11-20")]
    [InlineData("Switched to Enhertu on 15 April 2026", "fam-trastuzumab deruxtecan-nxki", "2026-04-15", null)]
    [InlineData("2026-02-01: commenced tucatinib", "tucatinib", "2026-02-01", null)]
    [InlineData("Ogivri stopped 2025-06-30 (cardiac toxicity)", "trastuzumab-dkst", null, "2025-06-30")]
    [InlineData("Currently on Phesgo", "pertuzumab, trastuzumab, and hyaluronidase-zzxf", null, null)]
    [InlineData("Neratinib began 1 March 2026, discontinued 2026-05-02", "neratinib", "2026-03-01", "2026-05-02")]
    public void GivenTreatmentLine_WhenParsed_ThenGenericNameAndStatedDates(string line, string drug, string? start, string? end)
    {
        var fact = ReportTestHelpers.Parse(line).Facts.Single(Treatment);

        Assert.Equal(drug, fact.Text);
        Assert.Equal(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), fact.Date);
        Assert.Equal(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), fact.EndDate);
    }

    [Theory]
    [InlineData("Plan: start trastuzumab next week.")]
    [InlineData("Plan: continue T-DXd.")]
    [InlineData("No prior trastuzumab.")]
    [InlineData("She declined pertuzumab.")]
    [InlineData("If HER2 positive, trastuzumab will be started.")]
    [InlineData("We discussed tucatinib as a later option.")]
    [InlineData("Consider starting T-DXd after restaging.")]
    [InlineData("Eligible for T-DXd since HER2-low.")]
    [InlineData("Patients may benefit from trastuzumab.")]
    [InlineData("Trastuzumab is not started until the echo is reviewed.")]
    [InlineData("Started docetaxel on 2026-01-10.")]
    public void GivenPlannedNegatedOrNonAntiHer2Drug_WhenParsed_ThenNoTreatmentIsRecorded(string line)
    {
        Assert.DoesNotContain(ReportTestHelpers.Parse(line).Facts, f => f.Kind == Treatment);
    }

    [Fact]
    public void GivenStartedDrugWithALaterPlan_WhenParsed_ThenTheStartIsStillRecorded()
    {
        var report = ReportTestHelpers.Parse("Started trastuzumab on 2026-01-10 and will continue for one year.");

        Assert.Equal(new DateOnly(2026, 1, 10), report.Facts.Single(Treatment).Date);
    }

    [Fact]
    public void GivenDateNotMarkedAsStartOrEnd_WhenParsed_ThenTheTreatmentHasNoDateAndAWarning()
    {
        var report = ReportTestHelpers.Parse("Received trastuzumab (infusion 2026-01-10)");

        var fact = report.Facts.Single(Treatment);
        Assert.Null(fact.Date);
        Assert.Null(fact.EndDate);
        Assert.Equal(["test-report.txt line 1: the date '2026-01-10' next to a treatment is not marked as a start or end date, so it was not recorded"], report.Warnings);
    }

    [Fact]
    public void GivenSameDrugTwiceInAClause_WhenParsed_ThenOneFact()
    {
        var report = ReportTestHelpers.Parse("Started Herceptin (trastuzumab) on 2026-01-10");

        Assert.Single(report.Facts, f => f.Kind == Treatment);
    }
}
