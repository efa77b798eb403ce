namespace Cairn.Clinical.FollowUp;

/// <summary>The phase of early-breast-cancer follow-up, by whole months since the end of primary therapy (ASCO, S27).</summary>
public enum FollowUpPhase
{
    /// <summary>Months 0 to 36 inclusive: history and physical every 3–6 months.</summary>
    Years1To3 = 0,

    /// <summary>Months 37 to 60 inclusive: history and physical every 6–12 months.</summary>
    Years4To5 = 1,

    /// <summary>Month 61 onwards: history and physical every 12 months.</summary>
    After5Years = 2,
}
