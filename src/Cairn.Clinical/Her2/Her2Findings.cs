namespace Cairn.Clinical.Her2;

/// <summary>
/// The HER2 test values of one specimen, as reported. Any combination may be given; <see cref="Her2Classifier.Classify"/>
/// validates it and says what is still missing.
/// </summary>
/// <remarks>
/// ISH values are dual-probe values exactly as reported (no rounding is applied). Single-probe ISH (copy number
/// without a ratio) is outside ONCOLOGY_RULES.md §1 and is rejected.
/// </remarks>
public sealed record Her2Findings
{
    /// <summary>The IHC score of the invasive tumour, or null when no IHC was done or reported.</summary>
    public Her2IhcScore? IhcScore { get; init; }

    /// <summary>Staining detail for an IHC 0 result. Must stay <see cref="Her2IhcZeroStaining.NotReported"/> unless the score is 0.</summary>
    public Her2IhcZeroStaining IhcZeroStaining { get; init; } = Her2IhcZeroStaining.NotReported;

    /// <summary>Dual-probe HER2/CEP17 ratio (non-negative, finite). Must be given together with <see cref="IshAverageCopyNumber"/>.</summary>
    public double? IshRatio { get; init; }

    /// <summary>Average HER2 copy number in signals/cell (non-negative, finite). Must be given together with <see cref="IshRatio"/>.</summary>
    public double? IshAverageCopyNumber { get; init; }

    /// <summary>
    /// The ISH group found by the blinded observer's recount (at least 20 cells), when one was done. It is only used for
    /// IHC 2+ with ISH groups 2–4; otherwise it has no effect. Requires ISH values.
    /// </summary>
    public Her2IshGroup? BlindedRecountGroup { get; init; }
}
