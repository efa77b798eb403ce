namespace Cairn.Records.Text;

/// <summary>How a report writes all-numeric dates such as 03/04/2026, when it says so.</summary>
internal enum DateOrder
{
    /// <summary>The report does not say; only unambiguous numeric dates are read.</summary>
    Unknown = 0,

    /// <summary>The report states dd/mm/yyyy.</summary>
    DayFirst = 1,

    /// <summary>The report states mm/dd/yyyy.</summary>
    MonthFirst = 2,

    /// <summary>The report states both orders; treated like <see cref="Unknown"/>.</summary>
    Conflicting = 3,
}
