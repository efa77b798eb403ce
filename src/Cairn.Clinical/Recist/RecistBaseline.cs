namespace Cairn.Clinical.Recist;

/// <summary>
/// The RECIST 1.1 baseline: target lesions (their sum is the reference for response), non-target lesions, and normal
/// lymph nodes that are not followed. Created only by <see cref="RecistTargetSelection"/>, which enforces the rules.
/// </summary>
public sealed record RecistBaseline : IClinicalFinding
{
    internal RecistBaseline(
        IReadOnlyList<Lesion> targets,
        IReadOnlyList<Lesion> nonTargets,
        IReadOnlyList<Lesion> normalLymphNodes,
        IReadOnlyList<MeasurabilityAssessment> assessments,
        double baselineSumMm,
        IReadOnlyList<string> warnings,
        string reason)
    {
        Targets = targets;
        NonTargets = nonTargets;
        NormalLymphNodes = normalLymphNodes;
        Assessments = assessments;
        BaselineSumMm = baselineSumMm;
        Warnings = warnings;
        Reason = reason;
    }

    /// <summary>Target lesions, largest first: at most 5, at most 2 per organ (all lymph nodes are one organ).</summary>
    public IReadOnlyList<Lesion> Targets { get; }

    /// <summary>All other disease: measurable lesions not chosen, pathological nodes of 10 to &lt;15 mm, non-measurable and indeterminate lesions.</summary>
    public IReadOnlyList<Lesion> NonTargets { get; }

    /// <summary>Lymph nodes with a short axis under 10 mm: normal, not followed.</summary>
    public IReadOnlyList<Lesion> NormalLymphNodes { get; }

    /// <summary>The measurability of every lesion given, in input order.</summary>
    public IReadOnlyList<MeasurabilityAssessment> Assessments { get; }

    /// <summary>Baseline sum in mm: longest diameters of non-nodal targets plus short axes of nodal targets. 0 when there are no targets.</summary>
    public double BaselineSumMm { get; }

    /// <summary>Plain-language warnings (for example a lesion whose measurability could not be checked).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when at least one target lesion exists (the target table applies); otherwise only the non-target table applies.</summary>
    public bool HasMeasurableDisease => Targets.Count > 0;

    /// <inheritdoc />
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SourceIds => RecistSources.Recist;
}
