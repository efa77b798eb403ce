using Cairn.Core.Answers;
using Cairn.Core.Knowledge;
using Cairn.Core.Safety;
using Cairn.Knowledge.Indexing;
using Cairn.Knowledge.Resources;
using Cairn.Knowledge.Understanding;

namespace Cairn.Knowledge.Answers;

/// <summary>
/// Builds the answer contract from chosen passages. Every block keeps the citations of the knowledge-base block it
/// came from; a citation that cannot be resolved to a named source drops its block rather than showing it uncited.
/// </summary>
internal sealed class AnswerComposer
{
    private const string GeneralQuestionsArticle = "questions-to-ask-your-oncologist";
    private const string UrgentArticle = "urgent-symptoms";
    private const int MinQuestions = 5;

    private readonly KnowledgeCorpus _corpus;
    private readonly KnowledgeOptions _options;
    private readonly List<Citation> _citations = [];
    private readonly HashSet<string> _cited = new(StringComparer.OrdinalIgnoreCase);

    public AnswerComposer(KnowledgeCorpus corpus, KnowledgeOptions options)
    {
        _corpus = corpus;
        _options = options;
    }

    public Answer Urgent(QuestionAnalysis analysis, TriageResult triage)
    {
        var citations = triage.SourceIds.Where(id => Cite(id, PassageCiting(id, UrgentArticle), triage.Message)).ToArray();
        return new Answer
        {
            Question = analysis.Question,
            Topic = analysis.Topic,
            Title = AnswerTexts.UrgentTitle,
            Urgent = new UrgentNotice(triage.Level, triage.Message, triage.Triggers, citations),
            Citations = _citations,
            Disclaimer = AnswerTexts.Disclaimer,
            Grounded = true,
        };
    }

    public static Answer NotGrounded(QuestionAnalysis analysis, bool outOfScope)
    {
        var blocks = new List<AnswerBlock> { new(BlockKind.Paragraph, AnswerTexts.NotCoveredText, []) };
        if (outOfScope)
        {
            blocks.Add(new AnswerBlock(BlockKind.Paragraph, AnswerTexts.NotCoveredScope, []));
        }

        return new Answer
        {
            Question = analysis.Question,
            Topic = analysis.Topic,
            Title = TitleOf(analysis.Question),
            Sections = [new AnswerSection(AnswerTexts.NotCoveredHeading, blocks)],
            Disclaimer = AnswerTexts.Disclaimer,
            Grounded = false,
        };
    }

    public Answer Grounded(QuestionAnalysis analysis, AnswerSelection selection, TriageResult triage)
    {
        var sections = new List<AnswerSection>();
        if (!string.IsNullOrEmpty(triage.Message))
        {
            // A near miss (e.g. 37.9 °C): routine advice, cited, before the answer itself.
            var ids = triage.SourceIds.Where(id => Cite(id, PassageCiting(id, UrgentArticle), triage.Message)).ToArray();
            if (ids.Length > 0)
            {
                sections.Add(new AnswerSection(AnswerTexts.TriageNoteHeading, [new AnswerBlock(BlockKind.Paragraph, triage.Message, ids)]));
            }
        }

        var headings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var hit in selection.Passages)
        {
            var passage = hit.Passage;
            var blocks = new List<AnswerBlock>();
            foreach (var block in passage.Section.Blocks)
            {
                var ids = block.Citations.Where(id => Cite(id, passage, null)).ToArray();
                if (ids.Length > 0)
                {
                    blocks.Add(new AnswerBlock(block.Kind, block.Text, ids));
                }
            }

            if (blocks.Count == 0)
            {
                continue;
            }

            var heading = headings.Add(passage.Section.Heading)
                ? passage.Section.Heading
                : $"{passage.Section.Heading} ({passage.Article.Title})";
            headings.Add(heading);
            sections.Add(new AnswerSection(heading, blocks));
        }

        if (selection.UncoveredParts.Count > 0)
        {
            sections.Add(new AnswerSection(
                AnswerTexts.PartNotCoveredHeading,
                selection.UncoveredParts.Select(part => new AnswerBlock(BlockKind.Paragraph, AnswerTexts.PartNotCovered(part), [])).ToArray()));
        }

        return new Answer
        {
            Question = analysis.Question,
            Topic = analysis.Topic,
            Title = TitleOf(analysis.Question),
            Sections = sections,
            QuestionsToAsk = QuestionsFor(selection),
            Citations = _citations,
            Disclaimer = AnswerTexts.Disclaimer,
            Grounded = true,
        };
    }

    /// <summary>Adds a citation for a source id once; false when the id names no source the knowledge base holds.</summary>
    private bool Cite(string id, KnowledgePassage? passage, string? fallbackPassage)
    {
        if (_cited.Contains(id))
        {
            return true;
        }

        SourceReference? source = passage?.Article.FindSource(id) ?? _corpus.Catalogue.Find(id);
        var quoted = passage?.QuotedText ?? fallbackPassage;
        if (source is null || string.IsNullOrEmpty(quoted))
        {
            return false;
        }

        _cited.Add(id);
        _citations.Add(new Citation(source.Id, source.Title, source.Publisher, source.Year, source.Url, quoted));
        return true;
    }

    /// <summary>A passage whose blocks cite the id, preferring the named article.</summary>
    private KnowledgePassage? PassageCiting(string id, string preferredArticle) =>
        _corpus.Passages
            .Where(passage => passage.Section.Blocks.Any(block => block.Citations.Contains(id, StringComparer.OrdinalIgnoreCase)))
            .OrderBy(passage => passage.Article.Id == preferredArticle ? 0 : 1)
            .FirstOrDefault();

    /// <summary>
    /// Questions from the "questions to ask" sections of the articles the answer used, taken in turn from each
    /// article so they fit every part of the question; topped up from the general list.
    /// </summary>
    private List<string> QuestionsFor(AnswerSelection selection)
    {
        var lists = selection.Passages
            .Select(hit => hit.Passage.Article)
            .DistinctBy(article => article.Id)
            .Select(QuestionsOf)
            .Where(list => list.Count > 0)
            .ToList();
        var questions = new List<string>();
        var target = Math.Max(MinQuestions, _options.QuestionsToAsk);
        for (var round = 0; questions.Count < target && lists.Any(list => list.Count > round); round++)
        {
            foreach (var list in lists.Where(list => list.Count > round))
            {
                if (questions.Count < target && !questions.Contains(list[round], StringComparer.OrdinalIgnoreCase))
                {
                    questions.Add(list[round]);
                }
            }
        }

        var topUp = (_corpus.FindArticle(GeneralQuestionsArticle) is { } general ? QuestionsOf(general) : [])
            .Concat(AnswerTexts.FallbackQuestions);
        foreach (var question in topUp)
        {
            if (questions.Count >= MinQuestions)
            {
                break;
            }

            if (!questions.Contains(question, StringComparer.OrdinalIgnoreCase))
            {
                questions.Add(question);
            }
        }

        return questions;
    }

    private static IReadOnlyList<string> QuestionsOf(Articles.KnowledgeArticle article) =>
        article.Sections
            .Where(section => section.IsQuestionsToAsk)
            .SelectMany(section => section.Blocks)
            .Select(block => block.Text)
            .ToArray();

    private static string TitleOf(string question)
    {
        var title = question.Trim();
        return title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];
    }
}
