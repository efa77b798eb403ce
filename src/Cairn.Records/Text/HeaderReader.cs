using System.Text.RegularExpressions;

namespace Cairn.Records.Text;

/// <summary>
/// Reads what applies to the whole report before the lines are read one by one: the numeric date order it states, the
/// dates in its labelled header fields, and whether it covers several specimens.
/// </summary>
internal static partial class HeaderReader
{
    public static void Read(ReportContext context)
    {
        context.DateOrder = ReportDates.DetectOrder(context.Lines.Select(l => l.Text));
        if (context.DateOrder == DateOrder.Conflicting)
        {
            context.Warn("the report states both day-first and month-first date formats, so numeric dates are read only where they cannot be misread");
        }

        DateOnly? specimen = null, exam = null, report = null, letter = null;
        foreach (var line in context.Lines)
        {
            foreach (Match label in DateLabel().Matches(line.Text))
            {
                var valueStart = label.Index + label.Length;
                var date = context.FindDates(line.Text).FirstOrDefault(d => d.Index == valueStart);
                if (date is null)
                {
                    continue;
                }

                if (date.Value is null)
                {
                    context.Warn(line, date.Problem!);
                    continue;
                }

                if (label.Groups["specimen"].Success)
                {
                    specimen ??= date.Value;
                }
                else if (label.Groups["exam"].Success)
                {
                    exam ??= date.Value;
                }
                else if (label.Groups["report"].Success)
                {
                    report ??= date.Value;
                }
                else
                {
                    letter ??= date.Value;
                }
            }
        }

        context.Dates = new DocumentDates(specimen, exam, report, letter);
        WarnAboutSpecimens(context);
    }

    private static void WarnAboutSpecimens(ReportContext context)
    {
        var ids = new List<string>();
        foreach (var line in context.Lines)
        {
            var match = SpecimenHeading().Match(line.Text);
            if (match.Success && !ids.Contains(match.Groups["id"].Value.ToUpperInvariant()))
            {
                ids.Add(match.Groups["id"].Value.ToUpperInvariant());
            }
        }

        if (ids.Count > 1)
        {
            context.Warn($"the report covers {ids.Count} specimens ({string.Join(", ", ids)}); every value is kept with its line, so check which specimen each one comes from");
        }
    }

    // A labelled date field; the date must follow the label directly. "Date of birth" never matches.
    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?<specimen>date\s+(?:of\s+)?(?:collection|procedure|surgery|biopsy|service|specimen)|collect(?:ed|ion)(?:\s+(?:date|on))?|specimen\s+(?:date|collected)|(?:procedure|biopsy|surgery)\s+date)|(?<exam>date\s+of\s+(?:exam(?:ination)?|study|scan|imaging)|(?:exam(?:ination)?|study|scan)\s+date)|(?<report>report(?:ed)?\s+(?:date|on)|date\s+(?:of\s+)?report(?:ed)?|verified(?:\s+on)?|signed(?:\s+out)?(?:\s+on)?|finali[sz]ed(?:\s+on)?)|(?<letter>(?<![A-Za-z]\x20?)date|(?:letter|clinic|visit)\s+date|date\s+of\s+(?:clinic|visit|consultation|letter|appointment)|dictated(?:\s+on)?|seen\s+on))(?:\s*[:=]\s*|\s+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^\s*(?i:specimen|part)\s*#?\s*(?<id>[A-Z]|\d{1,2})\s*[:.)\-]", RegexOptions.CultureInvariant)]
    private static partial Regex SpecimenHeading();
}
