namespace Cairn.Clinical.Markers;

/// <summary>The disease setting a marker is read in; it decides which ASCO/ESO note is attached (§6).</summary>
public enum MarkerSetting
{
    /// <summary>Not known: no setting note is added.</summary>
    Unknown = 0,

    /// <summary>Early-stage breast cancer after curative treatment (survivorship follow-up).</summary>
    EarlyStageAfterTreatment = 1,

    /// <summary>Metastatic breast cancer.</summary>
    Metastatic = 2,
}
