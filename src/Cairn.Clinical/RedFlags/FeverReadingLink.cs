using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Decides whether a temperature reading belongs to a fever complaint ("I have a fever") in the same normalised
/// sentence, so that the reading may replace the word. Only the complaint's own current reading does that: "a fever of
/// 37.8", "I feel feverish but my temp is 37.6 now". A reading from another time ("temp 37.4 this morning, now
/// feverish"), from another person ("my husband's temperature is 36.5 and I have a fever") or from another sentence
/// never cancels a fever. When in doubt, the reading does not belong and the fever counts (safety first, §9 / S49).
/// Pure and thread-safe; every look is local to one sentence.
/// </summary>
internal static class FeverReadingLink
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Clauses of one sentence: "i am on chemo, my husbands temperature is 36.5 and i have a fever" has three.
    private static readonly Regex s_clauseBreak = new(
        @",|\b(?:and|but|so|while|whereas|although|though|however|because|yet|plus)\b", Options);

    // A reading placed at another, earlier time than now: it cannot describe the complaint of now.
    private static readonly Regex s_earlier = new(
        @"\b(?:yesterday|last night|last week|this morning|this afternoon|earlier|before|ago|previously|at first|initially|was|were|had been|used to)\b",
        Options);

    // A reading explicitly placed now: it stays current whatever else the clause says ("was 37.2, now 37.6").
    private static readonly Regex s_now = new(@"\b(?:now|currently|right now|at the moment|at present)\b", Options);

    // A complaint that says it is new or changed since something else ("now feverish", "getting feverish").
    private static readonly Regex s_change = new(
        @"\b(?:now|suddenly|started|starting|getting|developed|developing|came on|turned|become|became)\b", Options);

    private static readonly FrozenSet<string> s_self = FrozenSet.Create(
        StringComparer.Ordinal, "i", "me", "my", "mine", "myself");

    private static readonly FrozenSet<string> s_firstPersonPossessive = FrozenSet.Create(
        StringComparer.Ordinal, "my", "our");

    // Who a word points to. "husbands" is "husband's" after normalisation.
    private static readonly FrozenDictionary<string, Owner> s_others = new Dictionary<string, Owner>
    {
        ["he"] = Owner.Male, ["him"] = Owner.Male, ["his"] = Owner.Male, ["husband"] = Owner.Male, ["husbands"] = Owner.Male,
        ["dad"] = Owner.Male, ["dads"] = Owner.Male, ["father"] = Owner.Male, ["fathers"] = Owner.Male, ["son"] = Owner.Male,
        ["sons"] = Owner.Male, ["brother"] = Owner.Male, ["brothers"] = Owner.Male, ["boyfriend"] = Owner.Male,
        ["boyfriends"] = Owner.Male, ["grandad"] = Owner.Male, ["grandpa"] = Owner.Male, ["grandfather"] = Owner.Male,
        ["she"] = Owner.Female, ["her"] = Owner.Female, ["hers"] = Owner.Female, ["wife"] = Owner.Female, ["wifes"] = Owner.Female,
        ["mum"] = Owner.Female, ["mums"] = Owner.Female, ["mom"] = Owner.Female, ["moms"] = Owner.Female, ["mother"] = Owner.Female,
        ["mothers"] = Owner.Female, ["daughter"] = Owner.Female, ["daughters"] = Owner.Female, ["sister"] = Owner.Female,
        ["sisters"] = Owner.Female, ["girlfriend"] = Owner.Female, ["girlfriends"] = Owner.Female, ["grandma"] = Owner.Female,
        ["grandmother"] = Owner.Female, ["nan"] = Owner.Female,
        ["they"] = Owner.Other, ["them"] = Owner.Other, ["their"] = Owner.Other, ["partner"] = Owner.Other,
        ["partners"] = Owner.Other, ["friend"] = Owner.Other, ["friends"] = Owner.Other, ["child"] = Owner.Other,
        ["childs"] = Owner.Other, ["kid"] = Owner.Other, ["kids"] = Owner.Other, ["baby"] = Owner.Other, ["babys"] = Owner.Other,
        ["patient"] = Owner.Other, ["patients"] = Owner.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Regex s_word = new("[a-z]+", Options);

    private enum Owner
    {
        None,
        Self,
        Male,
        Female,
        Other,
    }

    /// <summary>
    /// True when the reading at [readingStart, readingEnd) is the current temperature of the fever complaint at
    /// [feverStart, feverEnd) in the same sentence.
    /// </summary>
    public static bool Belongs(string sentence, int feverStart, int feverEnd, int readingStart, int readingEnd)
    {
        // "a fever of 37.8", "have a temperature of 37.5": the reading is the complaint's own number.
        if (readingStart < feverEnd && feverStart < readingEnd)
        {
            return true;
        }

        var clauses = Clauses(sentence);
        var feverClause = ClauseIndex(clauses, feverStart);
        var readingClause = ClauseIndex(clauses, Math.Max(readingStart, readingEnd - 1));
        var readingText = Text(sentence, clauses[readingClause]);
        var readingIsNow = s_now.IsMatch(readingText);

        // "temp 37.4 this morning", "yesterday my temp was 37.2": another time than the complaint.
        if (s_earlier.IsMatch(readingText) && !readingIsNow)
        {
            return false;
        }

        // "temp 37.4, now feverish": the complaint says it came after the reading.
        if (feverClause != readingClause && !readingIsNow && s_change.IsMatch(Text(sentence, clauses[feverClause])))
        {
            return false;
        }

        // "my husband's temperature is 36.5 and I have a fever": another person's reading.
        var readingOwner = OwnerOf(Text(sentence, clauses[readingClause]));
        return readingOwner == Owner.None || readingOwner == ComplaintOwner(sentence, clauses, feverClause);
    }

    // The complaint's owner: its own clause, else the nearest clause before it ("my husband is on chemo and has a
    // fever"), else the writer (a complaint without a subject is almost always first person: "burning up").
    private static Owner ComplaintOwner(string sentence, List<(int Start, int End)> clauses, int feverClause)
    {
        for (var index = feverClause; index >= 0; index--)
        {
            var owner = OwnerOf(Text(sentence, clauses[index]));
            if (owner != Owner.None)
            {
                return owner;
            }
        }

        return Owner.Self;
    }

    // The first person a clause names; "my husband" names the husband, not the writer.
    private static Owner OwnerOf(string clause)
    {
        var words = s_word.Matches(clause).Select(match => match.Value).ToArray();
        for (var index = 0; index < words.Length; index++)
        {
            var word = words[index];
            if (s_firstPersonPossessive.Contains(word) && index + 1 < words.Length && s_others.TryGetValue(words[index + 1], out var relative))
            {
                return relative;
            }

            if (s_self.Contains(word))
            {
                return Owner.Self;
            }

            if (s_others.TryGetValue(word, out var other))
            {
                return other;
            }
        }

        return Owner.None;
    }

    private static List<(int Start, int End)> Clauses(string sentence)
    {
        var clauses = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match clauseBreak in s_clauseBreak.Matches(sentence))
        {
            clauses.Add((start, clauseBreak.Index));
            start = clauseBreak.Index + clauseBreak.Length;
        }

        clauses.Add((start, sentence.Length));
        return clauses;
    }

    private static int ClauseIndex(List<(int Start, int End)> clauses, int position)
    {
        for (var index = 0; index < clauses.Count; index++)
        {
            if (position < clauses[index].End)
            {
                return index;
            }
        }

        return clauses.Count - 1;
    }

    private static string Text(string sentence, (int Start, int End) clause) => sentence[clause.Start..clause.End];
}
