namespace Cairn.Clinical.Markers;

/// <summary>A plain-language note attached to a marker reading.</summary>
/// <param name="Kind">What the note is about.</param>
/// <param name="Text">One plain-language sentence.</param>
/// <param name="SourceIds">
/// Catalogue ids behind the note. Empty only where the spec marks the rule unconfirmed or secondary and cites no
/// catalogue source (the early-flare note and the CA 15-3 typical limit).
/// </param>
public sealed record MarkerNote(MarkerNoteKind Kind, string Text, IReadOnlyList<string> SourceIds);
