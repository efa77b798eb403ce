namespace Cairn.Clinical.Markers;

/// <summary>Where one marker value sits against its reference range. Never "recurrence" or "progression".</summary>
public enum MarkerRangeStatus
{
    /// <summary>At or below the upper limit used.</summary>
    WithinRange = 0,

    /// <summary>Above the upper limit used.</summary>
    AboveRange = 1,

    /// <summary>
    /// CEA with no lab range and unknown smoking status, above the non-smoker limit (3.0 ng/mL) but below the smoker
    /// limit (5.0 ng/mL): it cannot be placed without knowing whether the person smokes.
    /// </summary>
    DependsOnSmokingStatus = 2,
}
