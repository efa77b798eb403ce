namespace Cairn.Clinical.Staging;

/// <summary>The largest tumour deposit found in one lymph node.</summary>
/// <param name="LargestDepositMm">Greatest dimension of the node's largest deposit, in mm; finite and above 0.</param>
/// <param name="TumourCellCount">Cells in the largest cluster in one cross-section, when the report gives it; at least 1.</param>
public readonly record struct NodeDeposit(double LargestDepositMm, int? TumourCellCount = null);
