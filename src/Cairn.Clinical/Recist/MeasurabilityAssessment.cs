namespace Cairn.Clinical.Recist;

/// <summary>The measurability of one baseline lesion.</summary>
/// <param name="LesionId">The lesion's id.</param>
/// <param name="Measurability">The RECIST 1.1 result.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record MeasurabilityAssessment(
    string LesionId,
    LesionMeasurability Measurability,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
