namespace Cairn.Clinical.Recist;

/// <summary>The RECIST 1.1 target lesion response at one time point, with the sums it rests on (all in mm).</summary>
/// <param name="Response">CR, PR, SD, PD or NE.</param>
/// <param name="BaselineSumMm">The baseline sum.</param>
/// <param name="NadirSumMm">The smallest sum before this scan (baseline or an earlier fully evaluated scan).</param>
/// <param name="CurrentSumMm">This scan's sum; when targets were not all evaluated, the sum of those that were.</param>
/// <param name="AllTargetsEvaluated">False when at least one target was not evaluated at this scan.</param>
/// <param name="ChangeFromBaselinePercent">Percent change from baseline (negative = smaller); null when not all targets were evaluated.</param>
/// <param name="ChangeFromNadirMm">Absolute change from the nadir in mm; null when not all targets were evaluated, unless PD was shown anyway.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record TargetResponseResult(
    TargetResponse Response,
    double BaselineSumMm,
    double NadirSumMm,
    double CurrentSumMm,
    bool AllTargetsEvaluated,
    double? ChangeFromBaselinePercent,
    double? ChangeFromNadirMm,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding;
