using System.Text.RegularExpressions;
using Cairn.Clinical.Drugs;
using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>
/// Reads anti-HER2 treatments from clinic-letter lines: "Started trastuzumab + pertuzumab on 2026-01-10", "Herceptin
/// completed 2025-12-01", "T-DXd since March 2026", "received trastuzumab from 2025-01-10 to 2025-12-01". Drug names
/// (generic, brand, abbreviation, biosimilar) are looked up with <see cref="AntiHer2DrugCatalogue.TryFind"/> and
/// recorded by their generic name.
/// </summary>
/// <remarks>
/// A drug is recorded only when its clause says it was or is being given (started, commenced, since, completed,
/// stopped, currently on, received ...). Plans and conditions ("plan: start T-DXd", "consider pertuzumab", "if HER2
/// positive, trastuzumab will be started") and negations ("no prior trastuzumab", "declined Herceptin") are skipped.
/// A clause about a pause ("withheld from ... to ...", "on hold") is not a course and is skipped. A clause telling two
/// steps ("X started ... after completing Y on ...") is cut at "after", "before", "following" or "then" when each part
/// names a drug and a status word, so each drug gets only its own dates.
/// A date becomes the start or end date by the nearest start or end word before it (after it, when none is before);
/// "was given" dates the start only for the first cycle ("Cycle 1 ... was given on ..."); a month without a day or an
/// ambiguous date is left empty with a warning.
/// </remarks>
internal static partial class TreatmentLineReader
{
    private const int MaxNameTokens = 7;
    private const int NegationWindow = 40;

    public static void Read(ReportContext context, ReportLine line)
    {
        foreach (var clause in Clauses(line.Text))
        {
            foreach (var part in SequenceParts(clause))
            {
                ReadClause(context, line, part);
            }
        }
    }

    private static void ReadClause(ReportContext context, ReportLine line, string clause)
    {
        var dates = context.FindDates(clause);

        // "from" is a start word only before a date ("from 2025-01-10 to ..."), not in "benefit from trastuzumab";
        // "to" and "until" only end a "from" range.
        // A negated status word ("not started", "never received") says the drug was not given.
        var keywords = StatusWord().Matches(clause)
            .Where(k => !k.Groups["from"].Success || dates.Any(d => d.Index == k.Index + k.Length + WhiteSpaceAt(clause, k.Index + k.Length)))
            .ToList();
        if (keywords.Exists(k => NegatedVerb().IsMatch(clause[..k.Index])))
        {
            return;
        }

        if (!keywords.Exists(k => !k.Groups["to"].Success))
        {
            return;
        }

        var drugs = FindDrugs(clause);
        if (drugs.Count == 0)
        {
            return;
        }

        // "Trastuzumab was withheld from 2026-04-01 to 2026-04-22": a pause in treatment, not a course with those dates.
        if (Hold().IsMatch(clause))
        {
            return;
        }

        var firstMention = Math.Min(keywords.First(k => !k.Groups["to"].Success).Index, drugs[0].Start);
        if (Hypothetical().Matches(clause).Any(m => m.Index < firstMention))
        {
            return;
        }

        var hasFrom = keywords.Exists(k => k.Groups["from"].Success);
        var starts = new List<Match>();
        var ends = new List<Match>();
        foreach (var keyword in keywords)
        {
            // "Cycle 1 of ... was given on 2026-02-03": the first cycle's date is the start.
            if (keyword.Groups["start"].Success || keyword.Groups["from"].Success
                || (keyword.Groups["given"].Success && FirstCycle().IsMatch(clause)))
            {
                starts.Add(keyword);
            }
            else if (keyword.Groups["end"].Success || (keyword.Groups["to"].Success && hasFrom))
            {
                ends.Add(keyword);
            }
        }

        DateOnly? start = null, end = null;
        foreach (var date in dates)
        {
            var role = RoleOf(date, starts, ends);
            if (role is null)
            {
                context.Warn(line, $"the date '{date.Raw}' next to a treatment is not marked as a start or end date, so it was not recorded");
                continue;
            }

            if (date.Value is null)
            {
                context.Warn(line, $"treatment {(role == true ? "start" : "end")}: {date.Problem}");
                continue;
            }

            if (role == true)
            {
                start ??= date.Value;
            }
            else
            {
                end ??= date.Value;
            }
        }

        var recorded = new HashSet<string>(StringComparer.Ordinal);
        var previousEnd = 0;
        foreach (var (drug, drugStart, drugEnd) in drugs)
        {
            var windowStart = Math.Max(previousEnd, drugStart - NegationWindow);
            previousEnd = drugEnd;
            if (Negation().IsMatch(clause[windowStart..drugStart]) || !recorded.Add(drug.GenericName))
            {
                continue;
            }

            context.Add(context.NewFact(FactKind.Treatment, line) with { Text = drug.GenericName, Date = start, EndDate = end });
        }
    }

