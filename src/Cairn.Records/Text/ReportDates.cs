using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Records.Text;

/// <summary>
/// Finds dates in report text: ISO (2026-05-01, 2026/05/01), numeric day/month forms (01/05/2026, 1.5.2026,
/// 01-05-2026), and written months (1 May 2026, 1st May 2026, 01-May-2026, May 1, 2026). A month with a year only
/// ("March 2026") is found but has no value: a day is never invented.
/// </summary>
/// <remarks>
/// All-numeric dates with the year last are ambiguous between dd/mm/yyyy (UK, Europe) and mm/dd/yyyy (US). Such a date
/// is read only when it cannot be misread: one part is above 12 (25/03/2026 is 25 March; 03/25/2026 is March 25), both
/// parts are equal (05/05/2026), or the report itself states its format (a "dd/mm/yyyy" or "mm/dd/yyyy" note anywhere
/// in it, see <see cref="DetectOrder"/>). Otherwise the value is null and <see cref="FoundDate.Problem"/> explains why,
/// so the caller can warn and leave the date empty. Two-digit years are not read as dates.
/// </remarks>
internal static partial class ReportDates
{
    private const string Month =
        "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>All dates in <paramref name="text"/>, left to right; overlapping forms are read once.</summary>
    public static IReadOnlyList<FoundDate> FindAll(string text, DateOrder order)
    {
        var found = new List<FoundDate>();
        Collect(found, IsoDate(), text, m => FromParts(m.Value, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value));
        Collect(found, NumericDate(), text, m => FromNumeric(m, order));
        Collect(found, DayMonthYear(), text, m => FromParts(m.Value, m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value));
        Collect(found, MonthDayYear(), text, m => FromParts(m.Value, m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value));
        Collect(found, MonthYear(), text, m => (null, $"the date '{m.Value}' gives a month but no day, so no date was recorded"));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>
    /// The numeric date order a report states, from notes such as "Dates: DD/MM/YYYY", "Date (mm/dd/yyyy)" or
    /// "date format: day/month/year" anywhere in it.
    /// </summary>
    public static DateOrder DetectOrder(IEnumerable<string> lines)
    {
        var dayFirst = false;
        var monthFirst = false;
        foreach (var line in lines)
        {
            dayFirst |= DayFirstNote().IsMatch(line);
            monthFirst |= MonthFirstNote().IsMatch(line);
        }

        return (dayFirst, monthFirst) switch
        {
            (true, true) => DateOrder.Conflicting,
            (true, false) => DateOrder.DayFirst,
            (false, true) => DateOrder.MonthFirst,
            _ => DateOrder.Unknown,
        };
    }

    /// <summary>"12 March 2026": the spelling used in warnings.</summary>
    public static string Describe(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static void Collect(List<FoundDate> found, Regex pattern, string text, Func<Match, (DateOnly? Value, string? Problem)> read)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var end = match.Index + match.Length;
            if (found.Exists(f => match.Index < f.End && f.Index < end))
            {
                continue;
            }

            var (value, problem) = read(match);
            found.Add(new FoundDate(match.Index, match.Length, match.Value, value, problem));
        }
    }

    private static (DateOnly? Value, string? Problem) FromNumeric(Match match, DateOrder order)
    {
        var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["y"].Value;
        var raw = match.Value;

        switch (order)
        {
            case DateOrder.DayFirst:
                return FromParts(raw, year, second, first, " (the report writes dates day first)");
            case DateOrder.MonthFirst:
                return FromParts(raw, year, first, second, " (the report writes dates month first)");
        }

        if (first == second || (first > 12 && second <= 12))
        {
            return FromParts(raw, year, second, first);
        }

        if (second > 12 && first <= 12)
        {
            return FromParts(raw, year, first, second);
        }

        if (first > 12 && second > 12)
        {
            return (null, $"'{raw}' is not a valid date");
        }

        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var dayFirst = TryDate(y, second, first);
        var monthFirst = TryDate(y, first, second);
        var readings = dayFirst is { } d && monthFirst is { } m
            ? $"{Describe(d)} or {Describe(m)}"
            : "either day or month first";
        return (null,
            $"the date '{raw}' could be {readings}, and the report does not say whether it writes the day or the month first, so no date was recorded");
    }

    private static (DateOnly? Value, string? Problem) FromParts(string raw, string year, string month, string day) =>
        FromParts(raw, year, int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture));

    private static (DateOnly? Value, string? Problem) FromParts(string raw, string year, int month, string day) =>
        FromParts(raw, year, month, int.Parse(day, CultureInfo.InvariantCulture));

    private static (DateOnly? Value, string? Problem) FromParts(string raw, string year, int month, int day, string note = "")
    {
        var date = TryDate(int.Parse(year, CultureInfo.InvariantCulture), month, day);
        return date is null ? (null, $"'{raw}' is not a valid date{note}") : (date, null);
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int MonthNumber(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        _ => 12,
    };

    // Year first is always year-month-day.
    [GeneratedRegex(@"(?<![\d/.\-])(?<y>(?:19|20)\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d/.\-])(?<a>\d{1,2})(?<sep>[/.\-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\w])(?<d>\d{1,2})(?:st|nd|rd|th)?[\s\-]*" + Month + @"\.?(?![a-z])[\s\-,]*(?<y>(?:19|20)\d{2})(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\w])" + Month + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\w])" + Month + @"\.?,?\s+(?<y>(?:19|20)\d{2})(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:dd?\s*[/.\-]\s*mm?\s*[/.\-]\s*(?:yyyy|yy)|day\s*/\s*month\s*/\s*year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstNote();

    [GeneratedRegex(@"\b(?:mm?\s*[/.\-]\s*dd?\s*[/.\-]\s*(?:yyyy|yy)|month\s*/\s*day\s*/\s*year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstNote();
}
