namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Features of spinal pain that NICE CG75 (S51) lists as suggesting spinal metastases in a person with cancer.
/// Any feature set implies spinal pain is present.
/// </summary>
[Flags]
public enum SpinalPainFeatures
{
    /// <summary>No feature stated (plain back or neck pain, or no spinal pain at all).</summary>
    None = 0,

    /// <summary>Pain in the upper (cervical, neck) or middle (thoracic) spine.</summary>
    ThoracicOrCervical = 1,

    /// <summary>Lower (lumbar) spinal pain that is getting worse or is severe.</summary>
    ProgressiveOrSevereLumbar = 2,

    /// <summary>Pain made worse by straining (coughing, sneezing, lifting, opening the bowels).</summary>
    WorseOnStraining = 4,

    /// <summary>The spine is tender to touch at one spot.</summary>
    LocalTenderness = 8,

    /// <summary>Pain at night that wakes the person or stops them sleeping.</summary>
    WakesAtNight = 16,
}
