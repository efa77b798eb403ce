namespace Cairn.Clinical.Staging;

/// <summary>
/// AJCC 8th edition regional lymph node (N) category, clinical or pathologic (ONCOLOGY_RULES.md §3.2, S13, S14).
/// The basis (c/p/yc/yp) is kept separately in <see cref="TnmBasis"/>; the same value is used for both because the
/// stage table does not distinguish them (for example cN2a and pN2a both group as N2).
/// The enum has no zero member, so an uninitialised value is rejected rather than read as a category.
/// </summary>
public enum NCategory
{
    /// <summary>NX: regional nodes cannot be assessed.</summary>
    NX = 1,

    /// <summary>N0: no regional node metastasis.</summary>
    N0 = 2,

    /// <summary>N0(i+): isolated tumour cells only (clusters ≤0.2 mm). Staged as N0; ITC-only nodes are not positive nodes.</summary>
    N0ItcPositive = 3,

    /// <summary>N0(mol+): positive molecular (RT-PCR) findings only, no ITCs seen. Staged as N0.</summary>
    N0MolecularPositive = 4,

    /// <summary>N1mi: micrometastases (&gt;0.2 mm and/or &gt;200 cells, none &gt;2.0 mm).</summary>
    N1mi = 5,

    /// <summary>N1 with no subcategory (clinical cN1: mobile level I/II axillary nodes; or a written "pN1").</summary>
    N1 = 6,

    /// <summary>pN1a: 1–3 axillary nodes, at least one deposit &gt;2.0 mm.</summary>
    N1a = 7,

    /// <summary>pN1b: internal mammary sentinel node(s) positive (ITCs excluded).</summary>
    N1b = 8,

    /// <summary>pN1c: pN1a and pN1b together.</summary>
    N1c = 9,

    /// <summary>N2 with no subcategory written.</summary>
    N2 = 10,

    /// <summary>cN2a: fixed or matted level I/II axillary nodes; pN2a: 4–9 axillary nodes, at least one deposit &gt;2.0 mm.</summary>
    N2a = 11,

    /// <summary>cN2b: internal mammary nodes only; pN2b: clinically detected internal mammary nodes with a negative axilla.</summary>
    N2b = 12,

    /// <summary>N3 with no subcategory written.</summary>
    N3 = 13,

    /// <summary>cN3a: infraclavicular nodes; pN3a: ≥10 axillary nodes (at least one deposit &gt;2.0 mm) or infraclavicular nodes.</summary>
    N3a = 14,

    /// <summary>cN3b: internal mammary plus axillary nodes; pN3b: imaging-positive internal mammary nodes with a positive axilla, or &gt;3 axillary nodes with internal mammary sentinel disease.</summary>
    N3b = 15,

    /// <summary>N3c: ipsilateral supraclavicular nodes.</summary>
    N3c = 16,
}
