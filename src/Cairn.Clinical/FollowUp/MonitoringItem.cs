namespace Cairn.Clinical.FollowUp;

/// <summary>One monitoring step and how often it is suggested.</summary>
/// <param name="Activity">The step.</param>
/// <param name="Cadence">How often (for <see cref="MonitoringActivity.FirstResponseAssessment"/>: months after the start).</param>
/// <param name="Description">Plain-language description.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record MonitoringItem(MonitoringActivity Activity, Cadence Cadence, string Description, IReadOnlyList<string> SourceIds);
