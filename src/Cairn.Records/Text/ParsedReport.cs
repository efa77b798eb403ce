using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>What <see cref="TextReportParser"/> read from one report: facts in document order, and warnings about
/// what it saw but could not use (unreadable values, pending tests, ambiguous dates, contradictions).</summary>
public sealed record ParsedReport(IReadOnlyList<RecordFact> Facts, IReadOnlyList<string> Warnings);
