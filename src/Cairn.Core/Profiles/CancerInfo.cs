namespace Cairn.Core.Profiles;

/// <param name="Site">"breast".</param>
/// <param name="Histology">e.g. "invasive ductal carcinoma".</param>
/// <param name="Laterality">"left" or "right".</param>
public sealed record CancerInfo(string? Site, string? Histology, string? Laterality);
