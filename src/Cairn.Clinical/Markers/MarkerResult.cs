namespace Cairn.Clinical.Markers;

/// <summary>
/// One serum tumour marker result. Construction validates it, so an instance always has a defined marker, a value of
/// 0 or more in the marker's canonical unit, a lab/assay identifier, and (when given) a positive reference limit.
/// </summary>
public sealed record MarkerResult
{
    /// <summary>Creates a validated result.</summary>
    /// <param name="marker">The marker measured.</param>
    /// <param name="value">The measured value, 0 or more.</param>
    /// <param name="unit">The unit; must be the marker's canonical unit (U/mL for CA 15-3 and CA 27.29, ng/mL for CEA).</param>
    /// <param name="date">The date the sample was taken.</param>
    /// <param name="labAssayId">
    /// Identifies the lab and assay method (e.g. "Mayo / Roche Elecsys"). Trends compare only results whose ids are
    /// equal, ignoring case and repeated spaces (§6: values from different methods cannot be compared, S25, S26).
    /// </param>
    /// <param name="labUpperLimit">The lab's own reference upper limit in the same unit, or null if not reported.</param>
    /// <exception cref="ArgumentOutOfRangeException">Undefined marker or unit, negative value, or a limit of 0 or less.</exception>
    /// <exception cref="ArgumentException">The unit does not belong to the marker, or the lab/assay id is empty.</exception>
    public MarkerResult(TumourMarker marker, decimal value, MarkerUnit unit, DateOnly date, string labAssayId, decimal? labUpperLimit = null)
    {
        if (!Enum.IsDefined(marker))
        {
            throw new ArgumentOutOfRangeException(nameof(marker), marker, $"Unknown tumour marker value {(int)marker}.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unknown marker unit value {(int)unit}.");
        }

        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, $"A {TumourMarkerName.DisplayName(marker)} value cannot be negative (got {value}).");
        }

        var expectedUnit = TumourMarkerName.CanonicalUnit(marker);
        if (unit != expectedUnit)
        {
            // Units are never converted between mass and activity: U/mL and ng/mL measure different things.
            throw new ArgumentException(
                $"{TumourMarkerName.DisplayName(marker)} is reported in {MarkerUnitName.Symbol(expectedUnit)}, " +
                $"but this result is in {MarkerUnitName.Symbol(unit)}.",
                nameof(unit));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(labAssayId);

        if (labUpperLimit is { } limit && limit <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(labUpperLimit), labUpperLimit, $"A lab reference upper limit must be greater than 0 (got {limit}).");
        }

        Marker = marker;
        Value = value;
        Unit = unit;
        Date = date;
        LabAssayId = string.Join(' ', labAssayId.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        LabUpperLimit = labUpperLimit;
    }

    /// <summary>The marker measured.</summary>
    public TumourMarker Marker { get; }

    /// <summary>The measured value (0 or more) in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The canonical unit of <see cref="Marker"/>.</summary>
    public MarkerUnit Unit { get; }

    /// <summary>The date the sample was taken.</summary>
    public DateOnly Date { get; }

    /// <summary>The lab/assay identifier, trimmed with inner whitespace collapsed to single spaces.</summary>
    public string LabAssayId { get; }

    /// <summary>The lab's own reference upper limit, or null when the report gives none.</summary>
    public decimal? LabUpperLimit { get; }

    /// <summary>True when both results come from the same lab and assay (ids equal, ignoring case).</summary>
    public bool IsSameLabAndAssay(MarkerResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(LabAssayId, other.LabAssayId, StringComparison.OrdinalIgnoreCase);
    }
}
