namespace Cairn.Clinical.Markers;

/// <summary>Settings for trend detection.</summary>
public sealed record MarkerTrendOptions
{
    /// <summary>The default minimum number of consecutive results that must rise: 3 (§6 table).</summary>
    public const int DefaultMinimumConsecutiveResults = 3;

    /// <summary>
    /// How many consecutive results (not rises) must increase strictly for a trend to be reported; at least 2.
    /// 3 results means 2 rises in a row.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
    public int MinimumConsecutiveResults
    {
        get;
        init => field = value >= 2
            ? value
            : throw new ArgumentOutOfRangeException(
                nameof(MinimumConsecutiveResults), value, $"A trend needs at least 2 consecutive results (got {value}).");
    } = DefaultMinimumConsecutiveResults;

    /// <summary>The defaults: N = 3.</summary>
    public static MarkerTrendOptions Default { get; } = new();
}
