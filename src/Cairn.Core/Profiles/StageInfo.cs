namespace Cairn.Core.Profiles;

/// <param name="T">T category without prefix, e.g. "T2".</param>
/// <param name="N">N category without prefix, e.g. "N1a".</param>
/// <param name="M">M category without prefix, e.g. "M0".</param>
/// <param name="Group">Stage group, e.g. "IIB": as stated, else the anatomic group computed from T, N and M.</param>
/// <param name="Basis">"clinical" (c), "pathologic" (p) or "post-neoadjuvant" (yp); null when not stated.</param>
public sealed record StageInfo(string? T, string? N, string? M, string? Group, string? Basis);
