using Cairn.Core.Records;
using Cairn.Records.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Cairn.Records.Pdf;

/// <summary>
/// Imports a PDF report: PdfPig extracts each page's text in content order (keeping its line breaks), and
/// <see cref="TextReportParser"/> reads it, so every fact carries its page and its line on that page. Stateless and
/// thread-safe.
/// </summary>
/// <remarks>
/// There is no text recognition (OCR): a PDF made of scanned images has no text to read and is refused with a message
/// that says so. A page without text in an otherwise readable PDF gives a warning. PdfPig's <c>page.Text</c> runs the
/// lines of a page together, which would merge unrelated report fields, so it is not used.
/// </remarks>
public sealed class PdfRecordImporter : IRecordImporter
{
    /// <summary>The message for a PDF without a text layer (completes "'file': ...").</summary>
    public const string NoTextLayerMessage = "the PDF has no text layer (a scan?); Cairn cannot read scanned images yet";

    /// <inheritdoc />
    public DocumentKind Kind => DocumentKind.Pdf;

    /// <summary>True when the bytes start with "%PDF". Never throws.</summary>
    public bool CanImport(RecordFile file) => file is not null && file.Content.Span.StartsWith("%PDF"u8);

    /// <summary>Reads the PDF's text page by page and parses it.</summary>
    /// <exception cref="RecordImportException">The file is empty, not a PDF, damaged, password-protected, or has no
    /// text layer; the message names the file and the problem.</exception>
    public ImportResult Import(RecordFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = string.IsNullOrWhiteSpace(file.Name) ? "(unnamed file)" : file.Name;
        if (file.Content.IsEmpty)
        {
            throw new RecordImportException($"'{name}' is empty: there is nothing to import.");
        }

        if (!CanImport(file))
        {
            throw new RecordImportException($"'{name}' is not a PDF: it does not start with '%PDF'.");
        }

        var (lines, warnings) = ReadPages(name, file.Content);
        var parsed = TextReportParser.Parse(name, lines);
        return new ImportResult(DocumentKind.Pdf, parsed.Facts, [.. warnings, .. parsed.Warnings]);
    }

    private static (List<ReportLine> Lines, List<string> Warnings) ReadPages(string name, ReadOnlyMemory<byte> content)
    {
        var lines = new List<ReportLine>();
        var warnings = new List<string>();
        try
        {
            using var document = PdfDocument.Open(content.ToArray());
            if (document.NumberOfPages == 0)
            {
                throw new RecordImportException($"'{name}' could not be read: the PDF has no pages (the file may be damaged).");
            }

            var unreadable = 0;
            var withText = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                string text;
                try
                {
                    text = ContentOrderTextExtractor.GetText(document.GetPage(number));
                }
#pragma warning disable CA1031 // One damaged page should not lose the others; PdfPig throws many exception types.
                catch (Exception problem) when (problem is not OutOfMemoryException)
#pragma warning restore CA1031
                {
                    unreadable++;
                    warnings.Add($"{name} page {number}: the page could not be read ({problem.Message}), so nothing on it was imported");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    warnings.Add($"{name} page {number}: the page has no text (a scanned page?), so nothing on it was imported");
                    continue;
                }

                withText++;
                lines.AddRange(TextReportParser.SplitLines(text, number));
            }

            if (unreadable == document.NumberOfPages)
            {
                throw new RecordImportException($"'{name}' could not be read: the PDF is damaged (no page could be opened).");
            }

            if (withText == 0)
            {
                throw new RecordImportException($"'{name}': {NoTextLayerMessage}.");
            }
        }
        catch (PdfDocumentEncryptedException problem)
        {
            throw new RecordImportException(
                $"'{name}' is password-protected (encrypted), so Cairn cannot read it. Save an unprotected copy (for example with your PDF viewer's print-to-PDF) and import that.",
                problem);
        }
#pragma warning disable CA1031 // PdfPig reports broken files with many exception types; all mean "damaged PDF" here.
        catch (Exception problem) when (problem is not RecordImportException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new RecordImportException($"'{name}' could not be read as a PDF: the file is damaged or incomplete ({problem.Message}).", problem);
        }

        return (lines, warnings);
    }
}
