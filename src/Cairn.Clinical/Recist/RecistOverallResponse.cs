namespace Cairn.Clinical.Recist;

/// <summary>
/// Combines target, non-target and new-lesion results into the RECIST 1.1 overall time-point response
/// (ONCOLOGY_RULES.md §4, S16 Tables 1 and 2 via S17). An equivocal new lesion is not PD; it is flagged for follow-up.
/// </summary>
public static class RecistOverallResponse
{
    /// <summary>RECIST 1.1 Table 1: patients with target lesions (with or without non-target lesions).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined (the new-lesion status must be stated).</exception>
    public static OverallResponseResult Combine(TargetResponse target, NonTargetResponse nonTarget, NewLesionStatus newLesions)
    {
        Require(target, nameof(target));
        Require(nonTarget, nameof(nonTarget));
        Require(newLesions, nameof(newLesions));

        var equivocal = newLesions == NewLesionStatus.Equivocal;
        OverallResponseResult Result(OverallResponse response, string reason) =>
            new(response, equivocal, reason + Ending(response, equivocal), RecistSources.Recist);

        // Table 1: Any | Any | Yes → PD.
        if (newLesions == NewLesionStatus.Unequivocal)
        {
            return Result(OverallResponse.ProgressiveDisease, NewLesionPd);
        }

        // Table 1: PD | Any | Any → PD.
        if (target == TargetResponse.ProgressiveDisease)
        {
            return Result(OverallResponse.ProgressiveDisease,
                "RECIST progressive disease (PD) at this scan: the measured tumours together grew by at least 20% and at least 5 mm from their smallest total.");
        }

        // Table 1: Any | PD | Any → PD.
        if (nonTarget == NonTargetResponse.ProgressiveDisease)
        {
            return Result(OverallResponse.ProgressiveDisease, NonTargetPd);
        }

        return target switch
        {
            // Table 1: CR | CR | No → CR.
            TargetResponse.CompleteResponse when nonTarget == NonTargetResponse.CompleteResponse =>
                Result(OverallResponse.CompleteResponse,
                    "RECIST complete response (CR) at this scan: all known tumour areas have gone and no new ones were seen."),

            // Table 1: CR | Non-CR/non-PD | No → PR; CR | NE | No → PR.
            TargetResponse.CompleteResponse =>
                Result(OverallResponse.PartialResponse,
                    "RECIST partial response (PR) at this scan: the measured tumours have gone, but other known tumour areas are still there or were not all checked."),

            // Table 1: PR | Non-PD or not all evaluated | No → PR.
            TargetResponse.PartialResponse =>
                Result(OverallResponse.PartialResponse,
                    "RECIST partial response (PR) at this scan: the measured tumours are at least 30% smaller than at the start, and nothing has clearly grown."),

            // Table 1: SD | Non-PD or not all evaluated | No → SD.
            TargetResponse.StableDisease =>
                Result(OverallResponse.StableDisease,
                    "RECIST stable disease (SD) at this scan: the measured tumours have not shrunk by 30% or grown by 20% and 5 mm, and nothing has clearly grown."),

            // Table 1: Not all evaluated | Non-PD | No → NE.
            _ => Result(OverallResponse.NotEvaluable,
                "RECIST not evaluable (NE) at this scan: not all measured tumours were checked, so no response can be given."),
        };
    }

    /// <summary>RECIST 1.1 Table 2: patients with non-target disease only. "Non-CR/non-PD" is used, never "SD".</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined (the new-lesion status must be stated).</exception>
    public static OverallResponseResult CombineNonTargetOnly(NonTargetResponse nonTarget, NewLesionStatus newLesions)
    {
        Require(nonTarget, nameof(nonTarget));
        Require(newLesions, nameof(newLesions));

        var equivocal = newLesions == NewLesionStatus.Equivocal;
        OverallResponseResult Result(OverallResponse response, string reason) =>
            new(response, equivocal, reason + Ending(response, equivocal), RecistSources.Recist);

        // Table 2: Any | Yes → PD.
        if (newLesions == NewLesionStatus.Unequivocal)
        {
            return Result(OverallResponse.ProgressiveDisease, NewLesionPd);
        }

        return nonTarget switch
        {
            // Table 2: Unequivocal PD | Yes or No → PD.
            NonTargetResponse.ProgressiveDisease => Result(OverallResponse.ProgressiveDisease, NonTargetPd),

            // Table 2: CR | No → CR.
            NonTargetResponse.CompleteResponse => Result(OverallResponse.CompleteResponse,
                "RECIST complete response (CR) at this scan: all known tumour areas have gone, tumour markers (if used) are normal, and no new ones were seen."),

            // Table 2: Non-CR/non-PD | No → Non-CR/non-PD (preferred over "SD" for non-target disease).
            NonTargetResponse.NonCRNonPD => Result(OverallResponse.NonCRNonPD,
                "RECIST non-CR/non-PD at this scan: known tumour areas that cannot be measured exactly are still there, or markers are above normal, but nothing has clearly grown."),

            // Table 2: Not all evaluated | No → NE.
            _ => Result(OverallResponse.NotEvaluable,
                "RECIST not evaluable (NE) at this scan: not all known tumour areas were checked, so no response can be given."),
        };
    }

    private const string NewLesionPd =
        "RECIST progressive disease (PD) at this scan: the radiologist reports a definite new tumour area.";

    private const string NonTargetPd =
        "RECIST progressive disease (PD) at this scan: the radiologist reports clear overall growth of other known tumour areas.";

    private const string EquivocalSentence =
        " A possible new spot was seen but is not certain; it is not counted as progression now and needs follow-up scans.";

    // A PD reason always carries the caveat (review item 7); an equivocal new lesion is explained for any other result.
    private static string Ending(OverallResponse response, bool equivocal) =>
        response == OverallResponse.ProgressiveDisease
            ? " " + RecistEvaluator.ProgressiveDiseaseCaveat
            : equivocal ? EquivocalSentence : "";

    private static void Require<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"'{value}' is not a defined {typeof(TEnum).Name} value.");
        }
    }
}
