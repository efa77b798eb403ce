namespace Cairn.Clinical.Recist;

/// <summary>
/// The complete RECIST 1.1 assessment of one follow-up scan. These are trial response categories for one scan
/// compared with earlier ones; they are not a diagnosis and never mean "remission", "cure" or "recurrence".
/// </summary>
/// <param name="Overall">The overall time-point response.</param>
/// <param name="Target">The target response; null when the baseline had no target lesions (non-target-only disease).</param>
/// <param name="NonTarget">The non-target response.</param>
/// <param name="NewLesions">The new-lesion status used.</param>
/// <param name="EquivocalNewLesionNeedsFollowUp">True when a possible new lesion needs follow-up (not counted as PD).</param>
/// <param name="Notes">Plain-language notes: how to read the result, confirmation rules, follow-up of equivocal lesions.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record RecistTimePointResult(
    OverallResponse Overall,
    TargetResponseResult? Target,
    NonTargetResponseResult NonTarget,
    NewLesionStatus NewLesions,
    bool EquivocalNewLesionNeedsFollowUp,
    IReadOnlyList<string> Notes,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
