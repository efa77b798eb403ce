namespace Cairn.Clinical.Recist;

/// <summary>The RECIST 1.1 overall response at one time point.</summary>
/// <param name="Response">CR, PR, SD, PD, NE, or Non-CR/non-PD (non-target-only disease).</param>
/// <param name="EquivocalNewLesionNeedsFollowUp">True when a possible new lesion was seen that is not (yet) counted as PD.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record OverallResponseResult(
    OverallResponse Response,
    bool EquivocalNewLesionNeedsFollowUp,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
