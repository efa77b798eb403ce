namespace Cairn.Clinical.Staging;

/// <summary>The T category computed from <see cref="PrimaryTumourFindings"/>, with its reason and sources.</summary>
/// <param name="Category">The AJCC 8th T category; never <see cref="TCategory.T1"/> or <see cref="TCategory.T4"/> without a subcategory.</param>
/// <param name="TisSubtype">For Tis: DCIS or Paget; otherwise <see cref="Staging.TisSubtype.Unspecified"/>.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record TClassification(
    TCategory Category,
    TisSubtype TisSubtype,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>The invasive size (mm, as given) when the category was decided by size; null for Tis, T0 and T4.</summary>
    public double? DecidingSizeMm { get; init; }
}
