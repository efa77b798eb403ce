namespace Cairn.Records.Text;

/// <summary>One line of report text and where it sits in its document.</summary>
/// <param name="Text">The line as written, without its line break.</param>
/// <param name="Number">1-based line number (within the page, for PDFs).</param>
/// <param name="Page">1-based PDF page, or null for plain text.</param>
public readonly record struct ReportLine(string Text, int Number, int? Page = null);
