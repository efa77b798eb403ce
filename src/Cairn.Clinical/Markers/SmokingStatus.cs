namespace Cairn.Clinical.Markers;

/// <summary>Smoking status; it changes the typical CEA upper limit (S26).</summary>
public enum SmokingStatus
{
    /// <summary>Not known: for CEA without a lab range, values between the two typical limits cannot be placed.</summary>
    Unknown = 0,

    /// <summary>Does not smoke: typical CEA limit ≤3.0 ng/mL.</summary>
    NonSmoker = 1,

    /// <summary>Smokes: typical CEA limit &lt;5.0 ng/mL.</summary>
    Smoker = 2,
}
