using System.Diagnostics.CodeAnalysis;

namespace Cairn.Clinical.Staging;

/// <summary>
/// A parsed distant metastasis category: "M0", "cM0", "cM0(i+)", "M1", "cM1" or "pM1", with the basis prefix kept
/// separately. Parsing is case-insensitive and ignores surrounding white space.
/// </summary>
/// <remarks>
/// Rejected with a message: "MX" (not a category since the AJCC 7th edition), "pM0" (M0 cannot be proven
/// pathologically; write cM0), "(i+)" on M1, and yc/yp prefixes (post-treatment staging keeps the M category found
/// before treatment; see ONCOLOGY_RULES.md §3.3).
/// </remarks>
public readonly record struct TnmM
{
    /// <summary>Creates an M value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public TnmM(MCategory category, TnmBasis basis = TnmBasis.Unspecified)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, $"'{category}' is not a defined M category.");
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, $"'{basis}' is not a defined TNM basis.");
        }

        Category = category;
        Basis = basis;
    }

    /// <summary>The M category without its prefix.</summary>
    public MCategory Category { get; }

    /// <summary>The basis prefix (c or p) or <see cref="TnmBasis.Unspecified"/>.</summary>
    public TnmBasis Basis { get; }

    /// <summary>Parses an M category string.</summary>
    /// <exception cref="ArgumentException">The text is empty, is not an M category, or is not a valid AJCC category; the message names the bad value.</exception>
    public static TnmM Parse(string text) =>
        TryParseCore(text, out var value, out var error) ? value : throw new ArgumentException(error, nameof(text));

    /// <summary>Parses an M category string; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TnmM value) => TryParseCore(text, out value, out _);

    /// <summary>The canonical spelling, for example "cM0(i+)" or "pM1".</summary>
    public override string ToString() => TnmText.Prefix(Basis) + TnmText.Format(Category);

    private static bool TryParseCore(string? text, out TnmM value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (!TnmTextParser.TrySplit(text, 'M', out var parts, out error))
        {
            return false;
        }

        var shown = text!.Trim();
        if (parts.Code == "x")
        {
            error = $"'{shown}': MX is not an AJCC category; use cM0 when there is no clinical or imaging sign of distant spread.";
            return false;
        }

        MCategory? category = parts.Code switch
        {
            "0" => MCategory.M0,
            "1" => MCategory.M1,
            _ => null,
        };
        if (category is null)
        {
            error = $"'{shown}' has an unknown M category 'M{parts.Code}' (expected M0, M0(i+) or M1).";
            return false;
        }

        if (parts.Basis is TnmBasis.PostNeoadjuvantClinical or TnmBasis.PostNeoadjuvantPathologic)
        {
            error = $"'{shown}': a yc/yp prefix is not used for M; post-treatment staging keeps the M category from before treatment.";
            return false;
        }

        foreach (var modifier in parts.Modifiers)
        {
            if (modifier != "i+")
            {
                error = $"'{shown}' has an unknown M suffix '({modifier})' (only '(i+)' exists, as in cM0(i+)).";
                return false;
            }

            if (category != MCategory.M0)
            {
                error = $"'{shown}': '(i+)' only applies to M0, as in cM0(i+).";
                return false;
            }

            // S15: cM0(i+) = tumour cells/deposits ≤0.2 mm in blood, marrow or non-regional nodes, no signs of metastasis.
            category = MCategory.M0ItcPositive;
        }

        if (parts.Basis == TnmBasis.Pathologic && category != MCategory.M1)
        {
            error = $"'{shown}': pM0 is not an AJCC category (M0 cannot be proven on a specimen); write cM0 or cM0(i+).";
            return false;
        }

        value = new TnmM(category.Value, parts.Basis);
        return true;
    }
}
