namespace Cairn.Core.Profiles;

/// <param name="Name">Generic name in lower case, e.g. "trastuzumab", or a procedure ("mastectomy").</param>
/// <param name="End">Null while ongoing or when not stated.</param>
public sealed record TreatmentInfo(string Name, DateOnly? Start, DateOnly? End);
