namespace Cairn.Clinical.Her2;

/// <summary>
/// A HER2 result as the pathologist stated it in the report (for example "HER2 negative (HER2-low)").
/// This always wins over a computed result (ONCOLOGY_RULES.md general rule 1).
/// </summary>
/// <param name="Result">The stated category.</param>
/// <param name="Subgroup">
/// The stated HER2-low / ultralow / 0 label, when the report gives one. Only allowed with a Negative result.
/// </param>
public sealed record Her2StatedStatus(Her2AscoCapResult Result, Her2ExpressionSubgroup? Subgroup = null);
