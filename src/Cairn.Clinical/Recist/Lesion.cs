namespace Cairn.Clinical.Recist;

/// <summary>
/// One lesion as recorded on the baseline scan, for RECIST 1.1 measurability and target selection. Sizes are in mm.
/// Non-nodal lesions use <see cref="LongestDiameterMm"/>; lymph nodes use <see cref="ShortAxisMm"/>.
/// </summary>
public sealed record Lesion
{
    /// <summary>A stable id used to match this lesion at later time points (for example "L1"). Compared ordinally.</summary>
    public required string Id { get; init; }

    /// <summary>The organ (for example "liver", "lung"). All lymph nodes count as one organ for the two-per-organ rule.</summary>
    public required string Organ { get; init; }

    /// <summary>True for a lymph node (measured by its short axis).</summary>
    public bool IsLymphNode { get; init; }

    /// <summary>Longest diameter in mm (non-nodal lesions; for bone lesions, the soft-tissue part). Finite and above 0 when given.</summary>
    public double? LongestDiameterMm { get; init; }

    /// <summary>Short axis in mm (lymph nodes). Finite and above 0 when given.</summary>
    public double? ShortAxisMm { get; init; }

    /// <summary>How it was measured.</summary>
    public required MeasurementMethod Method { get; init; }

    /// <summary>CT slice thickness in mm; needed to judge non-nodal CT lesions of 10 mm or more.</summary>
    public double? CtSliceThicknessMm { get; init; }

    /// <summary>A special lesion kind, if any.</summary>
    public SpecialLesionType SpecialType { get; init; }

    /// <summary>The lesion lies in a previously irradiated area (or had other local therapy).</summary>
    public bool PreviouslyIrradiated { get; init; }

    /// <summary>For a previously irradiated lesion: progression has since been shown in it, so it may count as measurable.</summary>
    public bool ProgressedSinceIrradiation { get; init; }
}
