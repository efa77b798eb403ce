namespace Cairn.Core.Records;

/// <summary>What kind of record a file is.</summary>
public enum DocumentKind
{
    /// <summary>FHIR R4 JSON: a Bundle or a single resource (mCODE profiles).</summary>
    FhirJson,

    /// <summary>A PDF report (its text is read page by page).</summary>
    Pdf,

    /// <summary>A plain-text pathology, lab or imaging report.</summary>
    Text,
}
