namespace Cairn.Knowledge.Ingestion;

/// <summary>A user-supplied source as stored in the data folder (<c>sources/{Id}.json</c>).</summary>
/// <param name="Id">Article id, <c>user-{first 12 hex of the content hash}</c>.</param>
/// <param name="SourceId">Citation id, <c>U{first 8 hex}</c>, upper case.</param>
/// <param name="Format">markdown, medquad-xml, html, pdf or text.</param>
/// <param name="OriginalPath">Where the file was read from.</param>
/// <param name="ContentHash">Hex SHA-256 of the file bytes; re-ingesting the same bytes is a no-op.</param>
public sealed record IngestedDocument(
    string Id,
    string SourceId,
    string Title,
    string? Publisher,
    int? Year,
    string? Url,
    string Format,
    string OriginalPath,
    string ContentHash,
    DateTimeOffset IngestedAt,
    IReadOnlyList<IngestedSection> Sections);
