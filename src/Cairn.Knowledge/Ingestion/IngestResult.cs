namespace Cairn.Knowledge.Ingestion;

/// <summary>What an ingest run did, file by file.</summary>
/// <param name="Added">Documents stored by this run.</param>
/// <param name="AlreadyPresent">Files whose exact content was already ingested (nothing changed).</param>
/// <param name="Skipped">Files in a folder that are not of a supported type.</param>
/// <param name="Failed">Files that could not be ingested, with the reason.</param>
public sealed record IngestResult(
    IReadOnlyList<IngestedDocument> Added,
    IReadOnlyList<string> AlreadyPresent,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<(string Path, string Reason)> Failed);
