using System.Globalization;

namespace Cairn.Clinical.Recist;

/// <summary>
/// Decides whether a baseline lesion is measurable under RECIST 1.1 (ONCOLOGY_RULES.md §4, S16 via S17).
/// Boundaries: non-nodal ≥10 mm on CT with slice ≤5 mm (slice &gt;5 mm: ≥2× slice), ≥10 mm by caliper, ≥20 mm on
/// chest X-ray; lymph node short axis ≥15 mm measurable, 10 to &lt;15 mm pathological but non-measurable, &lt;10 mm normal.
/// </summary>
public static class RecistMeasurability
{
    /// <summary>Minimum longest diameter (mm) on CT with slice ≤5 mm, and by caliper.</summary>
    public const double MinimumDiameterMm = 10.0;

    /// <summary>Maximum CT slice thickness (mm) for the plain 10 mm rule.</summary>
    public const double MaximumStandardSliceMm = 5.0;

    /// <summary>Minimum longest diameter (mm) on chest X-ray.</summary>
    public const double MinimumChestXRayDiameterMm = 20.0;

    /// <summary>Minimum short axis (mm) for a measurable (target-eligible) lymph node.</summary>
    public const double MeasurableNodeShortAxisMm = 15.0;

    /// <summary>Short axis (mm) from which a lymph node is pathological; below it the node is normal.</summary>
    public const double PathologicalNodeShortAxisMm = 10.0;

    /// <summary>Assesses one baseline lesion.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lesion"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or organ is empty, or "progressed since irradiation" is set on a lesion that was not irradiated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size or slice thickness is NaN, infinite, negative or 0, or an enum value is undefined.</exception>
    public static MeasurabilityAssessment Assess(Lesion lesion)
    {
        Validate(lesion);

        MeasurabilityAssessment Result(LesionMeasurability measurability, string reason) =>
            new(lesion.Id, measurability, reason, RecistSources.Recist);

        // RECIST 1.1 §3.1.2 (S17): always non-measurable kinds.
        var alwaysNonMeasurable = lesion.SpecialType switch
        {
            SpecialLesionType.BlasticBone => "a blastic bone lesion",
            SpecialLesionType.LyticBoneWithoutSoftTissueComponent => "a bone lesion without a soft-tissue part",
            SpecialLesionType.EffusionOrAscites => "fluid (an effusion or ascites)",
            SpecialLesionType.Leptomeningeal => "disease of the lining of the brain and spinal cord",
            SpecialLesionType.InflammatoryBreast => "inflammatory breast disease",
            SpecialLesionType.Lymphangitic => "lymphangitic spread",
            _ => null,
        };
        if (alwaysNonMeasurable is not null)
        {
            return Result(LesionMeasurability.NonMeasurable,
                $"This is {alwaysNonMeasurable}, which RECIST never counts as measurable. It is followed as a non-target lesion.");
        }

        // RECIST 1.1 §3.1.2 (S17): previously irradiated lesions count only if they have progressed since.
        if (lesion.PreviouslyIrradiated && !lesion.ProgressedSinceIrradiation)
        {
            return Result(LesionMeasurability.NonMeasurable,
                "This lesion is in an area treated with radiation and has not grown since, so RECIST does not count it as measurable.");
        }

        // RECIST 1.1 §3.1.1 (S17): a lytic/mixed bone lesion is measurable only through a soft-tissue part seen on cross-sectional imaging.
        if (lesion.SpecialType == SpecialLesionType.LyticOrMixedBoneWithSoftTissueComponent && lesion.Method != MeasurementMethod.Ct)
        {
            return Result(LesionMeasurability.NonMeasurable,
                "The soft-tissue part of a bone lesion can only be measured on a cross-sectional scan such as CT, so this one is not measurable.");
        }

        return lesion.IsLymphNode ? AssessNode(lesion, Result) : AssessNonNodal(lesion, Result);
    }

    /// <summary>The size that enters the sum: short axis for a node, longest diameter otherwise (null when not given).</summary>
    internal static double? BaselineSizeMm(Lesion lesion) => lesion.IsLymphNode ? lesion.ShortAxisMm : lesion.LongestDiameterMm;

    private static MeasurabilityAssessment AssessNode(Lesion lesion, Func<LesionMeasurability, string, MeasurabilityAssessment> result)
    {
        if (lesion.ShortAxisMm is not { } shortAxis)
        {
            return result(LesionMeasurability.Indeterminate,
                "A lymph node is judged by its short axis, which was not given, so it cannot be judged yet. It is followed as a non-target lesion.");
        }

        var size = Mm(shortAxis);

        // RECIST 1.1 (S17): short axis <10 mm = normal node.
        if (shortAxis < PathologicalNodeShortAxisMm)
        {
            return result(LesionMeasurability.NormalLymphNode,
                $"The lymph node's short axis is {size} mm, under 10 mm, so RECIST counts it as a normal node, not as disease.");
        }

        // RECIST 1.1 §3.1.1 (S17): nodes are measurable "when assessed by CT scan".
        if (lesion.Method != MeasurementMethod.Ct)
        {
            return result(LesionMeasurability.NonMeasurable,
                $"The lymph node measures {size} mm, but RECIST only counts lymph nodes as measurable on CT. It is followed as a non-target lesion.");
        }

        // RECIST 1.1 (S17): short axis ≥15 mm = measurable pathological node.
        if (shortAxis >= MeasurableNodeShortAxisMm)
        {
            return result(LesionMeasurability.Measurable,
                $"The lymph node's short axis is {size} mm on CT, which is 15 mm or more, so it is measurable.");
        }

        // RECIST 1.1 (S17): 10 to <15 mm = pathological but non-measurable.
        return result(LesionMeasurability.NonMeasurable,
            $"The lymph node's short axis is {size} mm, between 10 and 15 mm: it is abnormal but too small to measure for RECIST, so it is followed as a non-target lesion.");
    }