    // True: start date; false: end date; null: neither.
    private static bool? RoleOf(FoundDate date, List<Match> starts, List<Match> ends)
    {
        var keywords = starts.Select(s => (Index: s.Index, IsStart: true))
            .Concat(ends.Select(e => (Index: e.Index, IsStart: false)))
            .OrderBy(k => k.Index)
            .ToList();
        if (keywords.Count == 0)
        {
            return null;
        }

        var preceding = keywords.FindLastIndex(k => k.Index < date.Index);
        return keywords[preceding >= 0 ? preceding : 0].IsStart;
    }

    private static List<(AntiHer2Drug Drug, int Start, int End)> FindDrugs(string clause)
    {
        var tokens = Token().Matches(clause);
        var drugs = new List<(AntiHer2Drug, int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!char.IsLetterOrDigit(tokens[i].Value[0]))
            {
                continue;
            }

            for (var n = Math.Min(MaxNameTokens, tokens.Count - i); n >= 1; n--)
            {
                var last = tokens[i + n - 1];
                var end = last.Index + last.Length;
                if (AntiHer2DrugCatalogue.TryFind(clause[tokens[i].Index..end], out var drug))
                {
                    drugs.Add((drug, tokens[i].Index, end));
                    i += n - 1;
                    break;
                }
            }
        }

        return drugs;
    }

    private static IEnumerable<string> Clauses(string line)
    {
        var start = 0;
        foreach (Match boundary in ClauseBoundary().Matches(line))
        {
            yield return line[start..boundary.Index];
            start = boundary.Index + boundary.Length;
        }

        yield return line[start..];
    }

    /// <summary>
    /// "Neratinib started 2026-01-05 ... after completing trastuzumab on 2025-12-20": a clause that tells two steps of
    /// treatment, joined by "after", "before", "following" or "then", is cut there when each part names a drug and says
    /// what happened to it, so each drug gets only its own dates.
    /// </summary>
    private static List<string> SequenceParts(string clause)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (Match connector in SequenceConnector().Matches(clause))
        {
            var before = clause[start..connector.Index];
            var after = clause[(connector.Index + connector.Length)..];
            if (TellsTreatment(before) && TellsTreatment(after))
            {
                parts.Add(before);
                start = connector.Index + connector.Length;
            }
        }

        parts.Add(clause[start..]);
        return parts;
    }

    private static bool TellsTreatment(string text) =>
        FindDrugs(text).Count > 0 && StatusWord().Matches(text).Any(k => !k.Groups["to"].Success && !k.Groups["from"].Success);

    private static int WhiteSpaceAt(string text, int index)
    {
        var count = 0;
        while (index + count < text.Length && char.IsWhiteSpace(text[index + count]))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@";|\.(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9\-®™']*|[+,/&]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(
        @"\b(?:(?<start>started|start\s+date|commenced|began|begun|initiated|since|switched\s+to|changed\s+to)|(?<from>from)|(?<end>completed|completing|completion\s+of|finished|finishing|stopped|discontinued|ceased|ended|last\s+dose|end\s+date)|(?<to>to|until)|(?<ongoing>currently\s+(?:on|receiving|taking)|continues\s+(?:on|with)|continuing\s+(?:on|with)|remains\s+on|ongoing|receiving)|(?<past>received|treated\s+with|(?<given>(?:was|were)\s+given)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusWord();

    [GeneratedRegex(
        @"\b(?:plan(?:ned|s)?|will|to\s+(?:start|begin|commence|receive)|consider(?:ed|ing)?|discuss(?:ed|ing)?|options?|eligib(?:le|ility)|candidate|recommend(?:ed|s|ing)?|propos(?:ed|e)|offer(?:ed)?|if|would|could|may(?!\s+\d)|might|should|due\s+to\s+(?:start|begin)|awaiting|pending|next)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:not|never|no|declined|refused|without|contraindicated|didn't|withheld|held)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:withheld|held|interrupted|paused|suspended)\b|\bon\s+hold\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hold();

    [GeneratedRegex(@"\b(?:cycle|course)\s*(?:1|one)\b|\bfirst\s+(?:cycle|course|dose|infusion)\b|\bC1\s*D1\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstCycle();

    [GeneratedRegex(@"\b(?:after|before|following|prior\s+to|then)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SequenceConnector();

    [GeneratedRegex(@"\b(?:not|never|no|n't)\s+(?:(?:been|be|yet|was|were|is|being)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedVerb();
}
