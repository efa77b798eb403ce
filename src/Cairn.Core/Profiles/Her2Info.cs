namespace Cairn.Core.Profiles;

/// <param name="Status">"positive", "negative" or "equivocal" per ASCO/CAP, refined to "low", "ultralow" or "zero"
/// only when the records support the subgroup.</param>
/// <param name="Ihc">"0", "1+", "2+" or "3+".</param>
public sealed record Her2Info(string? Status, string? Ihc, IshInfo Ish);
