using Cairn.Core.Records;
using Cairn.Records.Fhir;
using Cairn.Records.Pdf;
using Cairn.Records.Text;

namespace Cairn.Records.Import;

/// <summary>The importers Cairn ships, in the order files are offered to them (most specific format first).</summary>
public static class RecordImporters
{
    public static IReadOnlyList<IRecordImporter> All() => [new FhirRecordImporter(), new PdfRecordImporter(), new TextReportImporter()];
}
