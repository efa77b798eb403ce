namespace Cairn.Clinical.Markers;

/// <summary>Where an upper limit came from.</summary>
public enum ReferenceLimitSource
{
    /// <summary>The lab's own reference range, which always wins (S25, S26).</summary>
    Lab = 0,

    /// <summary>A typical limit from ONCOLOGY_RULES.md §6, used only when the lab gave none.</summary>
    TypicalDefault = 1,
}
