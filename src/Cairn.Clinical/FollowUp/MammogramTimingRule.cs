namespace Cairn.Clinical.FollowUp;

/// <summary>Which rule set the date of the first mammogram after treatment.</summary>
public enum MammogramTimingRule
{
    /// <summary>One year after the diagnostic mammogram (S27).</summary>
    OneYearAfterDiagnosticMammogram = 0,

    /// <summary>At least 6 months after radiation ended, which fell later than one year after diagnosis (S27).</summary>
    SixMonthsAfterRadiation = 1,

    /// <summary>No first date is set: the §7.1 timing rule covers breast-conserving surgery only.</summary>
    NotDetermined = 2,
}
