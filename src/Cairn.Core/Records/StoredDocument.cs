namespace Cairn.Core.Records;

/// <summary>A record document kept for a patient (the original bytes are stored too, but not carried here).</summary>
/// <param name="Id">Document id, unique across patients.</param>
/// <param name="ContentHash">Hex SHA-256 of the bytes; importing the same bytes again for the patient is a no-op.</param>
/// <param name="MediaType">IANA media type of the original file.</param>
/// <param name="Warnings">What the importer could not use, in plain words.</param>
public sealed record StoredDocument(
    string Id,
    string PatientId,
    string FileName,
    DocumentKind Kind,
    string ContentHash,
    string MediaType,
    long SizeBytes,
    DateTimeOffset ImportedAt,
    int FactCount,
    IReadOnlyList<string> Warnings);
