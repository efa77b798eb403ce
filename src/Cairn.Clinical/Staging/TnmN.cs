using System.Diagnostics.CodeAnalysis;

namespace Cairn.Clinical.Staging;

/// <summary>
/// A parsed regional node category such as "cN1", "pN1mi", "N0(i+)", "pN1a" or "pN2a(sn)": the AJCC 8th
/// <see cref="NCategory"/> with the basis prefix (c/p/yc/yp) kept separately, plus the "(sn)" and "(f)" suffixes.
/// Parsing is case-insensitive and ignores surrounding white space.
/// </summary>
/// <remarks>
/// "(i-)" and "(mol-)" are accepted and read as plain N0. Rejected with a message: clinical N1 subcategories ("cN1a"
/// does not exist in the 8th edition), "(i+)"/"(mol+)" on a clinical basis or on anything but N0, and unknown suffixes.
/// </remarks>
public readonly record struct TnmN
{
    /// <summary>Creates an N value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public TnmN(NCategory category, TnmBasis basis = TnmBasis.Unspecified, bool sentinelNodeProcedure = false, bool fineNeedleOrCoreBiopsy = false)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, $"'{category}' is not a defined N category.");
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, $"'{basis}' is not a defined TNM basis.");
        }

        Category = category;
        Basis = basis;
        SentinelNodeProcedure = sentinelNodeProcedure;
        FineNeedleOrCoreBiopsy = fineNeedleOrCoreBiopsy;
    }

    /// <summary>The N category without its prefix.</summary>
    public NCategory Category { get; }

    /// <summary>The basis prefix (c, p, yc, yp) or <see cref="TnmBasis.Unspecified"/>.</summary>
    public TnmBasis Basis { get; }

    /// <summary>True when the "(sn)" suffix said the category rests on sentinel node biopsy only.</summary>
    public bool SentinelNodeProcedure { get; }

    /// <summary>True when the "(f)" suffix said the category rests on fine-needle aspiration or core biopsy.</summary>
    public bool FineNeedleOrCoreBiopsy { get; }

    /// <summary>Parses an N category string.</summary>
    /// <exception cref="ArgumentException">The text is empty, is not an N category, or is not a valid AJCC 8th N category; the message names the bad value.</exception>
    public static TnmN Parse(string text) =>
        TryParseCore(text, out var value, out var error) ? value : throw new ArgumentException(error, nameof(text));

    /// <summary>Parses an N category string; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TnmN value) => TryParseCore(text, out value, out _);

    /// <summary>The canonical spelling, for example "pN0(i+)" or "pN1a(sn)".</summary>
    public override string ToString() =>
        TnmText.Prefix(Basis) + TnmText.Format(Category)
        + (SentinelNodeProcedure ? "(sn)" : "")
        + (FineNeedleOrCoreBiopsy ? "(f)" : "");

    private static bool TryParseCore(string? text, out TnmN value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (!TnmTextParser.TrySplit(text, 'N', out var parts, out error))
        {
            return false;
        }

        var shown = text!.Trim();
        NCategory? category = parts.Code switch
        {
            "x" => NCategory.NX,
            "0" => NCategory.N0,
            "1mi" => NCategory.N1mi,
            "1" => NCategory.N1,
            "1a" => NCategory.N1a,
            "1b" => NCategory.N1b,
            "1c" => NCategory.N1c,
            "2" => NCategory.N2,
            "2a" => NCategory.N2a,
            "2b" => NCategory.N2b,
            "3" => NCategory.N3,
            "3a" => NCategory.N3a,
            "3b" => NCategory.N3b,
            "3c" => NCategory.N3c,
            _ => null,
        };
        if (category is null)
        {
            error = $"'{shown}' has an unknown N category 'N{parts.Code}' (AJCC 8th: NX, N0, N1mi, N1, N1a–N1c, N2, N2a–N2b, N3, N3a–N3c).";
            return false;
        }

        var isClinical = parts.Basis is TnmBasis.Clinical or TnmBasis.PostNeoadjuvantClinical;

        // AJCC 8th clinical N (S13): cN1 has no subcategories; N1a/N1b/N1c are pathologic only.
        if (isClinical && category is NCategory.N1a or NCategory.N1b or NCategory.N1c)
        {
            error = $"'{shown}' is not an AJCC 8th category: clinical N1 has no subcategories (N1a–N1c are pathologic only).";
            return false;
        }

        var sentinel = false;
        var fineNeedle = false;
        string? molecularOrItc = null;
        foreach (var modifier in parts.Modifiers)
        {
            switch (modifier)
            {
                case "sn":
                    sentinel = true;
                    break;
                case "f":
                    fineNeedle = true;
                    break;
                case "i+" or "i-" or "mol+" or "mol-":
                    if (category != NCategory.N0)
                    {
                        error = $"'{shown}': the suffix '({modifier})' only applies to N0.";
                        return false;
                    }

                    if (isClinical)
                    {
                        error = $"'{shown}': the suffix '({modifier})' is pathologic only; it cannot follow a clinical (c/yc) prefix.";
                        return false;
                    }

                    if (molecularOrItc is not null)
                    {
                        error = $"'{shown}' gives both '({molecularOrItc})' and '({modifier})'; only one is allowed.";
                        return false;
                    }

                    molecularOrItc = modifier;
                    break;
                default:
                    error = $"'{shown}' has an unknown N suffix '({modifier})' (expected i+, i-, mol+, mol-, sn or f).";
                    return false;
            }
        }

        // S14 (NCI PDQ Table 4): pN0(i+) = ITCs only; pN0(mol+) = RT-PCR positive, no ITCs. Both stage as N0.
        category = molecularOrItc switch
        {
            "i+" => NCategory.N0ItcPositive,
            "mol+" => NCategory.N0MolecularPositive,
            _ => category,
        };

        value = new TnmN(category.Value, parts.Basis, sentinel, fineNeedle);
        return true;
    }
}
