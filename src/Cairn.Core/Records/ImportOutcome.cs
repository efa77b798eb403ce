using Cairn.Core.Profiles;

namespace Cairn.Core.Records;

/// <summary>The result of importing files for a patient.</summary>
/// <param name="PatientId">The patient the files were stored for (created when new).</param>
/// <param name="PatientCreated">True when this import created the patient.</param>
/// <param name="Added">Documents stored now.</param>
/// <param name="AlreadyStored">Files whose exact bytes were already stored for the patient (nothing changed).</param>
/// <param name="Profile">The patient's profile after the import.</param>
public sealed record ImportOutcome(
    string PatientId,
    bool PatientCreated,
    IReadOnlyList<StoredDocument> Added,
    IReadOnlyList<StoredDocument> AlreadyStored,
    PatientProfile Profile);
