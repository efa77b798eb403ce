namespace Cairn.Clinical.FollowUp;

/// <summary>
/// Suggested monitoring for metastatic breast cancer on one kind of therapy (§7.2). Guidance, not a fixed rule: the team
/// adjusts it to how the disease is behaving and tests earlier when symptoms suggest a change.
/// </summary>
/// <param name="TherapyType">The therapy the plan is for.</param>
/// <param name="Items">The monitoring steps and their cadence.</param>
/// <param name="FirstResponseCheckEarliest">Therapy start + 2 months, when a start date was given.</param>
/// <param name="FirstResponseCheckLatest">Therapy start + 3 months, when a start date was given.</param>
/// <param name="IsProjectDecision">
/// True when the sources give no cadence for this therapy and the plan applies ESO's general advice (anti-HER2/targeted).
/// </param>
/// <param name="Reason">Plain-language explanation.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record MetastaticMonitoringPlan(
    MetastaticTherapyType TherapyType,
    IReadOnlyList<MonitoringItem> Items,
    DateOnly? FirstResponseCheckEarliest,
    DateOnly? FirstResponseCheckLatest,
    bool IsProjectDecision,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>
    /// Always true: test earlier than the cadence when symptoms suggest the disease is changing (ESO-MBC, S28).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Performance", "CA1822:Mark members as static", Justification = "A per-plan flag callers read from the instance; constant by design.")]
    public bool TestEarlierIfSymptoms => true;
}
