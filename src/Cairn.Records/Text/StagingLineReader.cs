using System.Text.RegularExpressions;
using Cairn.Clinical.Staging;
using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>
/// Reads TNM categories ("pT2 pN1a M0", "ypT1c ypN0", "cT3 cN0 cM0", "pT2N1aM0") and stated stage groups ("AJCC 8th
/// stage IIB", "clinical prognostic stage IIB", "Anatomic stage group: IIA") with Cairn.Clinical's AJCC 8th parsers.
/// </summary>
/// <remarks>
/// A lone unprefixed category such as "T2" is read only when the line also has another category or says stage, TNM or
/// AJCC: MRI reports say "T2-weighted" and "T1 hypointense". Categories the AJCC 8th edition does not have (MX, pM0,
/// cN1a, Tis (LCIS)) give a warning with the parser's explanation and no fact. A coarse stage without its letter
/// ("Stage II") gives a warning: the letter is never guessed.
/// </remarks>
internal static partial class StagingLineReader
{
    public static void Read(ReportContext context, ReportLine line)
    {
        ReadTnm(context, line);
        ReadStage(context, line);
    }

    private static void ReadTnm(ReportContext context, ReportLine line)
    {
        var groups = TnmGroup().Matches(line.Text).Where(m => m.Length > 0 && m.Value.Trim().Length > 0).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        // "T4 and T5" (vertebrae) has two T tokens but no N or M: only different components make a TNM statement.
        var letters = (groups.Exists(g => g.Groups["t"].Success) ? 1 : 0)
            + (groups.Exists(g => g.Groups["n"].Success) ? 1 : 0)
            + (groups.Exists(g => g.Groups["m"].Success) ? 1 : 0);
        var prefixed = groups.Exists(g => Prefixed(g.Groups["t"]) || Prefixed(g.Groups["n"]) || Prefixed(g.Groups["m"]));
        if (letters < 2 && !prefixed && !StagingWords().IsMatch(line.Text))
        {
            return;
        }

        var date = context.Dates.ForPathology;
        foreach (var group in groups)
        {
            if (group.Groups["t"].Success)
            {
                AddCategory(context, line, group.Groups["t"].Value, FactKind.TCategory, date);
            }

            if (group.Groups["n"].Success)
            {
                AddCategory(context, line, group.Groups["n"].Value, FactKind.NCategory, date);
            }

            if (group.Groups["m"].Success)
            {
                AddCategory(context, line, group.Groups["m"].Value, FactKind.MCategory, date);
            }
        }
    }

    private static bool Prefixed(Group group) => group.Success && group.Value.TrimStart()[0] is 'c' or 'p' or 'y' or 'C' or 'P' or 'Y';

    private static void AddCategory(ReportContext context, ReportLine line, string token, FactKind kind, DateOnly? date)
    {
        token = token.Trim();
        try
        {
            var (text, basis) = kind switch
            {
                FactKind.TCategory => TnmT.Parse(token) is var t ? (TnmText.Format(t.Category), t.Basis) : default,
                FactKind.NCategory => TnmN.Parse(token) is var n ? (TnmText.Format(n.Category), n.Basis) : default,
                _ => TnmM.Parse(token) is var m ? (TnmText.Format(m.Category), m.Basis) : default,
            };
            var prefix = TnmText.Prefix(basis);
            context.Add(context.NewFact(kind, line) with { Text = text, Qualifier = prefix.Length == 0 ? null : prefix, Date = date });
        }
        catch (ArgumentException problem)
        {
            // The Clinical parsers explain what is wrong ("MX is not an AJCC category; use cM0 ...").
            context.Warn(line, $"TNM category not recorded: {problem.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    private static void ReadStage(ReportContext context, ReportLine line)
    {
        foreach (Match match in StagePhrase().Matches(line.Text))
        {
            var kind = match.Groups["kind"].Value;
            var phrase = (kind.Length > 0 ? kind + " " : string.Empty) + "stage " + match.Groups["group"].Value;
            if (!StatedStage.TryParse(phrase, out var stated))
            {
                try
                {
                    StatedStage.Parse(phrase);
                }
                catch (ArgumentException problem)
                {
                    context.Warn(line, $"stage not recorded: {problem.Message.Split(" (Parameter", 2)[0]}");
                }

                continue;
            }

            var qualifier = stated.Kind switch
            {
                StatedStageKind.Anatomic => "anatomic",
                StatedStageKind.Prognostic or StatedStageKind.ClinicalPrognostic or StatedStageKind.PathologicalPrognostic => "prognostic",
                _ => null,
            };
            context.Add(context.NewFact(FactKind.StageGroup, line) with
            {
                Text = stated.Group.ToString()["Stage".Length..],
                Qualifier = qualifier,
                Date = context.Dates.ForPathology,
            });
        }
    }

    // T, N and M may stand apart ("pT2 pN1a M0") or run together ("pT2N1aM0"); suffixes are the AJCC ones only.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9/])(?:(?<t>(?i:yp|yc|p|c)?T(?:(?i:is)|[Xx]|[0-4](?i:mi|[a-d])?)(?:\s?\((?i:m|\d+|dcis|lcis|paget'?s?(?:\s+disease)?)\))?)(?:[\s,]*))?(?:(?<n>(?i:yp|yc|p|c)?N(?:[Xx]|[0-3](?i:mi|[a-c])?)(?:\s?\((?i:i[+-]|mol[+-]|sn|f)\))*)(?:[\s,]*))?(?<m>(?i:yp|yc|p|c)?M(?:[Xx]|[01])(?:\s?\((?i:i\+)\))?)?(?![A-Za-z0-9\-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex TnmGroup();

    [GeneratedRegex(@"\b(?:stage|staging|TNM|AJCC|UICC)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StagingWords();

    [GeneratedRegex(
        @"(?:(?<kind>anatomic(?:al)?|(?:clinical|pathologic(?:al)?)\s+prognostic|prognostic)\s+)?\bstage(?:\s+group)?\s*[:=]?\s*(?<group>IV|III[ABC]?|II[AB]?|I[AB]?|0|[1-4][ABC]?)(?![\w+])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StagePhrase();
}
