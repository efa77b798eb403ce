namespace Cairn.Clinical.Markers;

/// <summary>Whether the person currently reports symptoms; ASCO's advice against routine markers is for people without.</summary>
public enum SymptomStatus
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>No symptoms reported.</summary>
    NoSymptoms = 1,

    /// <summary>Symptoms reported.</summary>
    HasSymptoms = 2,
}
