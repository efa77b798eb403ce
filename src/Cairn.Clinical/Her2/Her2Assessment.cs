namespace Cairn.Clinical.Her2;

/// <summary>
/// The computed HER2 status of one specimen (ASCO/CAP 2018, affirmed 2023; ONCOLOGY_RULES.md §1).
/// A computed status is a cross-check only: a pathologist's stated result always wins (see <see cref="Her2Classifier.Reconcile"/>).
/// </summary>
/// <remarks>
/// Guarantees: <see cref="ExpressionSubgroup"/> is non-null exactly when <see cref="Result"/> is
/// <see cref="Her2AscoCapResult.Negative"/>; <see cref="WithComment"/> is only true for a Negative result;
/// <see cref="NextStep"/> is <see cref="Her2NextStep.None"/> exactly when the result is Positive or Negative;
/// <see cref="IhcAndIshDisagree"/> is only true for a Positive result;
/// <see cref="SourceIds"/> is never empty.
/// </remarks>
public sealed record Her2Assessment : IClinicalFinding
{
    /// <summary>The fixed warning shown when IHC and ISH on the specimen disagree (see <see cref="IhcAndIshDisagree"/>).</summary>
    public const string DiscordanceWarningText =
        "The HER2 protein test (IHC) and the HER2 gene test (ISH) disagree – the lab should review this result";

    internal Her2Assessment(
        Her2AscoCapResult result,
        bool withComment,
        Her2IshGroup? ishGroup,
        Her2ExpressionSubgroup? expressionSubgroup,
        Her2NextStep nextStep,
        string reason,
        IReadOnlyList<string> sourceIds,
        bool ihcAndIshDisagree = false)
    {
        Result = result;
        WithComment = withComment;
        IshGroup = ishGroup;
        ExpressionSubgroup = expressionSubgroup;
        NextStep = nextStep;
        Reason = reason;
        SourceIds = sourceIds;
        IhcAndIshDisagree = ihcAndIshDisagree;
    }

    /// <summary>The ASCO/CAP result category.</summary>
    public Her2AscoCapResult Result { get; }

    /// <summary>
    /// True for "Negative with comment": an ISH group 2, 3 or 4 resolved to negative with IHC on the same tissue.
    /// The report should carry the guideline's explanatory comment.
    /// </summary>
    public bool WithComment { get; }

    /// <summary>The dual-probe ISH group, when ISH values were given.</summary>
    public Her2IshGroup? IshGroup { get; }

    /// <summary>HER2-low / ultralow / 0 label; only set when <see cref="Result"/> is Negative.</summary>
    public Her2ExpressionSubgroup? ExpressionSubgroup { get; }

    /// <summary>The step still needed before a final category exists.</summary>
    public Her2NextStep NextStep { get; }

    /// <summary>
    /// True when one test is positive and the other clearly negative on the same specimen (IHC 0/1+ with ISH group 1,
    /// or IHC 3+ with ISH group 5). Either positive test makes the result Positive (ASCO/CAP 2018, S1), so this is
    /// only set on a Positive result, together with <see cref="DiscordanceWarning"/>: the lab should review it.
    /// </summary>
    public bool IhcAndIshDisagree { get; }

    /// <summary><see cref="DiscordanceWarningText"/> when <see cref="IhcAndIshDisagree"/> is true, otherwise null.</summary>
    public string? DiscordanceWarning => IhcAndIshDisagree ? DiscordanceWarningText : null;

    /// <inheritdoc />
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SourceIds { get; }
}
