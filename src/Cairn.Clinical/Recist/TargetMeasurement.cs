using System.Globalization;

namespace Cairn.Clinical.Recist;

/// <summary>
/// One target lesion at a follow-up scan. Create with <see cref="Measured"/>, <see cref="TooSmallToMeasure"/>,
/// <see cref="Disappeared"/> or <see cref="NotEvaluated"/>. For a lymph node the value is the short axis.
/// </summary>
public sealed record TargetMeasurement
{
    /// <summary>RECIST 1.1 (S17): default value for a lesion reported as too small to measure.</summary>
    public const double TooSmallToMeasureDefaultMm = 5.0;

    private TargetMeasurement(string lesionId, TargetMeasurementState state, double? valueMm)
    {
        if (string.IsNullOrWhiteSpace(lesionId))
        {
            throw new ArgumentException("A target measurement needs the lesion id it belongs to.", nameof(lesionId));
        }

        LesionId = lesionId;
        State = state;
        ValueMm = valueMm;
    }

    /// <summary>The baseline lesion's id.</summary>
    public string LesionId { get; }

    /// <summary>How the lesion was recorded.</summary>
    public TargetMeasurementState State { get; }

    /// <summary>The measured value in mm (only for <see cref="TargetMeasurementState.Measured"/>).</summary>
    public double? ValueMm { get; }

    /// <summary>The value that enters the sum: the measurement, 5 mm when too small to measure, 0 when disappeared, null when not evaluated.</summary>
    public double? SumContributionMm => State switch
    {
        TargetMeasurementState.Measured => ValueMm,
        TargetMeasurementState.TooSmallToMeasure => TooSmallToMeasureDefaultMm, // RECIST 1.1 (S17): default 5 mm
        TargetMeasurementState.Disappeared => 0.0,                              // RECIST 1.1 (S17): disappeared = 0 mm
        _ => null,
    };

    /// <summary>An actual measurement in mm (0 is allowed and means gone).</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public static TargetMeasurement Measured(string lesionId, double valueMm)
    {
        if (double.IsNaN(valueMm) || double.IsInfinity(valueMm) || valueMm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(valueMm), valueMm,
                $"Target '{lesionId}': a measurement must be a finite number of mm, 0 or more, but it was {valueMm.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new(lesionId, TargetMeasurementState.Measured, valueMm);
    }

    /// <summary>Present but too small to measure (counts as 5 mm).</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static TargetMeasurement TooSmallToMeasure(string lesionId) => new(lesionId, TargetMeasurementState.TooSmallToMeasure, null);

    /// <summary>Disappeared (counts as 0 mm).</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static TargetMeasurement Disappeared(string lesionId) => new(lesionId, TargetMeasurementState.Disappeared, null);

    /// <summary>Not assessed at this scan.</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static TargetMeasurement NotEvaluated(string lesionId) => new(lesionId, TargetMeasurementState.NotEvaluated, null);
}
