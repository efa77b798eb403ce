namespace Cairn.Clinical.Staging;

/// <summary>Clinical node findings (examination and imaging) for <see cref="RegionalNodeClassifier.ClassifyClinical"/>.</summary>
public sealed record ClinicalNodeFindings
{
    /// <summary>Ipsilateral level I/II axillary nodes.</summary>
    public AxillaryNodeClinicalStatus AxillaryLevelIOrII { get; init; }

    /// <summary>Suspicious ipsilateral internal mammary nodes on imaging or examination.</summary>
    public bool InternalMammaryNodesPositive { get; init; }

    /// <summary>Suspicious ipsilateral infraclavicular (level III axillary) nodes.</summary>
    public bool InfraclavicularNodesPositive { get; init; }

    /// <summary>Suspicious ipsilateral supraclavicular nodes.</summary>
    public bool SupraclavicularNodesPositive { get; init; }
}
