namespace Cairn.Core.Records;

/// <summary>One stored patient, for listings.</summary>
public sealed record PatientSummary(string PatientId, DateTimeOffset CreatedAt, int DocumentCount, DateTimeOffset? LastImportAt);
