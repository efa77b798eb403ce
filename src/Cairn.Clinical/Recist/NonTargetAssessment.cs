namespace Cairn.Clinical.Recist;

/// <summary>One non-target lesion at a follow-up scan.</summary>
/// <param name="LesionId">The baseline lesion's id.</param>
/// <param name="State">Absent, present, unequivocal progression, or not evaluated.</param>
/// <param name="ShortAxisMm">Lymph nodes only: the current short axis in mm; a present node under 10 mm counts as normal.</param>
public sealed record NonTargetAssessment(string LesionId, NonTargetLesionState State, double? ShortAxisMm = null);
