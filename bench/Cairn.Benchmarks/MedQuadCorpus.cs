using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cairn.Knowledge.Articles;
using Cairn.Knowledge.Indexing;
using Cairn.Knowledge.Ingestion;

namespace Cairn.Benchmarks;

/// <summary>
/// The benchmark corpus: every MedQuAD answer except collections 10-12 (their answers were removed upstream), read
/// with Cairn's own <see cref="SourceReader"/> (so chunking is production chunking), and question sets whose relevant
/// passages are the chunks of their own answer.
/// </summary>
/// <remarks>
/// What is indexed: for each passage, the document title (MedQuAD <c>&lt;Focus&gt;</c>) as the article title and the
/// answer text as the body. The question is NOT indexed: in Cairn's ingestion a QA pair's question becomes the
/// section heading, which would make the benchmark trivial, so every heading is replaced by an empty one here.
/// </remarks>
public sealed partial class MedQuadCorpus
{
    private static readonly string[] s_excluded = ["10_", "11_", "12_"];

    private MedQuadCorpus(
        IReadOnlyList<KnowledgeArticle> articles,
        IReadOnlyDictionary<string, QuestionSet> sets,
        int files,
        IReadOnlyList<(string Id, string Text)> answers)
    {
        Articles = articles;
        Answers = answers;
        QuestionSets = sets;
        Files = files;
    }

    public IReadOnlyList<KnowledgeArticle> Articles { get; }

    /// <summary>Question sets by name (e.g. "nci", "niddk").</summary>
    public IReadOnlyDictionary<string, QuestionSet> QuestionSets { get; }

    public int Files { get; }

    /// <summary>
    /// Whole answers, one per QA pair (the issue's 16,407-document baseline corpus): the id is the id of the answer's
    /// first passage, so a hit on it is a hit on the question's relevant set.
    /// </summary>
    public IReadOnlyList<(string Id, string Text)> Answers { get; }

    public int PassageCount => Articles.Sum(article => article.Sections.Count);

    /// <summary>The knowledge corpus the production code indexes (no built-in articles).</summary>
    public KnowledgeCorpus ToCorpus() => new(new KnowledgeBase([], SourceCatalogue.Empty), Articles);

