namespace Cairn.Clinical.Staging;

/// <summary>Findings about spread beyond the breast and regional nodes, for <see cref="DistantMetastasisClassifier"/>.</summary>
public sealed record DistantMetastasisFindings
{
    /// <summary>Distant metastasis found on examination or imaging (cM1).</summary>
    public bool DistantMetastasisFoundClinicallyOrOnImaging { get; init; }

    /// <summary>
    /// Largest tumour deposit proven on a biopsy of a distant site (bone marrow, a non-regional node, an organ), in mm.
    /// &gt;0.2 mm is M1; ≤0.2 mm is read like tumour cells (cM0(i+) when there are no symptoms or signs of spread).
    /// </summary>
    public double? LargestHistologicDistantDepositMm { get; init; }

    /// <summary>
    /// Tumour cells found in blood (for example circulating tumour cells, CTCs), bone marrow or non-regional nodes, with
    /// no deposit &gt;0.2 mm.
    /// </summary>
    public bool TumourCellsInBloodMarrowOrDistantNodes { get; init; }

    /// <summary>The person has symptoms or signs that could mean distant spread (cM0(i+) requires that they do not).</summary>
    public bool SymptomsOrSignsOfMetastasis { get; init; }
}
