namespace Cairn.Clinical.Staging;

/// <summary>What kind of stage a report states. Reports often give a prognostic stage, which legitimately differs from the anatomic stage.</summary>
public enum StatedStageKind
{
    /// <summary>The report does not say (for example "Stage IIA" or "pathologic stage IIA").</summary>
    Unspecified = 0,

    /// <summary>The report says it is the anatomic stage.</summary>
    Anatomic = 1,

    /// <summary>The report says "prognostic stage" without saying clinical or pathological.</summary>
    Prognostic = 2,

    /// <summary>AJCC 8th clinical prognostic stage.</summary>
    ClinicalPrognostic = 3,

    /// <summary>AJCC 8th pathological prognostic stage.</summary>
    PathologicalPrognostic = 4,
}
