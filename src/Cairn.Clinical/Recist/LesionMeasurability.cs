namespace Cairn.Clinical.Recist;

/// <summary>RECIST 1.1 baseline measurability of one lesion (ONCOLOGY_RULES.md §4, S16).</summary>
public enum LesionMeasurability
{
    /// <summary>Measurable: may be chosen as a target lesion.</summary>
    Measurable = 1,

    /// <summary>Disease that cannot be a target (too small, a pathological node of 10 to &lt;15 mm, or an always non-measurable kind); followed as non-target.</summary>
    NonMeasurable = 2,

    /// <summary>A lymph node with a short axis under 10 mm: normal, not disease, not followed.</summary>
    NormalLymphNode = 3,

    /// <summary>A needed detail is missing (CT slice thickness for a non-nodal lesion ≥10 mm, or a node's short axis); followed as non-target until known.</summary>
    Indeterminate = 4,
}
