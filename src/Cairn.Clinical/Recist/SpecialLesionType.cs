namespace Cairn.Clinical.Recist;

/// <summary>Lesion kinds with special RECIST 1.1 measurability rules (ONCOLOGY_RULES.md §4, S16/S17).</summary>
public enum SpecialLesionType
{
    /// <summary>An ordinary solid lesion or lymph node.</summary>
    None = 0,

    /// <summary>Blastic bone lesion: always non-measurable.</summary>
    BlasticBone = 1,

    /// <summary>Lytic bone lesion without a measurable soft-tissue part: always non-measurable.</summary>
    LyticBoneWithoutSoftTissueComponent = 2,

    /// <summary>
    /// Lytic or mixed lytic-blastic bone lesion with a soft-tissue part seen on CT: measurable if the soft-tissue part
    /// meets the usual size rule. Give the soft-tissue part's longest diameter.
    /// </summary>
    LyticOrMixedBoneWithSoftTissueComponent = 3,

    /// <summary>Pleural or pericardial effusion, or ascites: always non-measurable.</summary>
    EffusionOrAscites = 4,

    /// <summary>Leptomeningeal disease: always non-measurable.</summary>
    Leptomeningeal = 5,

    /// <summary>Inflammatory breast disease: always non-measurable.</summary>
    InflammatoryBreast = 6,

    /// <summary>Lymphangitic spread in skin or lung: always non-measurable.</summary>
    Lymphangitic = 7,
}
