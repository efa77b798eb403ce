namespace Cairn.Records.Text;

/// <summary>
/// Reads report text into facts with provenance: synoptic (CAP-style), narrative and abbreviated pathology lines,
/// TNM and stage lines, tumour marker lab lines and tables, imaging impressions, clinic-letter treatment lines and CTC
/// counts. Used by <see cref="TextReportImporter"/> for plain text and by the PDF importer for each page's text.
/// </summary>
/// <remarks>
/// Guarantees: pure and deterministic; never throws for any text (only for null arguments); never guesses: a value is
/// recorded only when the text states it, and a value it finds but cannot use becomes a warning (pending tests,
/// unreadable values, ambiguous dates, values without units, contradictions). Every fact carries the document name,
/// the page (when given), the 1-based line and the line as written (trimmed, at most 200 characters). Facts come in
/// document order. Lines longer than 4,000 characters are skipped with a warning. When nothing at all is recognised,
/// the warnings include <see cref="NoValuesWarning"/>.
/// </remarks>
public static class TextReportParser
{
    /// <summary>The warning given when a report yields no facts.</summary>
    public const string NoValuesWarning = "no report values were recognised";

    private const int MaxLineLength = 4000;

    /// <summary>Parses plain text (lines split on CR, LF or CRLF; numbered from 1; no page).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParsedReport Parse(string documentName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(documentName, SplitLines(text));
    }

    /// <summary>Parses lines that already carry their numbers and, for PDFs, their pages.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParsedReport Parse(string documentName, IEnumerable<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        ArgumentNullException.ThrowIfNull(lines);

        var plain = lines.Select(l => l with { Text = ReportPatterns.Plain(l.Text ?? string.Empty) }).ToList();
        var context = new ReportContext(documentName, plain);
        HeaderReader.Read(context);

        var lab = new LabLineReader();
        var biomarkerLines = WrappedSentences(plain);
        for (var index = 0; index < plain.Count; index++)
        {
            var line = plain[index];
            if (line.Text.Length > MaxLineLength)
            {
                context.Warn(line, $"the line is {line.Text.Length:N0} characters long, longer than a report line can be ({MaxLineLength:N0}), so it was not read");
                continue;
            }

            if (lab.Read(context, line) || line.Text.Trim().Length == 0)
            {
                continue;
            }

            PatientLineReader.Read(context, line);
            PathologyLineReader.Read(context, line);
            if (biomarkerLines[index] is { } biomarkerLine)
            {
                BiomarkerLineReader.Read(context, biomarkerLine);
            }

            StagingLineReader.Read(context, line);
            CtcLineReader.Read(context, line);
            TreatmentLineReader.Read(context, line);
        }

        ImagingReader.Read(context);
        ContradictionCheck.Run(context);

        var facts = context.Facts
            .OrderBy(f => f.Provenance.Page ?? 0)
            .ThenBy(f => f.Provenance.Line ?? 0)
            .ToList();
        var warnings = context.Warnings.ToList();
        if (facts.Count == 0)
        {
            warnings.Add($"{documentName}: {NoValuesWarning}");
        }

        return new ParsedReport(facts, warnings);
    }

    /// <summary>
    /// The line each biomarker read uses, by line index: narrative sentences wrapped over lines ("... strong nuclear
    /// oestrogen receptor" / "staining in 90% of tumour cells (ER positive).") are read as one line, numbered as their
    /// first line; the lines they continue get null. A line continues the one before it when that one does not end a
    /// sentence or field (".", ":", ";", "!", "?", ")") and it starts with a lower-case letter; lines over the length
    /// limit and blank lines are never joined.
    /// </summary>
    private static ReportLine?[] WrappedSentences(List<ReportLine> lines)
    {
        var result = new ReportLine?[lines.Count];
        var i = 0;
        while (i < lines.Count)
        {
            var first = lines[i];
            var text = first.Text.TrimEnd();
            var next = i + 1;
            while (next < lines.Count && lines[next].Page == first.Page && Continues(text, lines[next]))
            {
                text = text + " " + lines[next].Text.Trim();
                next++;
            }

            result[i] = first with { Text = text };
            i = next;
        }

        return result;
    }

    private static bool Continues(string previous, ReportLine line)
    {
        var trimmed = line.Text.TrimStart();
        return previous.Length > 0
            && previous.Length + trimmed.Length <= MaxLineLength
            && previous[^1] is not ('.' or ':' or ';' or '!' or '?' or ')')
            && trimmed.Length > 0
            && char.IsLower(trimmed[0]);
    }

    /// <summary>Splits text into numbered lines (CR, LF and CRLF all end a line), optionally all on one PDF page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<ReportLine> SplitLines(string text, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var result = new ReportLine[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            result[i] = new ReportLine(lines[i], i + 1, page);
        }

        return result;
    }
}
