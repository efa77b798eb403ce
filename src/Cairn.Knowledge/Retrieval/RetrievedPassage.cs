using Cairn.Knowledge.Indexing;

namespace Cairn.Knowledge.Retrieval;

/// <summary>A passage found for a query, with its score (higher is better; comparable within one search).</summary>
/// <param name="PartIndex">Which question part found it (0 for the first part).</param>
public sealed record RetrievedPassage(KnowledgePassage Passage, double Score, int PartIndex = 0);
