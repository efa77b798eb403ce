namespace Cairn.Knowledge.Understanding;

/// <summary>One part of a question.</summary>
/// <param name="Text">The part as asked.</param>
/// <param name="Subject">Words carried over from the first part when this part refers back ("how is it monitored").</param>
/// <param name="Kinds">What this part asks for.</param>
public sealed record QuestionPart(string Text, string Subject, IReadOnlySet<QuestionKind> Kinds);
