namespace Cairn.Clinical.Recist;

/// <summary>
/// Compares a radiologist's stated response with the RECIST 1.1 overall response computed from lesion-level
/// measurements (ONCOLOGY_RULES.md general rule 1; §4, S16/S17). The stated response always wins; a difference is
/// flagged "Discrepancy – ask your care team", never corrected. Pure and thread-safe.
/// </summary>
/// <remarks>
/// A computed NE (not all lesions measured) cannot check the report: not comparable. "Stable disease" and
/// "Non-CR/non-PD" are treated as the same statement (neither a response nor progression): RECIST prefers
/// Non-CR/non-PD for disease that cannot be measured, but reports often write "stable". Reports do not always use
/// RECIST rules, so the reason says that a difference may come from that.
/// </remarks>
public static class RecistReconciler
{
    /// <summary>Compares a stated overall response with the computed one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is not a defined value.</exception>
    public static RecistReconciliation Reconcile(OverallResponse stated, RecistTimePointResult computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (!Enum.IsDefined(stated))
        {
            throw new ArgumentOutOfRangeException(nameof(stated), stated, $"'{stated}' is not a defined overall response.");
        }

        var statedName = Name(stated);
        var computedName = Name(computed.Overall);
        RecistReconciliation Result(RecistAgreement agreement, string? warning, string reason, bool namesComputed) =>
            new(stated, computed, agreement, warning, reason + Caveat(stated, namesComputed ? computed.Overall : stated), RecistSources.Recist);

        // RECIST 1.1 (S17): NE means not every lesion was assessed, so the computed result cannot check the report.
        if (computed.Overall == OverallResponse.NotEvaluable)
        {
            return Result(RecistAgreement.NotComparable, null,
                $"The radiology report says {statedName}, and that is the result shown. Not every measured area was checked on this scan, so the measurements cannot be used to check it.",
                namesComputed: false);
        }

        if (stated == computed.Overall || (IsNeitherResponseNorProgression(stated) && IsNeitherResponseNorProgression(computed.Overall)))
        {
            return Result(RecistAgreement.Agrees, null, stated == computed.Overall
                ? $"The radiology report says {statedName}, and the RECIST result worked out from the lesion measurements agrees."
                : $"The radiology report says {statedName}, and the RECIST result worked out from the lesion measurements is {computedName}; both mean the disease has neither clearly shrunk nor clearly grown.",
                namesComputed: true);
        }

        // General rule 1: the report wins; flag the difference, never overwrite it.
        return Result(RecistAgreement.Discrepancy,
            $"Discrepancy – ask your care team: the report says {stated.ToRecistCode()}, but the lesion measurements give {computed.Overall.ToRecistCode()} under RECIST 1.1.",
            $"The radiology report says {statedName}, and that is the one shown. The RECIST result worked out from the lesion measurements is {computedName}; reports do not always use RECIST rules, so please ask your care team about the difference.",
            namesComputed: true);
    }

    private static bool IsNeitherResponseNorProgression(OverallResponse response) =>
        response is OverallResponse.StableDisease or OverallResponse.NonCRNonPD;

    // Clinical review item 7: any reason that names PD says what PD is and is not.
    private static string Caveat(OverallResponse stated, OverallResponse other) =>
        stated == OverallResponse.ProgressiveDisease || other == OverallResponse.ProgressiveDisease
            ? " " + RecistEvaluator.ProgressiveDiseaseCaveat
            : "";

    private static string Name(OverallResponse response) => response switch
    {
        OverallResponse.CompleteResponse => "complete response (CR)",
        OverallResponse.PartialResponse => "partial response (PR)",
        OverallResponse.StableDisease => "stable disease (SD)",
        OverallResponse.ProgressiveDisease => "progressive disease (PD)",
        OverallResponse.NonCRNonPD => "non-CR/non-PD (neither a complete response nor progression)",
        _ => "not evaluable (NE)",
    };
}
