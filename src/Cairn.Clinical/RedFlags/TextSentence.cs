using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// One normalised sentence with its words, and the three questions the extractor asks about a phrase found in it:
/// is it negated ("no fever"), is it hypothetical ("if I get a fever"), and is it a personal report rather than a
/// general question ("What is febrile neutropenia?"). Pure and thread-safe.
/// </summary>
internal sealed class TextSentence
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>How many words before a phrase a negation word may stand ("no fever, chills or chest pain").</summary>
    private const int NegationWindow = 8;

    /// <summary>The most tokens looked at before a phrase for a negation, list items and commas included.</summary>
    private const int MaxTokensScanned = 40;

    /// <summary>The most tokens looked at after a negation for an "or" that continues its list.</summary>
    private const int MaxListTokens = 40;

    /// <summary>How many words before a phrase a personal marker ("I have", "my") may stand.</summary>
    private const int AnchorWindow = 6;

    private static readonly Regex s_sentenceEnd = new(@"[!?;\n]+|\.+(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex s_token = new(@"[a-z0-9]+(?:\.[0-9]+)?|[,:()\-/<>=]", Options);

    private static readonly FrozenSet<string> s_negationCues = FrozenSet.Create(
        StringComparer.Ordinal, "no", "not", "without", "denies", "denied", "deny", "denying", "never", "none", "neither", "nor", "zero");

    // Words after a negation cue that make it something else: doubt ("not sure"), persistence ("will not stop",
    // "no better"), emphasis ("without warning"). Uncertainty counts as a report: safety first.
    private static readonly FrozenSet<string> s_pseudoNegationFollowers = FrozenSet.Create(
        StringComparer.Ordinal,
        "sure", "certain", "know", "knowing", "think", "stop", "stopping", "stopped", "only", "just", "better", "improving",
        "improve", "improved", "improvement", "helping", "help", "helped", "go", "going", "gone", "settle", "settling",
        "settled", "resolving", "resolved", "easing", "eased", "responding", "working", "normal", "idea", "relief", "change",
        "matter", "doubt", "warning", "end", "clear", "sleep", "sleeping", "ease", "goes", "went", "reason", "remember", "tell");

    private static readonly FrozenSet<string> s_postNegationCues = FrozenSet.Create(
        StringComparer.Ordinal, "denied", "absent", "resolved", "gone", "stopped", "settled", "cleared", "subsided", "disappeared", "free");

    private static readonly FrozenSet<string> s_colonNegationCues = FrozenSet.Create(
        StringComparer.Ordinal, "no", "none", "negative", "nil", "denied", "absent");

    // Words that end a negation's reach: a contrast ("but"), a new subject ("my leg is swollen"), "and" (patients
    // write "no fever and my leg hurts" far more often than the clinical "denies fever and chills"; safety first).
    private static readonly FrozenSet<string> s_scopeTerminators = FrozenSet.Create(
        StringComparer.Ordinal,
        "but", "however", "though", "although", "except", "yet", "whereas", "while", "which", "who", "whom", "because",
        "since", "still", "now", "also", "plus", "just", "only", "then", "apart", "aside", "besides", "instead", "anyway",
        "and", "i", "my", "me", "mine", "we", "our", "us", "she", "he", "her", "his", "they", "their", "them", "it", "there",
        "mum", "mom", "mother", "dad", "father", "husband", "wife", "partner", "son", "daughter", "today", "tonight");

    private static readonly FrozenSet<string> s_fillers = FrozenSet.Create(
        StringComparer.Ordinal, "so", "and", "but", "ok", "okay", "hi", "hello", "hey", "please", "also", "um", "well", "quick", "question", "dear", "doctor", "cairn");

    private static readonly FrozenSet<string> s_questionWords = FrozenSet.Create(
        StringComparer.Ordinal, "what", "whats", "which", "how", "why", "when", "who", "where", "whom");

    private static readonly Regex s_educationalPhrase = new(
        @"\b(?:signs? of|symptoms? of|warning signs?|red flags?|side[ -]effects?|what is|what are|what does|what do|mean|means|meaning|definition|define|defined|counts? as|considered|tell me about|explain|describe|learn about|read about|information (?:about|on)|info (?:about|on)|difference between|how common|is it common|risk of|risks of|chances? of|likely|likelihood|cause|causes|caused|in general|generally|typically|usually|commonly|what temperature|when to|how do i know|how can i tell|how would i know|look out for|watch for|watch out for|keep an eye out|(?:if|when|should|do|can|could) you|for example|such as|like what|list of|which symptoms|what symptoms)\b",
        Options);

    private static readonly Regex s_presentConcern = new(
        @"\b(?:(?:is|are) (?:this|that|it|these|those) (?:normal|ok|okay|serious|dangerous|bad|urgent|an emergency|a concern|concerning|worrying|something to worry)|is it normal|is this normal|should i (?:be )?(?:worried|worry|concerned|go|call|ring|phone|see|head)|do i need to (?:go|call|ring|see|worry)|(?:i am|i feel) (?:so |really |very )?(?:worried|scared|frightened|afraid|panicking|panicky|concerned|anxious)|please help|need help|right now|what (?:do|should|can|shall) (?:i|we) do(?: now)?$|what to do$|what now)\b|\bhelp\W*$|(?:an emergency|serious|dangerous|urgent|life[ -]threatening)\W*$",
        Options);

    private static readonly Regex s_hypothetical = new(
        @"(?:\b(?:if|in case|what if|unless|should) (?:i|you|someone|somebody|anyone|a person|people|patients?|they|one|he|she|the patient|it|my [a-z]+|her [a-z]+|his [a-z]+|your [a-z]+)(?: ever| were to| start to| begin to| happen to| then)? (?:get|gets|develop|develops|start|starts|experience|experiences|notice|notices|become|becomes|begin|begins|reach|reaches|go|goes|rise|rises|hit|hits|spike|spikes|climb|climbs|happen|happens|were|was to|ever|have|has|am|is|are|feel|feels|run|runs)\b|\bin case of\b|\bwhat happens if\b|\b(?:if|when) you\b)",
        Options);

    private static readonly Regex s_doubtBeforeIf = new(
        @"\b(?:know|knowing|sure|certain|unsure|wonder|wondering|tell|check|checking|see|ask|asking|asked|whether)\s*$", Options);

    private static readonly Regex s_distantPast = new(
        @"^\W*(?:[a-z0-9.]+ ){0,4}(?:(?:\d+|a|an|one|two|three|four|five|six|few|several|many|some|couple of) (?:years?|months?) ago|years ago|last (?:year|month|summer|winter|spring|autumn|fall)|in (?:19|20)\d\d|when i was (?:a |young)|as a (?:child|kid)|long ago|in the past)\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_refersBack = new(
        @"^(?:(?:yes|and|but|well|so|because|as)\s+)?(?:i|she|he|we|they|my [a-z]+)(?: [a-z]+){0,3} (?:have|has|had|am|is|are|keep|keeps|kept|got|get|getting|having|been|think|feel|felt)(?: [a-z]+){0,3} (?:it|them|this|these|that|those|one|some|several|a few|a lot|lots|many|\d+|two|three|four|five)\b|^(?:yes\s+)?(?:i do|i have|i am|she does|she has|he does|he has|me too|that is me|that is what i have)\b",
        Options);

    private static readonly Regex s_subjectReport = new(
        @"\b(?:i|we|she|he|they|it|mum|mom|mother|dad|father|husband|wife|partner|son|daughter|sister|brother|friend|patient|baby)(?: [a-z]+){0,2} (?:am|is|are|was|were|have|has|had|got|keep|keeps|kept|feel|feels|felt|started|noticed|developed|woke|been|cannot|seem|seems|coughed|fainted|passed|threw|vomited|spat)\b",
        Options);

    private static readonly Regex s_reportWord = new(
        @"\b(?:have|has|having|had|got|getting|feel|feeling|felt|keep|keeps|kept|noticed|developed|experiencing|experienced|suffering|started|starting|running|spiking|spiked|now|currently|today|tonight|still|there is|there are|there was|my|our|his|her|their|mine|measured|thermometer)\b",
        Options);

    // "my doctor", "my chemo": a possessive that names care, not a body or a symptom, is no personal report.
    private static readonly Regex s_careNounPossessive = new(
        @"\b(?:my|our|his|her|their) (?:doctor|doctors|oncologist|oncologists|team|nurse|nurses|care|gp|chemo|chemotherapy|treatment|treatments|cancer|infusion|infusions|appointment|hospital|question|questions|results|result|scan|scans|report|drug|drugs|medication|medications|medicine|medicines|therapy|consultant|specialist|surgeon|clinic|own|next|last|first|understanding)\b",
        Options);

    // "I was told to watch for fever" passes on advice; it reports nothing.
    private static readonly Regex s_toldAbout = new(
        @"\b(?:i|we|she|he|they)\s+(?:was|were|have been|had been|am|are|is|got|get)\s+(?:told|asked|advised|instructed|warned|informed|taught|given)\b", Options);

    private static readonly Regex s_followingReport = new(
        @"^\W*(?:[a-z0-9.]+ ){0,4}?(?:today|tonight|yesterday|since|this morning|this afternoon|this evening|last night|right now|now|currently|again|all day|all night|for (?:the )?(?:past |last )?(?:\d+|a|an|one|two|three|few|several|couple)\b)",
        RegexOptions.CultureInvariant);

    private readonly string[] _words;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private TextSentence(string text)
    {
        Text = text;
        var tokens = s_token.Matches(text);
        _words = new string[tokens.Count];
        _starts = new int[tokens.Count];
        _ends = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            _words[i] = tokens[i].Value;
            _starts[i] = tokens[i].Index;
            _ends[i] = tokens[i].Index + tokens[i].Length;
        }

        IsEducational = ComputeIsEducational(out var firstWord);

        // "When should I go to the ER for a fever?" asks about timing in general; "Should I go to the ER?" is worry now.
        HasPresentConcern = firstWord != "when" && s_presentConcern.IsMatch(text);
    }

    /// <summary>The normalised sentence, without its end mark.</summary>
    public string Text { get; }

    /// <summary>
    /// The sentence is framed as a general question or request for information ("What is…", "Can X cause…",
    /// "signs of…"). Phrases in it count only when a personal marker stands next to them.
    /// </summary>
    public bool IsEducational { get; }

    /// <summary>The sentence voices present worry ("is this normal?", "should I go to the ER?"): everything counts.</summary>
    public bool HasPresentConcern { get; }

    /// <summary>Splits normalised text into sentences at . ! ? ; and newlines (a decimal point is not an end).</summary>
    public static IReadOnlyList<TextSentence> Split(string normalized)
    {
        var sentences = new List<TextSentence>();
        var start = 0;
        foreach (Match end in s_sentenceEnd.Matches(normalized))
        {
            Add(normalized[start..end.Index]);
            start = end.Index + end.Length;
        }

        Add(normalized[start..]);
        return sentences;

        void Add(string part)
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                sentences.Add(new TextSentence(trimmed));
            }
        }
    }

    /// <summary>
    /// True when the phrase at [start, end) counts as something the person reports now: not negated, not
    /// hypothetical, not history ("last year"), and either in a sentence that is not a general question, or
    /// anchored by a personal marker.
    /// </summary>
    /// <param name="phraseWords">From <see cref="WordsInPhrases"/>: words inside phrases (list items a negation reaches past).</param>
    public bool IsReported(int start, int end, bool[]? phraseWords) =>
        !IsNegated(start, end, phraseWords) && !IsHypothetical(start) && !IsDistantPast(end)
        && (!IsEducational || HasPresentConcern || IsAnchored(start, end));

    /// <summary>
    /// True when the phrase was set aside only because the sentence is a general question: not negated, not
    /// hypothetical, not history. A following "I have it" (<see cref="RefersBack"/>) turns it into a report.
    /// </summary>
    public bool IsGeneralMention(int start, int end, bool[]? phraseWords) =>
        IsEducational && !HasPresentConcern && !IsAnchored(start, end)
        && !IsNegated(start, end, phraseWords) && !IsHypothetical(start) && !IsDistantPast(end);

    /// <summary>
    /// The sentence says the person has what the previous sentence asked about: "Can Enhertu cause a cough? I have
    /// had it for a week." / "Does Kadcyla cause nosebleeds? I've had three today."
    /// </summary>
    public bool RefersBack => s_refersBack.IsMatch(Text);

    /// <summary>
    /// Marks the words that lie inside any of the phrases found in this sentence. Words before a phrase are never part
    /// of it, so one map serves every phrase.
    /// </summary>
    public bool[] WordsInPhrases(IEnumerable<(int Start, int End)> phrases)
    {
        var inside = new bool[_words.Length];
        foreach (var (start, end) in phrases)
        {
            for (var index = FirstWordAtOrAfter(start); index < _words.Length && _ends[index] <= end; index++)
            {
                inside[index] = true;
            }
        }

        return inside;
    }

    /// <summary>True when a negation ("no", "not", "without", "denies", "never") governs the phrase, or follows it ("fever: none", "swelling has gone").</summary>
    public bool IsNegated(int start, int end, bool[]? phraseWords)
    {
        var first = FirstWordAtOrAfter(start);
        var last = FirstWordAtOrAfter(end) - 1;
        var counted = 0;
        var crossedComma = false;
        for (var j = first - 1; j >= 0 && first - j <= MaxTokensScanned; j--)
        {
            // Words of other phrases are list items: "no fever, chills or chest pain" reaches past "chills".
            if (phraseWords is not null && phraseWords[j])
            {
                continue;
            }

            var word = _words[j];
            if (word is "," or ":" || (word == "-" && _starts[j] > 0 && Text[_starts[j] - 1] == ' '))
            {
                crossedComma = true;
                continue;
            }

            if (word.Length == 1 && !char.IsLetterOrDigit(word[0]))
            {
                continue;
            }

            if (s_scopeTerminators.Contains(word) || ++counted > NegationWindow)
            {
                break;
            }

            if (IsNegationCue(j, last))
            {
                // "No fever, coughing up blood" reports the blood; "no fever, chills or cough" negates the list.
                if (!crossedComma || ListContinuesWithOr(j))
                {
                    return true;
                }

                break;
            }
        }

        for (var k = last + 1; k < _words.Length && k <= last + 3; k++)
        {
            var word = _words[k];
            if (k == last + 1 && word is ":" or "-" && k + 1 < _words.Length && s_colonNegationCues.Contains(_words[k + 1]))
            {
                return true;
            }

            // "the swelling has gone" negates; "my temperature has gone up" does not.
            var following = k + 1 < _words.Length ? _words[k + 1] : string.Empty;
            if (s_postNegationCues.Contains(word) && following is not ("up" or "higher" or "worse" or "bad" or "numb" or "weak" or "red" or "back" or "on"))
            {
                return true;
            }

            if (s_scopeTerminators.Contains(word) || word is ",")
            {
                break;
            }
        }

        return false;
    }

    /// <summary>True when the phrase sits in a conditional about the future or about people in general ("if I get a fever").</summary>
    public bool IsHypothetical(int start)
    {
        // Only the clause before the phrase matters: "If you get a fever call us, but I have chest pain" reports.
        var before = TextWindow.Before(Text, start, 160);
        var clauseStart = Math.Max(Math.Max(before.LastIndexOf(" but ", StringComparison.Ordinal), before.LastIndexOf(',')), 0);
        var clause = before[clauseStart..];
        foreach (Match conditional in s_hypothetical.Matches(clause))
        {
            // "I do not know if I have a fever" is doubt about now, not a condition: it counts (safety first).
            if (!s_doubtBeforeIf.IsMatch(clause[..conditional.Index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the phrase is placed in the distant past ("a fever last year", "chest pain years ago").</summary>
    public bool IsDistantPast(int end) => s_distantPast.IsMatch(TextWindow.After(Text, end, 120));

    /// <summary>True when a personal marker ("I have", "my", "she is", "since yesterday") stands next to the phrase.</summary>
    public bool IsAnchored(int start, int end)
    {
        var first = FirstWordAtOrAfter(start);
        var windowStart = Math.Max(first - AnchorWindow < 0 ? 0 : _starts[first - AnchorWindow], start - 160);
        var around = s_toldAbout.Replace(s_careNounPossessive.Replace(Text[windowStart..Math.Min(end, start + 160)], " "), " ");
        return s_subjectReport.IsMatch(around) || s_reportWord.IsMatch(around) || s_followingReport.IsMatch(TextWindow.After(Text, end, 120));
    }

    private bool ComputeIsEducational(out string firstWord)
    {
        var index = 0;
        while (index < _words.Length && s_fillers.Contains(_words[index]))
        {
            index++;
        }

        firstWord = index < _words.Length ? _words[index] : string.Empty;
        var startsWithQuestionWord = s_questionWords.Contains(firstWord);
        return startsWithQuestionWord || s_educationalPhrase.IsMatch(Text);
    }

    private bool IsNegationCue(int index, int lastWordOfPhrase)
    {
        var word = _words[index];
        var next = index + 1 < _words.Length ? _words[index + 1] : string.Empty;
        var afterNext = index + 2 < _words.Length ? _words[index + 2] : string.Empty;
        if (word is "free" or "negative" or "absence" or "lack")
        {
            return next is "of" or "for";
        }

        if (!s_negationCues.Contains(word))
        {
            return false;
        }

        // "not sure", "will not stop", "no better", "without warning", "do not think": not a negation of the symptom.
        if (s_pseudoNegationFollowers.Contains(next) || (next is "be" or "really" or "even" or "getting" && s_pseudoNegationFollowers.Contains(afterNext)))
        {
            return false;
        }

        // "I have never had chest pain like this before" reports new pain; "I have never had a fever" negates.
        if (word == "never")
        {
            var after = string.Join(' ', _words.Skip(lastWordOfPhrase + 1).Take(4));
            return !(after.StartsWith("before", StringComparison.Ordinal) || after.Contains("like this", StringComparison.Ordinal)
                || after.Contains("this bad", StringComparison.Ordinal) || after.Contains("until now", StringComparison.Ordinal)
                || after.Contains("so bad", StringComparison.Ordinal));
        }

        return true;
    }

    private bool ListContinuesWithOr(int cueIndex)
    {
        for (var k = cueIndex + 1; k < _words.Length && k - cueIndex <= MaxListTokens; k++)
        {
            if (_words[k] is "or" or "nor")
            {
                return true;
            }

            if (s_scopeTerminators.Contains(_words[k]))
            {
                return false;
            }
        }

        return false;
    }

    private int FirstWordAtOrAfter(int position)
    {
        var index = Array.BinarySearch(_starts, position);
        return index >= 0 ? index : ~index;
    }
}
