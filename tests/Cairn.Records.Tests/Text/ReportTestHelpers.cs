using Cairn.Core.Records;
using Cairn.Records.Text;
using Cairn.Tests.Common;

namespace Cairn.Records.Tests.Text;

internal static class ReportTestHelpers
{
    public const string DocumentName = "test-report.txt";

    public static ImportResult ImportFixture(string fileName) =>
        new TextReportImporter().Import(new RecordFile(fileName, TestFiles.ReadBytes("reports", fileName)));

    public static ParsedReport Parse(params string[] lines) => TextReportParser.Parse(DocumentName, string.Join("\n", lines));

    public static List<FactRow> Rows(this IEnumerable<RecordFact> facts) => [.. facts.Select(FactRow.Of)];

    public static List<FactRow> Rows(this ParsedReport report) => report.Facts.Rows();

    public static List<FactRow> Rows(this ImportResult result) => result.Facts.Rows();

    public static RecordFact Single(this IEnumerable<RecordFact> facts, FactKind kind) => Assert.Single(facts, f => f.Kind == kind);
}
