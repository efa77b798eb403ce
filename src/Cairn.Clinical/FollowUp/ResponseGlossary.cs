namespace Cairn.Clinical.FollowUp;

/// <summary>
/// The §7.3 terms as typed entries (MSK and MSD Manual, S33; Cancer.Net, S34; RECIST 1.1 for CR and PR, S16).
/// </summary>
public static class ResponseGlossary
{
    private static readonly GlossaryEntry[] s_entries =
    [
        new(ClinicalTerm.CompleteResponse, "Complete response (CR)",
            "A RECIST category for one point in time, based on scans: all measured tumours have gone and all lymph nodes are back to a normal size (under 10 mm across).",
            "It describes the scans at one time; it is not the same as cure.",
            ["S16", "S33"]),
        new(ClinicalTerm.CompleteRemissionOrNoEvidenceOfDisease, "Complete remission / no evidence of disease (NED)",
            "No cancer can be found on examination and tests.",
            "Cancer cells may still be present below what tests can detect, so it does not mean cure.",
            ["S33", "S34"]),
        new(ClinicalTerm.PartialResponse, "Partial response",
            "The cancer has shrunk by a set amount. By RECIST 1.1, the sum of the measured tumour sizes is at least 30% smaller than at the start; older WHO and general definitions use more than 50%.",
            "Always show which definition is being used.",
            ["S16", "S33"]),
        new(ClinicalTerm.Recurrence, "Recurrence",
            "Cancer that is found again after a period when it could not be detected.",
            null,
            ["S33", "S34"]),
        new(ClinicalTerm.Cure, "Cure",
            "A word sometimes used after 5 or more years without recurrence.",
            "Recurrence after 5 years is still possible.",
            ["S34"]),
    ];

    private static readonly PartialResponseDefinition[] s_partialResponse =
    [
        // RECIST 1.1 (S16): PR = sum of diameters ≥30% below baseline.
        new(ResponseCriteria.Recist11, 30m, IsInclusive: true,
            "RECIST 1.1: the sum of the measured tumour sizes is at least 30% smaller than at the start.", ["S16"]),

        // §7.3: "Older WHO/general definitions use >50%" (S33). Kept as the spec writes it (>).
        new(ResponseCriteria.OlderWho, 50m, IsInclusive: false,
            "Older WHO and general definitions: the cancer has shrunk by more than 50%.", ["S33"]),
    ];

    /// <summary>All entries, in <see cref="ClinicalTerm"/> order.</summary>
    public static IReadOnlyList<GlossaryEntry> All { get; } = Array.AsReadOnly(s_entries);

    /// <summary>Both partial-response definitions: RECIST 1.1 first, then the older WHO one.</summary>
    public static IReadOnlyList<PartialResponseDefinition> PartialResponseDefinitions { get; } = Array.AsReadOnly(s_partialResponse);

    /// <summary>The entry for a term.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined enum value.</exception>
    public static GlossaryEntry Get(ClinicalTerm term) =>
        s_entries.FirstOrDefault(entry => entry.Term == term)
        ?? throw new ArgumentOutOfRangeException(nameof(term), term, $"Unknown clinical term value {(int)term}.");

    /// <summary>The partial-response definition for a set of criteria.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined enum value.</exception>
    public static PartialResponseDefinition GetPartialResponseDefinition(ResponseCriteria criteria) =>
        s_partialResponse.FirstOrDefault(definition => definition.Criteria == criteria)
        ?? throw new ArgumentOutOfRangeException(nameof(criteria), criteria, $"Unknown response criteria value {(int)criteria}.");
}
