using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>
/// Imports a plain-text pathology, lab, imaging or clinic report (UTF-8, or Latin-1 when the bytes are not valid
/// UTF-8) with <see cref="TextReportParser"/>. Stateless and thread-safe.
/// </summary>
public sealed class TextReportImporter : IRecordImporter
{
    /// <inheritdoc />
    public DocumentKind Kind => DocumentKind.Text;

    /// <summary>
    /// True for non-blank text without NUL bytes or other binary content. False for PDFs ("%PDF"), JSON (text that
    /// starts with "{"), UTF-16/UTF-32 text, and empty or blank files. Never throws.
    /// </summary>
    public bool CanImport(RecordFile file) =>
        file is not null && ReportTextDecoder.TryDecode(file.Content.Span, out _, out _);

    /// <summary>Reads the report. A text with no recognisable values gives no facts and the warning
    /// <see cref="TextReportParser.NoValuesWarning"/>, not an error.</summary>
    /// <exception cref="RecordImportException">The file is empty, blank, binary, UTF-16, a PDF or JSON; the message names
    /// the file and the problem.</exception>
    public ImportResult Import(RecordFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = string.IsNullOrWhiteSpace(file.Name) ? "(unnamed file)" : file.Name;
        if (!ReportTextDecoder.TryDecode(file.Content.Span, out var text, out var problem))
        {
            throw new RecordImportException($"'{name}' {problem}.");
        }

        var parsed = TextReportParser.Parse(name, text);
        return new ImportResult(DocumentKind.Text, parsed.Facts, parsed.Warnings);
    }
}
