namespace Cairn.Clinical.FollowUp;

/// <summary>What a monitoring cadence is counted in.</summary>
public enum CadenceUnit
{
    /// <summary>Calendar months.</summary>
    Months = 0,

    /// <summary>Treatment cycles (chemotherapy).</summary>
    Cycles = 1,
}
