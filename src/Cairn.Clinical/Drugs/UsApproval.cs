namespace Cairn.Clinical.Drugs;

/// <summary>
/// One US (FDA) approval of an anti-HER2 drug (ONCOLOGY_RULES.md §8; S6, S7, S35–S40).
/// </summary>
/// <remarks>
/// The date is only as precise as the source: <see cref="Date"/> is set when the exact day is known; otherwise only
/// <see cref="Year"/> is set (for example the 2019 Trazimera approval); for a few approvals the spec gives no date at
/// all and both are null. <see cref="Year"/> always equals <c>Date.Year</c> when <see cref="Date"/> is set.
/// </remarks>
public sealed record UsApproval
{
    private UsApproval(DateOnly? date, int? year, string setting, IndicationKind kind, bool isAccelerated, IReadOnlyList<string> sourceIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            throw new ArgumentException("An approval needs at least one source id.", nameof(sourceIds));
        }

        Date = date;
        Year = year;
        Setting = setting;
        Kind = kind;
        IsAccelerated = isAccelerated;
        SourceIds = sourceIds;
    }

    /// <summary>The exact approval date, when the source gives one.</summary>
    public DateOnly? Date { get; }

    /// <summary>The approval year, when known.</summary>
    public int? Year { get; }

    /// <summary>The approved setting in plain words.</summary>
    public string Setting { get; }

    /// <summary>The kind of setting.</summary>
    public IndicationKind Kind { get; }

    /// <summary>True for an FDA accelerated approval, where the source says so.</summary>
    public bool IsAccelerated { get; }

    /// <summary>Catalogue ids (S1..S53) of the sources for this approval; never empty.</summary>
    public IReadOnlyList<string> SourceIds { get; }

    internal static UsApproval On(DateOnly date, string setting, IndicationKind kind, params string[] sourceIds) =>
        new(date, date.Year, setting, kind, isAccelerated: false, Array.AsReadOnly(sourceIds));

    internal static UsApproval AcceleratedOn(DateOnly date, string setting, IndicationKind kind, params string[] sourceIds) =>
        new(date, date.Year, setting, kind, isAccelerated: true, Array.AsReadOnly(sourceIds));

    internal static UsApproval InYear(int year, string setting, IndicationKind kind, params string[] sourceIds) =>
        new(date: null, year, setting, kind, isAccelerated: false, Array.AsReadOnly(sourceIds));

    internal static UsApproval Undated(string setting, IndicationKind kind, params string[] sourceIds) =>
        new(date: null, year: null, setting, kind, isAccelerated: false, Array.AsReadOnly(sourceIds));
}
