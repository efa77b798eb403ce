namespace Cairn.Clinical.Her2;

/// <summary>What the testing algorithm still needs before a final HER2 category exists (ASCO/CAP 2018 Figs 1–6; S1).</summary>
public enum Her2NextStep
{
    /// <summary>Nothing: the result is final.</summary>
    None,

    /// <summary>IHC 2+ without ISH: reflex ISH on the same specimen, or a new test (Fig 1).</summary>
    ReflexIsh,

    /// <summary>ISH groups 2–4 without IHC: IHC on the same tissue is needed (Figs 4–6).</summary>
    ConcurrentIhc,

    /// <summary>ISH groups 2–4 with IHC 2+: a blinded observer recounts at least 20 cells (Figs 4–6).</summary>
    BlindedRecount,

    /// <summary>
    /// The lab must adjudicate: the blinded recount changed the group. (IHC and ISH that disagree outright give a
    /// Positive result with <see cref="Her2Assessment.IhcAndIshDisagree"/>, not this step.)
    /// </summary>
    LabAdjudication,
}
