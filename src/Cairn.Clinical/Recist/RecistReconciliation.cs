namespace Cairn.Clinical.Recist;

/// <summary>
/// A radiologist's stated response next to the computed RECIST 1.1 overall response (ONCOLOGY_RULES.md general
/// rule 1). <see cref="EffectiveResponse"/> is always the stated one: the report wins, and the computed value is only
/// a cross-check. Neither is ever "remission", "cure" or "recurrence".
/// </summary>
/// <param name="Stated">The response as stated in the radiology report.</param>
/// <param name="Computed">The RECIST result computed from lesion-level measurements (a cross-check only).</param>
/// <param name="Agreement">Whether the two agree, disagree or cannot be compared.</param>
/// <param name="DiscrepancyWarning">"Discrepancy – ask your care team: …" when <see cref="Agreement"/> is <see cref="RecistAgreement.Discrepancy"/>; otherwise null.</param>
/// <param name="Reason">Plain-language sentences; a reason that names PD also carries <see cref="RecistEvaluator.ProgressiveDiseaseCaveat"/>.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on (S16, S17).</param>
public sealed record RecistReconciliation(
    OverallResponse Stated,
    RecistTimePointResult Computed,
    RecistAgreement Agreement,
    string? DiscrepancyWarning,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>The response to show: always the stated one.</summary>
    public OverallResponse EffectiveResponse => Stated;

    /// <summary>True when the stated and computed responses disagree.</summary>
    public bool HasDiscrepancy => Agreement == RecistAgreement.Discrepancy;
}
