namespace Cairn.Knowledge.Ingestion;

/// <summary>One passage of an ingested source: a heading and its paragraphs.</summary>
public sealed record IngestedSection(string Heading, IReadOnlyList<string> Paragraphs);
