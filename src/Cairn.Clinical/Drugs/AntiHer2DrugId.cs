namespace Cairn.Clinical.Drugs;

/// <summary>Stable identifier of each entry in <see cref="AntiHer2DrugCatalogue"/> (ONCOLOGY_RULES.md §8).</summary>
public enum AntiHer2DrugId
{
    /// <summary>trastuzumab (Herceptin), the reference product.</summary>
    Trastuzumab,

    /// <summary>trastuzumab and hyaluronidase-oysk (Herceptin Hylecta), given under the skin.</summary>
    TrastuzumabHyaluronidase,

    /// <summary>trastuzumab-dkst (Ogivri), biosimilar.</summary>
    TrastuzumabDkst,

    /// <summary>trastuzumab-pkrb (Herzuma), biosimilar.</summary>
    TrastuzumabPkrb,

    /// <summary>trastuzumab-dttb (Ontruzant), biosimilar.</summary>
    TrastuzumabDttb,

    /// <summary>trastuzumab-qyyp (Trazimera), biosimilar.</summary>
    TrastuzumabQyyp,

    /// <summary>trastuzumab-anns (Kanjinti), biosimilar.</summary>
    TrastuzumabAnns,

    /// <summary>trastuzumab-strf (Hercessi), biosimilar.</summary>
    TrastuzumabStrf,

    /// <summary>pertuzumab (Perjeta).</summary>
    Pertuzumab,

    /// <summary>pertuzumab, trastuzumab, and hyaluronidase-zzxf (Phesgo), given under the skin.</summary>
    PertuzumabTrastuzumabHyaluronidase,

    /// <summary>ado-trastuzumab emtansine, T-DM1 (Kadcyla).</summary>
    TrastuzumabEmtansine,

    /// <summary>fam-trastuzumab deruxtecan-nxki, T-DXd (Enhertu).</summary>
    TrastuzumabDeruxtecan,

    /// <summary>tucatinib (Tukysa).</summary>
    Tucatinib,

    /// <summary>neratinib (Nerlynx).</summary>
    Neratinib,

    /// <summary>lapatinib (Tykerb).</summary>
    Lapatinib,

    /// <summary>margetuximab-cmkb (Margenza).</summary>
    Margetuximab,

    /// <summary>zanidatamab-hrii (Ziihera); no breast indication.</summary>
    Zanidatamab,
}
