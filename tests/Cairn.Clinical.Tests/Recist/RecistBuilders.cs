using Cairn.Clinical.Recist;

namespace Cairn.Clinical.Tests.Recist;

/// <summary>Synthetic lesion and time-point builders for RECIST tests (no patient data).</summary>
internal static class RecistBuilders
{
    public static Lesion Ct(string id, string organ, double longestDiameterMm, double? sliceMm = 5.0) => new()
    {
        Id = id,
        Organ = organ,
        LongestDiameterMm = longestDiameterMm,
        Method = MeasurementMethod.Ct,
        CtSliceThicknessMm = sliceMm,
    };

    public static Lesion Node(string id, double? shortAxisMm, string station = "lymph node", MeasurementMethod method = MeasurementMethod.Ct) => new()
    {
        Id = id,
        Organ = station,
        IsLymphNode = true,
        ShortAxisMm = shortAxisMm,
        Method = method,
        CtSliceThicknessMm = method == MeasurementMethod.Ct ? 5.0 : null,
    };

    public static Lesion Special(string id, SpecialLesionType type, string organ = "bone") => new()
    {
        Id = id,
        Organ = organ,
        LongestDiameterMm = 40,
        Method = MeasurementMethod.Ct,
        CtSliceThicknessMm = 5.0,
        SpecialType = type,
    };

    /// <summary>A baseline of one measurable liver target of the given size (CT, 5 mm slices).</summary>
    public static RecistBaseline SingleTarget(double baselineMm) => RecistTargetSelection.Select([Ct("T1", "liver", baselineMm)]);

    /// <summary>A time point for a single-target baseline with no non-targets.</summary>
    public static RecistTimePoint SingleTargetScan(double currentMm, NewLesionStatus newLesions = NewLesionStatus.None) => new()
    {
        Targets = [TargetMeasurement.Measured("T1", currentMm)],
        NonTargets = [],
        Markers = TumourMarkerStatus.NotApplicable,
        NewLesions = newLesions,
    };

    public static RecistTimePoint Scan(
        IReadOnlyList<TargetMeasurement> targets,
        IReadOnlyList<NonTargetAssessment>? nonTargets = null,
        TumourMarkerStatus markers = TumourMarkerStatus.NotApplicable,
        NewLesionStatus newLesions = NewLesionStatus.None) => new()
        {
            Targets = targets,
            NonTargets = nonTargets ?? [],
            Markers = markers,
            NewLesions = newLesions,
        };
}
