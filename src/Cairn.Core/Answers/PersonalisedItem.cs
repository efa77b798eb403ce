namespace Cairn.Core.Answers;

/// <summary>A statement about what the person's own profile means for the question.</summary>
/// <param name="Text">Patient-facing text.</param>
/// <param name="Basis">Which values it rests on, e.g. "HER2 IHC 3+ (pathology-2026-01-10.pdf, 2026-01-10)".</param>
/// <param name="Citations">Source ids; every id resolves in <see cref="Answer.Citations"/>.</param>
public sealed record PersonalisedItem(string Text, IReadOnlyList<string> Basis, IReadOnlyList<string> Citations);
