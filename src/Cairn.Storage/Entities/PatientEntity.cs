namespace Cairn.Storage.Entities;

internal sealed class PatientEntity
{
    public required string Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<DocumentEntity> Documents { get; set; } = [];
}
