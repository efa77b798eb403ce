namespace Cairn.Clinical.HormoneReceptors;

/// <summary>
/// The computed ER status of one specimen (ASCO/CAP 2020; S9, S10). A cross-check only: a stated report result
/// always wins (see <see cref="HormoneReceptorClassifier.ReconcileEr"/>).
/// </summary>
/// <remarks>
/// Guarantees: <see cref="LowPositiveComment"/> is non-null exactly when <see cref="Status"/> is
/// <see cref="ErStatus.LowPositive"/>; <see cref="SourceIds"/> is never empty.
/// </remarks>
public sealed record ErAssessment : IClinicalFinding
{
    internal ErAssessment(
        ErStatus status,
        double percentStainedNuclei,
        string? lowPositiveComment,
        bool labShouldReportControls,
        string reason,
        IReadOnlyList<string> sourceIds)
    {
        Status = status;
        PercentStainedNuclei = percentStainedNuclei;
        LowPositiveComment = lowPositiveComment;
        LabShouldReportControls = labShouldReportControls;
        Reason = reason;
        SourceIds = sourceIds;
    }

    /// <summary>The ER category.</summary>
    public ErStatus Status { get; }

    /// <summary>The percentage of tumour nuclei that stained, as given (0–100).</summary>
    public double PercentStainedNuclei { get; }

    /// <summary>True for ER Low Positive and ER-positive (1–100% of nuclei).</summary>
    public bool IsPositive => Status != ErStatus.Negative;

    /// <summary>
    /// The plain-language comment the guideline requires with an ER Low Positive result (limited evidence of
    /// endocrine benefit); null otherwise.
    /// </summary>
    public string? LowPositiveComment { get; }

    /// <summary>True for 0–10% results, where the lab should also report the status of its controls (ASCO/CAP 2020, S9).</summary>
    public bool LabShouldReportControls { get; }

    /// <inheritdoc />
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SourceIds { get; }
}
