namespace Cairn.Clinical.Staging;

/// <summary>Size class of the largest tumour deposit in one lymph node (AJCC 8th, ONCOLOGY_RULES.md §3.2, S14).</summary>
public enum NodalDepositSize
{
    /// <summary>Isolated tumour cells: clusters ≤0.2 mm and ≤200 cells. The node does not count as positive.</summary>
    IsolatedTumourCells = 1,

    /// <summary>Micrometastasis: &gt;0.2 mm (or &gt;200 cells) and ≤2.0 mm.</summary>
    Micrometastasis = 2,

    /// <summary>Macrometastasis: &gt;2.0 mm.</summary>
    Macrometastasis = 3,
}
