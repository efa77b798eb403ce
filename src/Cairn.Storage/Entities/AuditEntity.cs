namespace Cairn.Storage.Entities;

/// <summary>Who did what to which record, and when. Holds no record content.</summary>
internal sealed class AuditEntity
{
    public long Id { get; set; }

    public long AtUtcTicks { get; set; }

    public required string PatientId { get; set; }

    /// <summary>"patient-created", "document-added", "document-removed".</summary>
    public required string Action { get; set; }

    public string? DocumentId { get; set; }

    /// <summary>Who acted ("local" in single-user mode; the account id in shared mode).</summary>
    public required string Actor { get; set; }
}
