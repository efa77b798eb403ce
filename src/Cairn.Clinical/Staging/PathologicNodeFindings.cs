namespace Cairn.Clinical.Staging;

/// <summary>
/// Node findings from a pathology report, as counts per deposit size class (the form synoptic reports use), for
/// <see cref="RegionalNodeClassifier.ClassifyPathologic"/>. Build it from per-node deposit sizes with
/// <see cref="FromAxillaryDeposits"/> when the report lists each node.
/// </summary>
public sealed record PathologicNodeFindings
{
    /// <summary>Level I/II axillary nodes whose largest deposit is &gt;2.0 mm.</summary>
    public int AxillaryNodesWithMacrometastases { get; init; }

    /// <summary>Level I/II axillary nodes whose largest deposit is &gt;0.2 mm (or &gt;200 cells) and ≤2.0 mm.</summary>
    public int AxillaryNodesWithMicrometastases { get; init; }

    /// <summary>Level I/II axillary nodes with isolated tumour cells only (≤0.2 mm). They never count as positive nodes.</summary>
    public int AxillaryNodesWithIsolatedTumourCellsOnly { get; init; }

    /// <summary>Metastasis in ipsilateral infraclavicular (level III axillary) nodes.</summary>
    public bool InfraclavicularNodesPositive { get; init; }

    /// <summary>Metastasis in ipsilateral supraclavicular nodes.</summary>
    public bool SupraclavicularNodesPositive { get; init; }

    /// <summary>Internal mammary node status.</summary>
    public InternalMammaryNodeStatus InternalMammaryNodes { get; init; }

    /// <summary>Level I/II axillary nodes that count as positive: micro- plus macrometastatic nodes (ITC-only nodes excluded).</summary>
    public int PositiveAxillaryNodes => AxillaryNodesWithMacrometastases + AxillaryNodesWithMicrometastases;

    /// <summary>
    /// Counts level I/II axillary nodes by the size class of each node's largest deposit
    /// (<see cref="RegionalNodeClassifier.ClassifyDeposit"/>). Other sites are left unset; add them with a <c>with</c> expression.
    /// </summary>
    /// <param name="largestDepositPerNode">One entry per involved node: that node's largest deposit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="largestDepositPerNode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A deposit size is NaN, infinite, negative or 0, or a cell count is below 1.</exception>
    public static PathologicNodeFindings FromAxillaryDeposits(IEnumerable<NodeDeposit> largestDepositPerNode)
    {
        ArgumentNullException.ThrowIfNull(largestDepositPerNode);

        int macro = 0, micro = 0, itc = 0;
        foreach (var deposit in largestDepositPerNode)
        {
            switch (RegionalNodeClassifier.ClassifyDeposit(deposit))
            {
                case NodalDepositSize.Macrometastasis:
                    macro++;
                    break;
                case NodalDepositSize.Micrometastasis:
                    micro++;
                    break;
                default:
                    itc++;
                    break;
            }
        }

        return new PathologicNodeFindings
        {
            AxillaryNodesWithMacrometastases = macro,
            AxillaryNodesWithMicrometastases = micro,
            AxillaryNodesWithIsolatedTumourCellsOnly = itc,
        };
    }
}
