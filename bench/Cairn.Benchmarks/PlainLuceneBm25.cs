using Cairn.Knowledge.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Cairn.Benchmarks;

/// <summary>
/// What a user would deploy instead: plain Lucene BM25 (StandardAnalyzer with its default English stop words,
/// k1 1.2, b 0.75) over the passage body only, queried with the question's analysed terms OR-ed together (the
/// same as a default Elasticsearch <c>match</c> query). No titles, no query understanding. With
/// <c>documents</c> it indexes those (the baseline: one document per whole answer) instead of the passages.
/// </summary>
public sealed class PlainLuceneBm25(string name, IReadOnlyList<(string Id, string Text)>? documents = null) : IRetrievalMethod
{
    private static readonly LuceneVersion s_version = LuceneVersion.LUCENE_48;
    private readonly StandardAnalyzer _analyzer = new(s_version);
    private readonly RAMDirectory _directory = new();
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private string[] _ids = [];

    public string Name => name;

    public string Description => documents is null
        ? "plain Lucene BM25 over Cairn's passages, StandardAnalyzer, k1 1.2 b 0.75, body only"
        : "plain Lucene BM25 over whole answers (the issue's baseline), StandardAnalyzer, k1 1.2 b 0.75, body only";

    public int Indexed { get; private set; }

    public void Build(KnowledgeCorpus corpus, string dataFolder)
    {
        var similarity = new BM25Similarity(1.2f, 0.75f);
        var config = new IndexWriterConfig(s_version, _analyzer) { OpenMode = OpenMode.CREATE, Similarity = similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var (id, text) in documents ?? corpus.Passages.Select(passage => (passage.Id, passage.Section.PlainText)).ToArray())
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", id, Field.Store.YES),
                    new TextField("body", text, Field.Store.NO),
                });
                Indexed++;
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _ids = new string[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _ids[doc] = _reader.Document(doc).Get("id");
        }
    }

    public IReadOnlyList<string> Search(string question, int limit)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("body", question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term("body", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        return _searcher!.Search(query, limit).ScoreDocs.Select(hit => _ids[hit.Doc]).ToArray();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
