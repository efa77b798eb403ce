namespace Cairn.Clinical.Drugs;

/// <summary>The kind of setting a US approval covers (ONCOLOGY_RULES.md §8).</summary>
public enum IndicationKind
{
    /// <summary>Metastatic (or advanced, unresectable) breast cancer.</summary>
    MetastaticBreastCancer,

    /// <summary>Early breast cancer: neoadjuvant, adjuvant or extended adjuvant treatment.</summary>
    EarlyBreastCancer,

    /// <summary>Early and metastatic breast cancer in one approval.</summary>
    EarlyAndMetastaticBreastCancer,

    /// <summary>Approved as a biosimilar: covers the reference product's approved uses.</summary>
    BiosimilarOfReferenceProduct,

    /// <summary>Any solid tumour with the stated HER2 result (tumour-agnostic).</summary>
    TumourAgnostic,

    /// <summary>A cancer other than breast cancer.</summary>
    OtherCancer,
}
