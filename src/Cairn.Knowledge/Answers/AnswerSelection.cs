using Cairn.Knowledge.Retrieval;

namespace Cairn.Knowledge.Answers;

/// <summary>The passages chosen for an answer, in answer order, and the question parts no passage covered.</summary>
internal sealed record AnswerSelection(IReadOnlyList<RetrievedPassage> Passages, IReadOnlyList<string> UncoveredParts);
