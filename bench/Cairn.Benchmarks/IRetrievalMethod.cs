using Cairn.Knowledge.Indexing;

namespace Cairn.Benchmarks;

/// <summary>One row of the retrieval table: something that indexes the corpus and ranks passage ids.</summary>
public interface IRetrievalMethod : IDisposable
{
    string Name { get; }

    string Description { get; }

    /// <summary>How many documents the method indexed (passages, or whole answers for the baseline).</summary>
    int Indexed { get; }

    /// <summary>Indexes the corpus (timed as the build).</summary>
    void Build(KnowledgeCorpus corpus, string dataFolder);

    /// <summary>Passage ids, best first.</summary>
    IReadOnlyList<string> Search(string question, int limit);
}
