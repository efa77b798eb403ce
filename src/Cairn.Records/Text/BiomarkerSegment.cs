namespace Cairn.Records.Text;

/// <summary>One labelled piece of a biomarker line, such as "PR-" or "HER2 (by ISH): Amplified".</summary>
/// <param name="Label">What it is about.</param>
/// <param name="Text">The whole piece, label included.</param>
/// <param name="Value">The text after the label.</param>
/// <param name="HasColon">True when the label is followed by ":" or "=", as in synoptic reports; only then is an
/// unreadable value worth a warning (prose that merely mentions HER2 is not).</param>
internal sealed record BiomarkerSegment(BiomarkerLabel Label, string Text, string Value, bool HasColon);
