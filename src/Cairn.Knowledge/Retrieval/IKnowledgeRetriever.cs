namespace Cairn.Knowledge.Retrieval;

/// <summary>Finds knowledge passages for a piece of text.</summary>
public interface IKnowledgeRetriever
{
    /// <summary>Searches the knowledge base. Thread-safe.</summary>
    /// <param name="query">Free text (a question or a part of one).</param>
    /// <param name="limit">Maximum number of passages.</param>
    /// <param name="context">Words that weigh less than the query itself (e.g. the subject carried from an earlier part).</param>
    /// <returns>Passages best first; empty when nothing matches.</returns>
    IReadOnlyList<RetrievedPassage> Search(string query, int limit, string? context = null);

    /// <summary>Content terms of the query (analyzed the way the index is; question words removed).</summary>
    IReadOnlyList<string> ContentTerms(string query);

    /// <summary>
    /// The terms that say what the query asks about: its content terms without setting words (cancer type, organ,
    /// receptor status), or all content terms when it has nothing else.
    /// </summary>
    IReadOnlyList<string> FocusTerms(string query);

    /// <summary>Analyzed terms of a passage, for coverage checks.</summary>
    IReadOnlySet<string> PassageTerms(Indexing.KnowledgePassage passage);
}
