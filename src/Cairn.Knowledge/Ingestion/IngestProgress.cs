namespace Cairn.Knowledge.Ingestion;

/// <summary>Progress of an ingest run: <paramref name="Done"/> of <paramref name="Total"/> files, the current one named.</summary>
public sealed record IngestProgress(int Done, int Total, string CurrentFile);
