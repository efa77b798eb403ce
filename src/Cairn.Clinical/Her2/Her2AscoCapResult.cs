namespace Cairn.Clinical.Her2;

/// <summary>The HER2 result category (ASCO/CAP 2018, affirmed 2023; S1, S2; ONCOLOGY_RULES.md §1.4).</summary>
public enum Her2AscoCapResult
{
    /// <summary>HER2-positive.</summary>
    Positive,

    /// <summary>HER2-negative (see <see cref="Her2Assessment.WithComment"/> and <see cref="Her2Assessment.ExpressionSubgroup"/>).</summary>
    Negative,

    /// <summary>IHC 2+ without an ISH result: reflex ISH on the same specimen, or a new test, is required.</summary>
    Equivocal,

    /// <summary>
    /// No final category can be computed from the data given: a required step is missing or the lab must adjudicate.
    /// <see cref="Her2Assessment.NextStep"/> says which.
    /// </summary>
    Incomplete,
}
