namespace Cairn.Clinical.Drugs;

/// <summary>How a drug is given, per its US label.</summary>
public enum AdministrationRoute
{
    /// <summary>Into a vein (infusion).</summary>
    Intravenous,

    /// <summary>Injected under the skin.</summary>
    Subcutaneous,

    /// <summary>By mouth.</summary>
    Oral,
}
