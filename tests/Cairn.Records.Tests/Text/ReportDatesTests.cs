using Cairn.Records.Text;

namespace Cairn.Records.Tests.Text;

public sealed class ReportDatesTests
{
    [Theory]
    [InlineData("2026-05-01", 2026, 5, 1)]
    [InlineData("2026/05/01", 2026, 5, 1)]
    [InlineData("25/03/2026", 2026, 3, 25)]
    [InlineData("03/25/2026", 2026, 3, 25)]
    [InlineData("05/05/2026", 2026, 5, 5)]
    [InlineData("25.03.2026", 2026, 3, 25)]
    [InlineData("1 May 2026", 2026, 5, 1)]
    [InlineData("1st May 2026", 2026, 5, 1)]
    [InlineData("01-May-2026", 2026, 5, 1)]
    [InlineData("May 1, 2026", 2026, 5, 1)]
    [InlineData("12 Sept 2026", 2026, 9, 12)]
    [InlineData("29 February 2028", 2028, 2, 29)]
    public void GivenUnambiguousDate_WhenFound_ThenItIsRead(string text, int year, int month, int day)
    {
        var date = Assert.Single(ReportDates.FindAll("on " + text + " at clinic", DateOrder.Unknown));

        Assert.Equal(new DateOnly(year, month, day), date.Value);
        Assert.Null(date.Problem);
        Assert.Equal(text, date.Raw);
        Assert.Equal(3, date.Index);
    }

    [Theory]
    [InlineData("12/03/2026")]
    [InlineData("01/02/2026")]
    [InlineData("1.2.2026")]
    public void GivenAmbiguousNumericDate_WhenTheReportDoesNotStateItsFormat_ThenNoValueAndAnExplanation(string text)
    {
        var date = Assert.Single(ReportDates.FindAll(text, DateOrder.Unknown));

        Assert.Null(date.Value);
        Assert.Contains("does not say whether it writes the day or the month first", date.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAmbiguousNumericDate_WhenTheReportStatesDayFirstOrMonthFirst_ThenThatOrderIsUsed()
    {
        Assert.Equal(new DateOnly(2026, 3, 12), ReportDates.FindAll("12/03/2026", DateOrder.DayFirst)[0].Value);
        Assert.Equal(new DateOnly(2026, 12, 3), ReportDates.FindAll("12/03/2026", DateOrder.MonthFirst)[0].Value);
        Assert.Null(ReportDates.FindAll("12/03/2026", DateOrder.Conflicting)[0].Value);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("2026-13-01")]
    [InlineData("31/31/2026")]
    public void GivenImpossibleDate_WhenFound_ThenNoValue(string text)
    {
        var date = Assert.Single(ReportDates.FindAll(text, DateOrder.Unknown));

        Assert.Null(date.Value);
        Assert.Equal($"'{text}' is not a valid date", date.Problem);
    }

    [Fact]
    public void GivenDayFirstOrderAndAMonthAbove12_WhenFound_ThenTheDateDoesNotFitTheStatedOrder()
    {
        var date = ReportDates.FindAll("03/25/2026", DateOrder.DayFirst)[0];

        Assert.Null(date.Value);
        Assert.Equal("'03/25/2026' is not a valid date (the report writes dates day first)", date.Problem);
    }

    [Fact]
    public void GivenMonthAndYearOnly_WhenFound_ThenNoDayIsInvented()
    {
        var date = Assert.Single(ReportDates.FindAll("T-DXd since March 2026", DateOrder.Unknown));

        Assert.Null(date.Value);
        Assert.Equal("the date 'March 2026' gives a month but no day, so no date was recorded", date.Problem);
    }

    [Theory]
    [InlineData("12/03/26")]
    [InlineData("ratio 2.4 and 0-30")]
    [InlineData("CA 27.29 45")]
    [InlineData("version 1.2.3")]
    public void GivenTextThatIsNotADate_WhenSearched_ThenNothingIsFound(string text)
    {
        Assert.Empty(ReportDates.FindAll(text, DateOrder.Unknown));
    }

    [Theory]
    [InlineData("All dates are shown as DD/MM/YYYY.", "DayFirst")]
    [InlineData("Date (mm/dd/yyyy)", "MonthFirst")]
    [InlineData("date format: day/month/year", "DayFirst")]
    [InlineData("No format note here", "Unknown")]
    public void GivenFormatNote_WhenDetected_ThenTheOrderIsKnown(string line, string order)
    {
        Assert.Equal(Enum.Parse<DateOrder>(order), ReportDates.DetectOrder([line]));
    }

    [Fact]
    public void GivenBothFormatNotes_WhenDetected_ThenConflicting()
    {
        Assert.Equal(DateOrder.Conflicting, ReportDates.DetectOrder(["dd/mm/yyyy", "mm/dd/yyyy"]));
    }

    [Fact]
    public void GivenReportWithConflictingFormatNotes_WhenParsed_ThenWarnedAndAmbiguousDatesStayEmpty()
    {
        var report = ReportTestHelpers.Parse("Dates: dd/mm/yyyy", "Printed: mm/dd/yyyy", "CEA 2.0 ng/mL 04/05/2026");

        Assert.Null(report.Facts.Single(f => f.Kind == Cairn.Core.Records.FactKind.Observation).Date);
        Assert.Contains("test-report.txt: the report states both day-first and month-first date formats, so numeric dates are read only where they cannot be misread", report.Warnings);
    }

    [Fact]
    public void GivenHeaderDates_WhenParsed_ThenDateOfBirthIsNeverUsed()
    {
        var report = ReportTestHelpers.Parse("Patient: A Person   Date of birth: 2026-01-01", "ER: positive (90%)");

        Assert.All(report.Facts, f => Assert.Null(f.Date));
    }
}
