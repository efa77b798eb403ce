namespace Cairn.Clinical.Recist;

/// <summary>
/// Lesion-level findings of one follow-up scan. Every baseline target needs exactly one <see cref="TargetMeasurement"/>
/// and every baseline non-target exactly one <see cref="NonTargetAssessment"/>; use the NotEvaluated forms for lesions
/// that were not assessed.
/// </summary>
public sealed record RecistTimePoint
{
    /// <summary>Optional scan date, for the caller's records.</summary>
    public DateOnly? ScanDate { get; init; }

    /// <summary>One entry per baseline target lesion.</summary>
    public required IReadOnlyList<TargetMeasurement> Targets { get; init; }

    /// <summary>One entry per baseline non-target lesion.</summary>
    public required IReadOnlyList<NonTargetAssessment> NonTargets { get; init; }

    /// <summary>Tumour marker status (used only for non-target complete response).</summary>
    public required TumourMarkerStatus Markers { get; init; }

    /// <summary>New lesions.</summary>
    public required NewLesionStatus NewLesions { get; init; }
}
