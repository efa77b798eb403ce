namespace Cairn.Core.Records;

/// <summary>
/// Persistence of patients, their original documents, extracted facts and an audit trail. Implemented by
/// Cairn.Storage (SQLite by default, PostgreSQL when configured).
/// </summary>
public interface IPatientStore
{
    /// <summary>True when the patient exists.</summary>
    Task<bool> PatientExistsAsync(string patientId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores documents with their facts in ONE transaction, creating the patient when it does not exist. Documents
    /// whose content hash is already stored for the patient are skipped and returned in <c>AlreadyStored</c>.
    /// Either everything is stored or nothing is.
    /// </summary>
    Task<(IReadOnlyList<StoredDocument> Added, IReadOnlyList<StoredDocument> AlreadyStored)> AddDocumentsAsync(
        string patientId,
        IReadOnlyList<NewDocument> documents,
        CancellationToken cancellationToken = default);

    /// <summary>Every stored patient, ordered by id.</summary>
    Task<IReadOnlyList<PatientSummary>> ListPatientsAsync(CancellationToken cancellationToken = default);

    /// <summary>The patient's documents, oldest import first.</summary>
    /// <exception cref="PatientNotFoundException">No such patient.</exception>
    Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string patientId, CancellationToken cancellationToken = default);

    /// <summary>Every fact of the patient's documents, oldest import first, in extraction order within a document.</summary>
    /// <exception cref="PatientNotFoundException">No such patient.</exception>
    Task<IReadOnlyList<RecordFact>> ListFactsAsync(string patientId, CancellationToken cancellationToken = default);

    /// <summary>Removes one document and its facts. Idempotent: false when the patient has no such document.</summary>
    /// <exception cref="PatientNotFoundException">No such patient.</exception>
    Task<bool> RemoveDocumentAsync(string patientId, string documentId, CancellationToken cancellationToken = default);
}
