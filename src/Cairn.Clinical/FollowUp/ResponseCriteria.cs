namespace Cairn.Clinical.FollowUp;

/// <summary>The definition a partial response is measured by; always show which one is used (§7.3).</summary>
public enum ResponseCriteria
{
    /// <summary>RECIST 1.1: sum of diameters at least 30% below baseline (S16).</summary>
    Recist11 = 0,

    /// <summary>Older WHO/general definitions: more than 50% shrinkage (S33).</summary>
    OlderWho = 1,
}
