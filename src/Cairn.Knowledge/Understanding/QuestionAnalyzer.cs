using System.Text.RegularExpressions;

namespace Cairn.Knowledge.Understanding;

/// <summary>Detects the topic, kinds and parts of a question. Pure and thread-safe.</summary>
public static partial class QuestionAnalyzer
{
    private static readonly (QuestionKind Kind, Regex Pattern)[] s_kindPatterns =
    [
        (QuestionKind.Meaning, Kind(@"\bwhat (does|do|is|are|'s)\b|\bmean(s|ing)?\b|\bdefin\w*|\bdifference between\b|\bexplain\b|\bwhat kind\b|\bis it the same\b")),
        (QuestionKind.Testing, Kind(@"\btest(s|ed|ing)?\b|\bihc\b|\bfish\b|\bish\b|\bbiopsy\b|\bpathology\b|\breport\b|\bscore\b|\bresults?\b|\bdiagnos\w*")),
        (QuestionKind.Monitoring, Kind(@"\bmonitor\w*|\bfollow[- ]?up\b|\bcheck[- ]?ups?\b|\bsurveillance\b|\bhow often\b|\bscans?\b|\bmarkers?\b|\bwatch\w*|\btrack\w*|\bkeep an eye\b")),
        (QuestionKind.Treatment, Kind(@"\btreat\w*|\btherap\w*|\bdrugs?\b|\bmedicin\w*|\bmedication\w*|\bchemo\w*|\bsurgery\b|\boptions?\b|\bradiation\b|\bradiotherapy\b|\bwork\b|\bresistan\w*")),
        (QuestionKind.SideEffects, Kind(@"\bside[- ]effects?\b|\btoxicit\w*|\brisks?\b|\bsafe\b|\bheart\b|\bcough\w*|\bnausea\b|\bdiarrh\w*|\btired\w*|\bfatigue\b")),
        (QuestionKind.Prognosis, Kind(@"\bprognos\w*|\bsurviv\w*|\boutlook\b|\blife expectancy\b|\bchances?\b|\bcur(e|ed|able)\b|\brecur\w*|\bcome back\b")),
        (QuestionKind.Symptoms, Kind(@"\bsymptoms?\b|\bsigns?\b|\bpain\b|\blump\w*|\bfeel\w*|\bswell\w*|\bfever\b")),
        (QuestionKind.Living, Kind(@"\bdiet\b|\beat\w*|\bexercis\w*|\bwork(ing)?\b|\bjob\b|\bliv(e|ing)\b|\bemotion\w*|\banxi\w*|\bfear\b|\bsex\w*|\bfertil\w*|\bpregnan\w*|\bsupport\b|\bafter treatment\b")),
    ];

    /// <summary>Analyzes a question.</summary>
    public static QuestionAnalysis Analyze(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var cleaned = Whitespace().Replace(question, " ").Trim();
        var concepts = MedicalVocabulary.FindConcepts(cleaned);
        var cancerTypes = MedicalVocabulary.FindCancerTypes(cleaned);
        var parts = SplitParts(cleaned);
        var kinds = new HashSet<QuestionKind>(parts.SelectMany(part => part.Kinds));
        if (kinds.Count == 0)
        {
            kinds.Add(QuestionKind.Meaning);
        }

        return new QuestionAnalysis(cleaned, kinds, concepts, cancerTypes, DetectTopic(cleaned, concepts, cancerTypes), parts);
    }

    /// <summary>Kinds of one piece of text.</summary>
    public static IReadOnlySet<QuestionKind> DetectKinds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        return s_kindPatterns.Where(entry => entry.Pattern.IsMatch(lower)).Select(entry => entry.Kind).ToHashSet();
    }

    private static string? DetectTopic(string question, IReadOnlyList<MedicalConcept> concepts, IReadOnlyList<string> cancerTypes)
    {
        var ids = concepts.Select(concept => concept.Id).ToHashSet(StringComparer.Ordinal);
        var breast = cancerTypes.Contains("Breast Cancer");
        var lower = question.ToLowerInvariant();
        if (ids.Contains("her2-low"))
        {
            return "HER2-Low Breast Cancer";
        }

        if (HerNegative().IsMatch(lower))
        {
            return breast ? "HER2-Negative Breast Cancer" : null;
        }

        if (ids.Contains("her2") || concepts.Any(concept => concept.Category == "drug" && concept.Id != "zanidatamab"))
        {
            return "HER2-Positive Breast Cancer";
        }

        if (breast && (ids.Contains("er") || ids.Contains("pr") || ids.Contains("hormone-receptor")))
        {
            return "Hormone Receptor-Positive Breast Cancer";
        }

        return cancerTypes.Count > 0 ? cancerTypes[0] : null;
    }

    private static QuestionPart[] SplitParts(string question)
    {
        var pieces = PartBoundary().Split(question)
            .Select(piece => piece.Trim(' ', ',', ';', '?', '.'))
            .Where(piece => piece.Length > 0)
            .ToArray();
        if (pieces.Length == 0)
        {
            return [];
        }

        var subject = SubjectOf(pieces[0]);
        return pieces
            .Select((piece, index) => new QuestionPart(
                piece,
                index == 0 || !RefersBack().IsMatch(piece) ? string.Empty : subject,
                DetectKinds(piece)))
            .ToArray();
    }

    /// <summary>The content words of the first part, without question words (what, does, mean...).</summary>
    private static string SubjectOf(string firstPart)
    {
        var words = firstPart.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !QuestionWord().IsMatch(word));
        return string.Join(" ", words);
    }

    private static Regex Kind(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\?\s+|;\s*|,?\s+\band\s+(?=(?:how|what|when|why|where|which|who|is|are|can|should|do|does|will|would)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PartBoundary();

    [GeneratedRegex(@"\b(it|this|that|they|them|these|those|its)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"^(what|whats|what's|how|does|do|is|are|mean|means|the|a|an|for|of|in|to|can|should|why|when|which|who|i|my|me)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"\bher2[- ]?(negative|neg)\b|\bher2-\s|\bher2-$")]
    private static partial Regex HerNegative();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
