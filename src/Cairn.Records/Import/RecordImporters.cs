using Cairn.Core.Records;
using Cairn.Records.Fhir;

namespace Cairn.Records.Import;

/// <summary>The importers Cairn ships, in the order files are offered to them (most specific format first).</summary>
public static class RecordImporters
{
    public static IReadOnlyList<IRecordImporter> All() => [new FhirRecordImporter()];
}
