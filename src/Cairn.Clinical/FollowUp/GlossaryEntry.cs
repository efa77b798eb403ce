namespace Cairn.Clinical.FollowUp;

/// <summary>A plain-language definition of a response or outcome term, with its sources.</summary>
/// <param name="Term">The term.</param>
/// <param name="Name">How the term is written, e.g. "Complete response (CR)".</param>
/// <param name="Meaning">Plain-language meaning.</param>
/// <param name="Caveat">What the term does not mean, or null.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record GlossaryEntry(ClinicalTerm Term, string Name, string Meaning, string? Caveat, IReadOnlyList<string> SourceIds);