    private static MeasurabilityAssessment AssessNonNodal(Lesion lesion, Func<LesionMeasurability, string, MeasurabilityAssessment> result)
    {
        if (lesion.LongestDiameterMm is not { } diameter)
        {
            return result(LesionMeasurability.NonMeasurable,
                "No longest diameter was given for this lesion, so it cannot be measured. It is followed as a non-target lesion.");
        }

        var size = Mm(diameter);
        switch (lesion.Method)
        {
            case MeasurementMethod.ChestXRay:
                // RECIST 1.1 (S17): ≥20 mm on chest X-ray.
                return diameter >= MinimumChestXRayDiameterMm
                    ? result(LesionMeasurability.Measurable, $"The lesion measures {size} mm on chest X-ray, which is 20 mm or more, so it is measurable.")
                    : result(LesionMeasurability.NonMeasurable, $"The lesion measures {size} mm on chest X-ray; RECIST needs 20 mm or more on X-ray, so it is followed as a non-target lesion.");

            case MeasurementMethod.Caliper:
                // RECIST 1.1 (S17): ≥10 mm by caliper.
                return diameter >= MinimumDiameterMm
                    ? result(LesionMeasurability.Measurable, $"The lesion measures {size} mm with calipers, which is 10 mm or more, so it is measurable.")
                    : result(LesionMeasurability.NonMeasurable, $"The lesion measures {size} mm with calipers; RECIST needs 10 mm or more, so it is followed as a non-target lesion.");

            default:
                // RECIST 1.1 (S17): ≥10 mm on CT with slice ≤5 mm; with slice >5 mm, at least twice the slice thickness.
                if (diameter < MinimumDiameterMm)
                {
                    return result(LesionMeasurability.NonMeasurable,
                        $"The lesion measures {size} mm on CT; RECIST needs 10 mm or more, so it is followed as a non-target lesion.");
                }

                if (lesion.CtSliceThicknessMm is not { } slice)
                {
                    return result(LesionMeasurability.Indeterminate,
                        $"The lesion measures {size} mm on CT, but the CT slice thickness was not given, so RECIST measurability cannot be checked. It is followed as a non-target lesion.");
                }

                var minimum = slice <= MaximumStandardSliceMm ? MinimumDiameterMm : 2 * slice;
                return diameter >= minimum
                    ? result(LesionMeasurability.Measurable, $"The lesion measures {size} mm on CT (slices {Mm(slice)} mm), which meets the RECIST minimum of {Mm(minimum)} mm, so it is measurable.")
                    : result(LesionMeasurability.NonMeasurable, $"The lesion measures {size} mm on CT with {Mm(slice)} mm slices; RECIST then needs {Mm(minimum)} mm (twice the slice thickness), so it is followed as a non-target lesion.");
        }
    }

    private static void Validate(Lesion lesion)
    {
        ArgumentNullException.ThrowIfNull(lesion);
        if (string.IsNullOrWhiteSpace(lesion.Id))
        {
            throw new ArgumentException("A lesion needs a non-empty id so it can be matched at later scans.", nameof(lesion));
        }

        if (string.IsNullOrWhiteSpace(lesion.Organ))
        {
            throw new ArgumentException($"Lesion '{lesion.Id}' needs an organ (for the two-per-organ target rule).", nameof(lesion));
        }

        if (!Enum.IsDefined(lesion.Method))
        {
            throw new ArgumentOutOfRangeException(nameof(lesion), lesion.Method, $"Lesion '{lesion.Id}': '{lesion.Method}' is not a defined measurement method.");
        }

        if (!Enum.IsDefined(lesion.SpecialType))
        {
            throw new ArgumentOutOfRangeException(nameof(lesion), lesion.SpecialType, $"Lesion '{lesion.Id}': '{lesion.SpecialType}' is not a defined lesion type.");
        }

        RequirePositive(lesion.LongestDiameterMm, lesion.Id, "longest diameter", nameof(lesion));
        RequirePositive(lesion.ShortAxisMm, lesion.Id, "short axis", nameof(lesion));
        RequirePositive(lesion.CtSliceThicknessMm, lesion.Id, "CT slice thickness", nameof(lesion));

        if (lesion.ProgressedSinceIrradiation && !lesion.PreviouslyIrradiated)
        {
            throw new ArgumentException($"Lesion '{lesion.Id}' is marked as progressed since irradiation but not as previously irradiated.", nameof(lesion));
        }
    }

    private static void RequirePositive(double? value, string id, string what, string paramName)
    {
        if (value is { } mm && (double.IsNaN(mm) || double.IsInfinity(mm) || mm <= 0))
        {
            throw new ArgumentOutOfRangeException(paramName, mm, $"Lesion '{id}': the {what} must be a finite number of mm above 0, but it was {mm.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    internal static string Mm(double mm) => mm.ToString("0.##", CultureInfo.InvariantCulture);
}
