namespace Cairn.Clinical.Ctc;

/// <summary>
/// One circulating tumour cell (CTC) count as reported: the number of cells, the blood volume they were counted in,
/// and the assay that counted them. Construction validates the values, so an instance is always well formed.
/// </summary>
public sealed record CtcMeasurement
{
    /// <summary>Creates a validated measurement.</summary>
    /// <param name="count">Number of CTCs counted; 0 or more.</param>
    /// <param name="bloodVolumeMl">Blood volume in mL; greater than 0. The §5 cut-offs apply only to exactly 7.5 mL.</param>
    /// <param name="assayName">The assay as written on the report, e.g. "CellSearch".</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, or the volume is 0 or negative.</exception>
    /// <exception cref="ArgumentException">The assay name is null, empty or whitespace.</exception>
    public CtcMeasurement(int count, decimal bloodVolumeMl, string assayName)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A CTC count cannot be negative (got {count}).");
        }

        if (bloodVolumeMl <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(bloodVolumeMl), bloodVolumeMl, $"The blood volume must be greater than 0 mL (got {bloodVolumeMl} mL).");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(assayName);

        Count = count;
        BloodVolumeMl = bloodVolumeMl;
        AssayName = assayName.Trim();
        Assay = CtcAssayName.Classify(assayName);
    }

    /// <summary>Number of CTCs counted (0 or more).</summary>
    public int Count { get; }

    /// <summary>Blood volume the cells were counted in, in mL (greater than 0).</summary>
    public decimal BloodVolumeMl { get; }

    /// <summary>The assay name as reported (trimmed).</summary>
    public string AssayName { get; }

    /// <summary>The assay family derived from <see cref="AssayName"/>.</summary>
    public CtcAssay Assay { get; }
}
