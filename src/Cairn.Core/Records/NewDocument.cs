namespace Cairn.Core.Records;

/// <summary>A parsed document ready to store with its facts.</summary>
public sealed record NewDocument(
    string FileName,
    DocumentKind Kind,
    ReadOnlyMemory<byte> Content,
    string ContentHash,
    IReadOnlyList<RecordFact> Facts,
    IReadOnlyList<string> Warnings);
