namespace Cairn.Clinical.Staging;

/// <summary>
/// The computed AJCC 8th edition ANATOMIC stage group. This is never the prognostic stage: see
/// <see cref="PrognosticStageNote"/>.
/// </summary>
/// <param name="Stage">The anatomic stage group, or <see cref="StageGroup.Unmappable"/> when the combination is not in the table.</param>
/// <param name="T">The T category used.</param>
/// <param name="N">The N category used.</param>
/// <param name="M">The M category used.</param>
/// <param name="StageIvBecauseOfMetastasisBeforeNeoadjuvantTherapy">True when the stage is IV only because M1 was present before neoadjuvant therapy.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record AnatomicStageResult(
    StageGroup Stage,
    TCategory T,
    NCategory N,
    MCategory M,
    bool StageIvBecauseOfMetastasisBeforeNeoadjuvantTherapy,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>True when <see cref="Stage"/> is a real stage group (not <see cref="StageGroup.Unmappable"/>).</summary>
    public bool IsMapped => Stage != StageGroup.Unmappable;

    /// <summary>Why the prognostic stage is not computed here; show it next to any anatomic stage.</summary>
    public string PrognosticStageNote { get; init; } = AnatomicStaging.PrognosticStageNote;
}
