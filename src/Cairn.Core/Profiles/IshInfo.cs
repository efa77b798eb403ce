namespace Cairn.Core.Profiles;

/// <param name="Result">"amplified", "not-amplified" or "equivocal" as stated.</param>
/// <param name="Ratio">HER2/CEP17 ratio.</param>
/// <param name="CopiesPerCell">Average HER2 copy number (signals per cell).</param>
/// <param name="Group">ASCO/CAP dual-probe ISH group 1-5, computed from ratio and copy number.</param>
public sealed record IshInfo(string? Result, decimal? Ratio, decimal? CopiesPerCell, int? Group);
