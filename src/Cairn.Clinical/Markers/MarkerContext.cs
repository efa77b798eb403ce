namespace Cairn.Clinical.Markers;

/// <summary>What is known about the person when a marker is read.</summary>
/// <param name="Setting">Early-stage after treatment, metastatic, or unknown.</param>
/// <param name="Symptoms">Whether the person has symptoms now.</param>
/// <param name="Smoking">Smoking status, used only for the typical CEA limit when the lab gives none.</param>
/// <param name="NewTherapyStartDate">Start of a new therapy, if any: results in its first 6 weeks get a flare note.</param>
public sealed record MarkerContext(
    MarkerSetting Setting = MarkerSetting.Unknown,
    SymptomStatus Symptoms = SymptomStatus.Unknown,
    SmokingStatus Smoking = SmokingStatus.Unknown,
    DateOnly? NewTherapyStartDate = null)
{
    /// <summary>Nothing known: no setting notes, no smoking status, no therapy start.</summary>
    public static MarkerContext Unknown { get; } = new();
}
