namespace Cairn.Clinical.RedFlags;

/// <summary>A symptom phrase found in a normalised sentence, at [Start, End).</summary>
internal readonly record struct PhraseMatch(Symptom Symptom, int Start, int End);
