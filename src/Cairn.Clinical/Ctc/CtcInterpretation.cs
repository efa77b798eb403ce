using System.Diagnostics.CodeAnalysis;

namespace Cairn.Clinical.Ctc;

/// <summary>
/// The reading of one CTC count. It states prognosis only: it never says that remission, recurrence or progression
/// has happened, and it never supports a treatment change on its own.
/// </summary>
/// <param name="Measurement">The measurement that was read.</param>
/// <param name="Setting">The disease setting it was read in.</param>
/// <param name="Category">The category against the setting's cut-off.</param>
/// <param name="ThresholdApplied">True when the setting's cut-off was compared with the count.</param>
/// <param name="ThresholdPer7Point5Ml">The cut-off used (5 metastatic, 1 early), or null when none was applied.</param>
/// <param name="Flags">Why no cut-off was applied; empty when <paramref name="ThresholdApplied"/> is true.</param>
/// <param name="Reason">Plain-language explanation: what the count is linked to, and what it cannot show.</param>
/// <param name="SourceIds">Catalogue ids the reading rests on; never empty.</param>
public sealed record CtcInterpretation(
    CtcMeasurement Measurement,
    CtcSetting Setting,
    CtcCategory Category,
    bool ThresholdApplied,
    int? ThresholdPer7Point5Ml,
    IReadOnlyList<CtcThresholdIssue> Flags,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>
    /// Always false. No guideline defines remission, complete response or NED by CTC count (ONCOLOGY_RULES.md §5,
    /// by absence in S18–S24), so no CTC count, including 0, supports a remission label.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A per-result flag callers read from the instance; constant by design.")]
    public bool SupportsRemission => false;

    /// <summary>
    /// Always false. SWOG S0500 (S22) found no survival benefit from switching chemotherapy on a persistently raised
    /// count, and ASCO advises against changing therapy on circulating biomarkers alone (S23).
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A per-result flag callers read from the instance; constant by design.")]
    public bool SupportsTreatmentChange => false;
}
