namespace Cairn.Clinical.Markers;

/// <summary>Canonical marker units (ONCOLOGY_RULES.md general rule 3).</summary>
public enum MarkerUnit
{
    /// <summary>U/mL (kU/L is the same number). Used by CA 15-3 and CA 27.29.</summary>
    UnitsPerMillilitre = 0,

    /// <summary>ng/mL (µg/L is the same number). Used by CEA.</summary>
    NanogramsPerMillilitre = 1,
}
