namespace Cairn.Clinical.Staging;

/// <summary>The N category computed from node findings, with its reason and sources.</summary>
/// <param name="Category">
/// The AJCC 8th N category. <see cref="NCategory.N1"/> without a subcategory is returned only in the one pathologic case
/// the spec leaves open (see <see cref="SubcategoryUndetermined"/>).
/// </param>
/// <param name="Basis"><see cref="TnmBasis.Pathologic"/>, <see cref="TnmBasis.PostNeoadjuvantPathologic"/> or <see cref="TnmBasis.Clinical"/>.</param>
/// <param name="PositiveNodeCount">Pathologic only: level I/II axillary nodes counted as positive (ITC-only nodes excluded); null for clinical N.</param>
/// <param name="SubcategoryUndetermined">True when the N group is certain but the spec defines no subcategory for the combination.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record NClassification(
    NCategory Category,
    TnmBasis Basis,
    int? PositiveNodeCount,
    bool SubcategoryUndetermined,
    string Reason,
    IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>The category as a typed TNM value with its basis, for example pN1a.</summary>
    public TnmN ToTnm() => new(Category, Basis);
}
