namespace Cairn.Core.Profiles;

/// <param name="Status">ER: "positive", "low-positive" or "negative"; PR: "positive" or "negative".</param>
/// <param name="Percent">Percent of tumour nuclei staining, when stated.</param>
public sealed record ReceptorInfo(string? Status, decimal? Percent);
