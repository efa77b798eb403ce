namespace Cairn.Clinical.Markers;

/// <summary>The kinds of note a marker reading can carry.</summary>
public enum MarkerNoteKind
{
    /// <summary>The lab gave no range, so a typical §6 limit was used.</summary>
    DefaultRangeUsed = 0,

    /// <summary>CEA between the non-smoker and smoker limits with smoking status unknown.</summary>
    SmokingStatusNeeded = 1,

    /// <summary>Early-stage survivor without symptoms: ASCO does not recommend routine marker tests (S27).</summary>
    RoutineTestingNotRecommended = 2,

    /// <summary>Metastatic: markers are an adjunct to imaging, history and examination, never used alone (S23, S24, S28, S29).</summary>
    AdjunctOnlyInMetastaticDisease = 3,

    /// <summary>Result in the first 6 weeks of a new therapy: an early, temporary rise ("flare") is possible (§6, [U]).</summary>
    PossibleEarlyFlare = 4,
}