    /// <summary>Loads the corpus from a MedQuAD folder.</summary>
    /// <param name="passages">When set: keep whole documents (question-set documents first) up to this many
    /// passages; above the corpus size the corpus is repeated with new article ids.</param>
    public static MedQuadCorpus Load(string root, int? passages = null)
    {
        var now = DateTimeOffset.UnixEpoch;
        var collections = Directory.GetDirectories(root)
            .Where(folder => !s_excluded.Any(prefix => Path.GetFileName(folder).StartsWith(prefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var documents = new List<(string Collection, KnowledgeArticle Article, List<(string Question, List<string> Passages)> Pairs)>();
        var files = 0;
        foreach (var collection in collections)
        {
            var name = Path.GetFileName(collection);
            foreach (var file in Directory.EnumerateFiles(collection, "*.xml").Order(StringComparer.Ordinal))
            {
                files++;
                IngestedDocument document;
                try
                {
                    document = SourceReader.Read(file, now);
                }
                catch (SourceIngestException)
                {
                    continue;
                }

                var (article, pairs) = Relabel(document, file);
                documents.Add((name, article, pairs));
            }
        }

        var selected = documents;
        if (passages is { } wanted)
        {
            // Question-set documents first, then the rest in a fixed pseudo-random order, whole documents only.
            var ordered = documents
                .OrderBy(document => IsQuestionCollection(document.Collection) ? 0 : 1)
                .ThenBy(document => StableOrder(document.Article.Id))
                .ToList();
            selected = [];
            var count = 0;
            for (var copy = 0; count < wanted; copy++)
            {
                foreach (var document in ordered)
                {
                    if (count >= wanted)
                    {
                        break;
                    }

                    var article = copy == 0 ? document.Article : document.Article with { Id = $"{document.Article.Id}-r{copy}" };
                    selected.Add((document.Collection, article, copy == 0 ? document.Pairs : []));
                    count += article.Sections.Count;
                }
            }
        }

        var sets = new Dictionary<string, QuestionSet>(StringComparer.Ordinal)
        {
            ["nci"] = BuildSet("nci", "1_CancerGov_QA", selected),
            ["niddk"] = BuildSet("niddk", "5_NIDDK_QA", selected),
        };
        var answers = new List<(string, string)>();
        foreach (var document in selected)
        {
            var texts = document.Article.Sections
                .Select((section, index) => (Id: $"{document.Article.Id}#{index}", section.PlainText))
                .ToDictionary(pair => pair.Id, pair => pair.PlainText, StringComparer.Ordinal);
            foreach (var pair in document.Pairs.Where(pair => pair.Passages.Count > 0))
            {
                answers.Add((pair.Passages[0], string.Join("\n", pair.Passages.Select(id => texts[id]))));
            }
        }

        return new MedQuadCorpus(selected.Select(document => document.Article).ToArray(), sets, files, answers);
    }

    private static bool IsQuestionCollection(string collection) =>
        collection.StartsWith("1_", StringComparison.Ordinal) || collection.StartsWith("5_", StringComparison.Ordinal);

    private static ulong StableOrder(string id)
    {
        // FNV-1a: a fixed order that does not depend on the runtime's string hashing.
        var hash = 14695981039346656037UL;
        foreach (var character in id)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// A question set: each distinct (document, question) pair of a collection; its relevant passages are every chunk
    /// of every answer to that question in that document (NIDDK repeats a question with several answers).
    /// </summary>
    private static QuestionSet BuildSet(
        string name,
        string collection,
        List<(string Collection, KnowledgeArticle Article, List<(string Question, List<string> Passages)> Pairs)> documents)
    {
        var questions = new List<BenchQuestion>();
        foreach (var document in documents.Where(document => document.Collection == collection))
        {
            foreach (var group in document.Pairs.GroupBy(pair => pair.Question, StringComparer.Ordinal))
            {
                var relevant = group.SelectMany(pair => pair.Passages).ToHashSet(StringComparer.Ordinal);
                if (relevant.Count > 0)
                {
                    questions.Add(new BenchQuestion(group.Key, relevant));
                }
            }
        }

        return new QuestionSet(name, collection, questions);
    }

    /// <summary>
    /// Replaces each section heading (the QA question, plus "(part N)" for long answers) with an empty heading and
    /// records which passages answer which question.
    /// </summary>
    private static (KnowledgeArticle Article, List<(string Question, List<string> Passages)> Pairs) Relabel(IngestedDocument document, string file)
    {
        var questions = XDocument.Load(file).Root?.Element("QAPairs")?.Elements("QAPair")
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Element("Question")?.Value) && !string.IsNullOrWhiteSpace(pair.Element("Answer")?.Value))
            .Select(pair => Whitespace().Replace(pair.Element("Question")!.Value.Trim(), " "))
            .ToList() ?? [];
        var pairs = questions.Select(question => (Question: question, Passages: new List<string>())).ToList();
        var article = IngestedSourceStore.ToArticle(document);
        var sections = new List<KnowledgeSection>();
        var pairIndex = 0;
        for (var index = 0; index < article.Sections.Count; index++)
        {
            var section = article.Sections[index];
            // Sections come in QA order; a section belongs to the first pair at or after the current one whose
            // question it is headed by (the chunker adds " (part N)" to later chunks).
            while (pairIndex < pairs.Count && !HeadedBy(section.Heading, pairs[pairIndex].Question))
            {
                pairIndex++;
            }

            if (pairIndex < pairs.Count && section.Heading == pairs[pairIndex].Question && pairs[pairIndex].Passages.Count > 0)
            {
                // The same question again: a second answer to a repeated question starts here.
                pairIndex = NextPairWithQuestion(pairs, pairIndex);
            }

            if (pairIndex < pairs.Count)
            {
                pairs[pairIndex].Passages.Add($"{article.Id}#{index}");
            }

            sections.Add(section with { Heading = string.Empty });
        }

        return (article with { Sections = sections }, pairs);
    }

    private static int NextPairWithQuestion(List<(string Question, List<string> Passages)> pairs, int from)
    {
        for (var index = from + 1; index < pairs.Count; index++)
        {
            if (pairs[index].Question == pairs[from].Question)
            {
                return index;
            }
        }

        return from;
    }

    private static bool HeadedBy(string heading, string question) =>
        heading == question || (heading.StartsWith(question, StringComparison.Ordinal) && heading.AsSpan(question.Length).StartsWith(" (part ", StringComparison.Ordinal));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A benchmark question and the ids of the passages that answer it.</summary>
public sealed record BenchQuestion(string Text, IReadOnlySet<string> Relevant);

/// <summary>Named questions from one MedQuAD collection.</summary>
public sealed record QuestionSet(string Name, string Collection, IReadOnlyList<BenchQuestion> Questions);
