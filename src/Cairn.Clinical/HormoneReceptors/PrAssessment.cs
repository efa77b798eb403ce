namespace Cairn.Clinical.HormoneReceptors;

/// <summary>
/// The computed PR status of one specimen (ASCO/CAP 2020; S9, S10). A cross-check only: a stated report result
/// always wins (see <see cref="HormoneReceptorClassifier.ReconcilePr"/>).
/// </summary>
public sealed record PrAssessment : IClinicalFinding
{
    internal PrAssessment(PrStatus status, double percentStainedNuclei, string reason, IReadOnlyList<string> sourceIds)
    {
        Status = status;
        PercentStainedNuclei = percentStainedNuclei;
        Reason = reason;
        SourceIds = sourceIds;
    }

    /// <summary>The PR category.</summary>
    public PrStatus Status { get; }

    /// <summary>The percentage of tumour nuclei that stained, as given (0–100); report it with a positive result.</summary>
    public double PercentStainedNuclei { get; }

    /// <summary>True when PR is positive (1% or more).</summary>
    public bool IsPositive => Status == PrStatus.Positive;

    /// <inheritdoc />
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SourceIds { get; }
}
