using System.Text.RegularExpressions;
using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>Reads the patient's name from a labelled header field ("Patient: ...", "Patient name: ...", "Name: ...").</summary>
internal static partial class PatientLineReader
{
    public static void Read(ReportContext context, ReportLine line)
    {
        var match = PatientField().Match(line.Text);
        if (!match.Success)
        {
            return;
        }

        var name = match.Groups["name"].Value.Trim().TrimEnd('.', ',');
        if (name.Length == 0)
        {
            return;
        }

        context.Add(context.NewFact(FactKind.PatientName, line) with { Text = name });
    }

    // The name ends at the next field: a comma, semicolon, bar, tab, two spaces, a bracket, or a DOB/MRN/NHS label.
    [GeneratedRegex(
        @"^\s*(?:patient(?:'s)?\s+name|patient|name)\s*[:=]\s*(?<name>[^,;|\t(\[]+?)(?=\s*$|\s*[,;|\t(\[]|\s{2,}|\s+(?:DOB|D\.O\.B|MRN|NHS|Hospital\s+(?:no|number)|ID)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PatientField();
}
