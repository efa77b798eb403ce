namespace Cairn.Clinical.FollowUp;

/// <summary>When mammograms are due after treatment for early breast cancer (ASCO, S27).</summary>
/// <param name="Surgery">The surgery the plan is for.</param>
/// <param name="FirstMammogramDate">The first post-treatment mammogram, or null when the rule does not set it.</param>
/// <param name="IntervalMonths">Months between mammograms after the first: 12.</param>
/// <param name="TimingRule">Which rule set <paramref name="FirstMammogramDate"/>.</param>
/// <param name="Reason">Plain-language explanation.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record MammographyPlan(
    BreastSurgeryType Surgery,
    DateOnly? FirstMammogramDate,
    int IntervalMonths,
    MammogramTimingRule TimingRule,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>
    /// The first scheduled mammogram on or after <paramref name="date"/> (the first one, then yearly), or null when
    /// <see cref="FirstMammogramDate"/> is null.
    /// </summary>
    public DateOnly? NextDueOnOrAfter(DateOnly date)
    {
        if (FirstMammogramDate is not { } first)
        {
            return null;
        }

        var next = first;
        for (int years = 1; next < date; years++)
        {
            // Always step from the first date so 29 February does not drift to the 28th for good.
            next = first.AddMonths(IntervalMonths * years);
        }

        return next;
    }
}
