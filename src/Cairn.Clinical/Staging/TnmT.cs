using System.Diagnostics.CodeAnalysis;

namespace Cairn.Clinical.Staging;

/// <summary>
/// A parsed primary tumour category such as "pT2", "T1c", "ypT1a", "T4d", "Tis" or "Tis (DCIS)": the AJCC 8th
/// <see cref="TCategory"/>, the basis prefix (c/p/yc/yp) kept separately, the Tis subtype and the "(m)" multiple-tumour
/// suffix. Parsing is case-insensitive and ignores surrounding white space.
/// </summary>
public readonly record struct TnmT
{
    /// <summary>Creates a T value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    /// <exception cref="ArgumentException">A Tis subtype was given for a category other than Tis.</exception>
    public TnmT(TCategory category, TnmBasis basis = TnmBasis.Unspecified, TisSubtype tisSubtype = TisSubtype.Unspecified, bool multipleTumours = false)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, $"'{category}' is not a defined T category.");
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, $"'{basis}' is not a defined TNM basis.");
        }

        if (!Enum.IsDefined(tisSubtype))
        {
            throw new ArgumentOutOfRangeException(nameof(tisSubtype), tisSubtype, $"'{tisSubtype}' is not a defined Tis subtype.");
        }

        if (tisSubtype != TisSubtype.Unspecified && category != TCategory.Tis)
        {
            throw new ArgumentException($"A Tis subtype ({tisSubtype}) only applies to Tis, not to {TnmText.Format(category)}.", nameof(tisSubtype));
        }

        Category = category;
        Basis = basis;
        TisSubtype = tisSubtype;
        MultipleTumours = multipleTumours;
    }

    /// <summary>The T category without its prefix.</summary>
    public TCategory Category { get; }

    /// <summary>The basis prefix (c, p, yc, yp) or <see cref="TnmBasis.Unspecified"/>.</summary>
    public TnmBasis Basis { get; }

    /// <summary>For Tis only: DCIS, Paget or unspecified.</summary>
    public TisSubtype TisSubtype { get; }

    /// <summary>True when the "(m)" suffix (or a tumour count such as "(3)") marked multiple tumours.</summary>
    public bool MultipleTumours { get; }

    /// <summary>Parses a T category string.</summary>
    /// <exception cref="ArgumentException">
    /// The text is empty, is not a T category, or uses a category the 8th edition does not have (for example
    /// "Tis (LCIS)": LCIS is no longer Tis). The message names the bad value.
    /// </exception>
    public static TnmT Parse(string text) =>
        TryParseCore(text, out var value, out var error) ? value : throw new ArgumentException(error, nameof(text));

    /// <summary>Parses a T category string; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TnmT value) => TryParseCore(text, out value, out _);

    /// <summary>The canonical spelling, for example "ypT1a", "Tis (DCIS)" or "pT2(m)".</summary>
    public override string ToString()
    {
        var text = TnmText.Prefix(Basis) + TnmText.Format(Category);
        text += TisSubtype switch
        {
            TisSubtype.Dcis => " (DCIS)",
            TisSubtype.Paget => " (Paget)",
            _ => "",
        };
        return MultipleTumours ? text + "(m)" : text;
    }

    private static bool TryParseCore(string? text, out TnmT value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (!TnmTextParser.TrySplit(text, 'T', out var parts, out error))
        {
            return false;
        }

        TCategory? category = parts.Code switch
        {
            "x" => TCategory.TX,
            "0" => TCategory.T0,
            "is" => TCategory.Tis,
            "1" => TCategory.T1,
            "1mi" => TCategory.T1mi,
            "1a" => TCategory.T1a,
            "1b" => TCategory.T1b,
            "1c" => TCategory.T1c,
            "2" => TCategory.T2,
            "3" => TCategory.T3,
            "4" => TCategory.T4,
            "4a" => TCategory.T4a,
            "4b" => TCategory.T4b,
            "4c" => TCategory.T4c,
            "4d" => TCategory.T4d,
            _ => null,
        };
        if (category is null)
        {
            error = $"'{text!.Trim()}' has an unknown T category 'T{parts.Code}' (AJCC 8th: TX, T0, Tis, T1, T1mi, T1a–T1c, T2, T3, T4, T4a–T4d).";
            return false;
        }

        var subtype = TisSubtype.Unspecified;
        var multiple = false;
        foreach (var modifier in parts.Modifiers)
        {
            if (modifier == "m" || (modifier.Length > 0 && modifier.All(char.IsAsciiDigit)))
            {
                multiple = true;
                continue;
            }

            if (category != TCategory.Tis)
            {
                error = $"'{text!.Trim()}' has an unknown T suffix '({modifier})'; only Tis takes a subtype and only '(m)' marks multiple tumours.";
                return false;
            }

            if (subtype != TisSubtype.Unspecified)
            {
                error = $"'{text!.Trim()}' gives more than one Tis subtype.";
                return false;
            }

            switch (modifier)
            {
                case "dcis":
                    subtype = TisSubtype.Dcis;
                    break;
                case "paget" or "paget's" or "pagets" or "paget disease" or "paget's disease":
                    subtype = TisSubtype.Paget;
                    break;
                case "lcis":
                    // AJCC 8th (S11; ONCOLOGY_RULES.md §3.1 [U]): LCIS is a benign entity and was removed from Tis.
                    error = $"'{text!.Trim()}': LCIS is not Tis in the AJCC 8th edition, so it cannot be staged as Tis.";
                    return false;
                default:
                    error = $"'{text!.Trim()}' has an unknown Tis subtype '({modifier})' (expected DCIS or Paget).";
                    return false;
            }
        }

        value = new TnmT(category.Value, parts.Basis, subtype, multiple);
        return true;
    }
}
