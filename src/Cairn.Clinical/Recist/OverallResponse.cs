namespace Cairn.Clinical.Recist;

/// <summary>
/// RECIST 1.1 overall response at one time point (S16, Tables 1 and 2). These are trial response categories, never
/// "remission", "cure" or "recurrence". Zero is NE.
/// </summary>
public enum OverallResponse
{
    /// <summary>NE: not evaluable.</summary>
    NotEvaluable = 0,

    /// <summary>CR: complete response.</summary>
    CompleteResponse = 1,

    /// <summary>PR: partial response.</summary>
    PartialResponse = 2,

    /// <summary>SD: stable disease (only for patients with target lesions).</summary>
    StableDisease = 3,

    /// <summary>PD: progressive disease.</summary>
    ProgressiveDisease = 4,

    /// <summary>Non-CR/non-PD: only for patients with non-target disease only (never called "SD" there).</summary>
    NonCRNonPD = 5,
}
