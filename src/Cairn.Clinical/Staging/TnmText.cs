namespace Cairn.Clinical.Staging;

/// <summary>Canonical AJCC spellings of the TNM enums and stage groups, for messages and for round-tripping parsed values.</summary>
public static class TnmText
{
    /// <summary>The written prefix for a basis: "", "c", "p", "yc" or "yp".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TnmBasis"/>.</exception>
    public static string Prefix(TnmBasis basis) => basis switch
    {
        TnmBasis.Unspecified => "",
        TnmBasis.Clinical => "c",
        TnmBasis.Pathologic => "p",
        TnmBasis.PostNeoadjuvantClinical => "yc",
        TnmBasis.PostNeoadjuvantPathologic => "yp",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, $"'{basis}' is not a defined TNM basis."),
    };

    /// <summary>The AJCC spelling without a basis prefix, for example "T1mi" or "Tis".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TCategory"/>.</exception>
    public static string Format(TCategory category) => Enum.IsDefined(category)
        ? category.ToString()
        : throw new ArgumentOutOfRangeException(nameof(category), category, $"'{category}' is not a defined T category.");

    /// <summary>The AJCC spelling without a basis prefix, for example "N1mi" or "N0(i+)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="NCategory"/>.</exception>
    public static string Format(NCategory category) => category switch
    {
        NCategory.N0ItcPositive => "N0(i+)",
        NCategory.N0MolecularPositive => "N0(mol+)",
        _ when Enum.IsDefined(category) => category.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, $"'{category}' is not a defined N category."),
    };

    /// <summary>The AJCC spelling without a basis prefix: "M0", "M0(i+)" or "M1".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MCategory"/>.</exception>
    public static string Format(MCategory category) => category switch
    {
        MCategory.M0 => "M0",
        MCategory.M0ItcPositive => "M0(i+)",
        MCategory.M1 => "M1",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, $"'{category}' is not a defined M category."),
    };

    /// <summary>"Stage 0", "Stage IA" ... "Stage IV", or "Unmappable".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="StageGroup"/>.</exception>
    public static string Format(StageGroup group) => group switch
    {
        StageGroup.Unmappable => "Unmappable",
        StageGroup.Stage0 => "Stage 0",
        StageGroup.StageIA => "Stage IA",
        StageGroup.StageIB => "Stage IB",
        StageGroup.StageIIA => "Stage IIA",
        StageGroup.StageIIB => "Stage IIB",
        StageGroup.StageIIIA => "Stage IIIA",
        StageGroup.StageIIIB => "Stage IIIB",
        StageGroup.StageIIIC => "Stage IIIC",
        StageGroup.StageIV => "Stage IV",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, $"'{group}' is not a defined stage group."),
    };
}
