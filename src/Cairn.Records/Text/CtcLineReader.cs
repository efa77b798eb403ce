using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>
/// Reads circulating tumour cell counts: "CTC count (CellSearch): 7 per 7.5 mL", "Circulating tumour cells: 0 / 7.5 mL
/// (CellSearch)". The count needs its blood volume (the §5 cut-offs are per 7.5 mL), so a count without one gives a
/// warning instead of a fact. The assay, when named, goes into <see cref="RecordFact.Lab"/>.
/// </summary>
internal static partial class CtcLineReader
{
    public static void Read(ReportContext context, ReportLine line)
    {
        var (start, text) = ReportPatterns.StripBullet(line.Text);
        var label = CtcLabel().Match(text);
        if (!label.Success)
        {
            return;
        }

        var rest = text[label.Length..];
        var count = CountPerVolume().Match(rest);
        if (!count.Success)
        {
            if (ReportPatterns.NotAvailable().IsMatch(rest))
            {
                context.Warn(line, $"no CTC count recorded: the report says '{ReportContext.Clip(line.Text[start..])}'");
            }
            else if (label.Groups["colon"].Success)
            {
                context.Warn(line, $"CTC line found but a count per blood volume (for example '7 per 7.5 mL') could not be read: '{ReportContext.Clip(line.Text[start..])}'");
            }

            return;
        }

        var volume = count.Groups["volume"].Value;
        var assay = label.Groups["assay"].Success ? label.Groups["assay"].Value.Trim()
            : AssayName().Match(text) is { Success: true } named ? named.Value
            : null;
        var dates = context.FindDates(rest);
        var date = dates.Count > 0 ? dates[0] : null;
        if (date is { Value: null, Problem: { } problem })
        {
            context.Warn(line, $"CTC count: {problem}");
        }

        var millilitres = ReportPatterns.ParseNumber(volume).ToString("0.##########", CultureInfo.InvariantCulture);
        context.Add(context.NewFact(FactKind.CtcCount, line) with
        {
            Number = ReportPatterns.ParseNumber(count.Groups["count"].Value),
            Unit = $"per {millilitres} mL",
            Qualifier = millilitres,
            Lab = assay,
            Date = date is null ? context.Dates.ForLab : date.Value,
        });
    }

    [GeneratedRegex(
        @"^(?:CTCs?|circulating\s+tumou?r\s+cells?)(?:\s+(?:count|enumeration))?(?:\s*\((?<assay>[^()]*)\))?(?:\s+by\s+(?<assay>[A-Za-z][\w-]*))?\s*(?<colon>[:=])?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CtcLabel();

    [GeneratedRegex(
        @"^[\s:=]*(?<count>\d{1,9})(?!\d)\s*(?:CTCs?\s*|cells?\s*)?(?:per|/|in)\s*(?<volume>\d{1,12}(?:\.\d{1,12})?(?!\.?\d))\s*(?:mL|ml)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountPerVolume();

    [GeneratedRegex(@"\bCellSearch\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssayName();
}
