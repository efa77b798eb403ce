namespace Cairn.Knowledge.Understanding;

/// <summary>A concept of Cairn's own vocabulary with the surface forms that name it.</summary>
/// <param name="Id">Stable id, e.g. "her2".</param>
/// <param name="Label">Preferred label for display.</param>
/// <param name="Category">biomarker, drug, cancer, test, term.</param>
/// <param name="Forms">Lower-case surface forms (words or phrases) that name the concept.</param>
public sealed record MedicalConcept(string Id, string Label, string Category, IReadOnlyList<string> Forms);
