namespace Cairn.Storage.Entities;

internal sealed class DocumentEntity
{
    public required string Id { get; set; }

    public required string PatientId { get; set; }

    public required string FileName { get; set; }

    public required string Kind { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>The IANA media type of the original file ("application/fhir+json", "application/pdf", "text/plain").</summary>
    public required string MediaType { get; set; }

    /// <summary>The original bytes, kept so a profile can always be rebuilt and the user can get their file back.</summary>
    public required byte[] Content { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Import time as UTC ticks (sortable in SQL on every provider).</summary>
    public long ImportedAtUtcTicks { get; set; }

    /// <summary>Importer warnings, one per line.</summary>
    public string Warnings { get; set; } = string.Empty;

    public List<FactEntity> Facts { get; set; } = [];
}
