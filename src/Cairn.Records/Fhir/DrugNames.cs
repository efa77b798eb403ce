using System.Text.RegularExpressions;
using Cairn.Clinical.Drugs;
using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>
/// The generic name, in lower case, of the drug a medication concept names: an anti-HER2 drug by the catalogue's
/// generic name (brands, abbreviations and biosimilars through <see cref="AntiHer2DrugCatalogue.TryFind"/>), any other
/// drug by its RxNorm ingredient words with strength, dose form and salt removed
/// ("10 ML doxorubicin hydrochloride 2 MG/ML Injection" → "doxorubicin").
/// </summary>
internal static partial class DrugNames
{
    private static readonly HashSet<string> s_saltWords = new(StringComparer.Ordinal)
    {
        "hydrochloride", "hcl", "sulfate", "sulphate", "citrate", "mesylate", "ditosylate", "tosylate", "maleate",
        "tartrate", "acetate", "phosphate", "besylate", "fumarate", "succinate", "bromide", "dimaleate", "disodium",
    };

    private static readonly HashSet<string> s_doseFormWords = new(StringComparer.Ordinal)
    {
        "injection", "injectable", "solution", "suspension", "oral", "tablet", "tablets", "capsule", "capsules",
        "powder", "for", "concentrate", "infusion", "intravenous", "subcutaneous", "prefilled", "syringe", "vial",
        "lyophilized", "film", "coated", "extended", "delayed", "release", "pack", "kit", "product", "pill",
    };

    [GeneratedRegex(@"\[(?<brand>[^\]]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex BrandInBrackets();

    [GeneratedRegex(@"^\s*[\d.,]+\s*(?:ml|mg|g|mcg|unt|hr|actuat|l)\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingQuantity();

    [GeneratedRegex(@"\s+/\s+", RegexOptions.CultureInvariant)]
    private static partial Regex IngredientSeparator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The names to try, best first: RxNorm displays, then the concept's text, then other displays.</summary>
    public static IReadOnlyList<string> Candidates(CodeableConcept concept)
    {
        var rxNorm = concept.Coding
            .Where(c => string.Equals(c.System, KnownFhirCodes.RxNorm, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(c.Display))
            .Select(c => c.Display!.Trim());
        var others = concept.Coding
            .Where(c => !string.Equals(c.System, KnownFhirCodes.RxNorm, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(c.Display))
            .Select(c => c.Display!.Trim());
        IEnumerable<string> text = string.IsNullOrWhiteSpace(concept.Text) ? [] : [concept.Text.Trim()];
        return rxNorm.Concat(text).Concat(others).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The generic name, or null when the concept has no name at all.</summary>
    public static string? GenericName(CodeableConcept concept)
    {
        var candidates = Candidates(concept);
        foreach (var candidate in candidates)
        {
            if (FindAntiHer2(candidate) is { } drug)
            {
                return drug.GenericName.ToLowerInvariant();
            }
        }

        return candidates.Select(Clean).FirstOrDefault(name => name.Length > 0);
    }

    private static AntiHer2Drug? FindAntiHer2(string name)
    {
        if (AntiHer2DrugCatalogue.TryFind(name, out var drug))
        {
            return drug;
        }

        foreach (Match brand in BrandInBrackets().Matches(name))
        {
            if (AntiHer2DrugCatalogue.TryFind(brand.Groups["brand"].Value, out drug))
            {
                return drug;
            }
        }

        return AntiHer2DrugCatalogue.TryFind(Clean(name), out drug) ? drug : null;
    }

    /// <summary>Ingredient words only, lower case; several ingredients joined with " and ".</summary>
    internal static string Clean(string name)
    {
        var withoutBrand = BrandInBrackets().Replace(name, " ");
        var ingredients = IngredientSeparator().Split(withoutBrand)
            .Select(CleanIngredient)
            .Where(part => part.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return string.Join(" and ", ingredients);
    }

    private static string CleanIngredient(string part)
    {
        var text = LeadingQuantity().Replace(part.ToLowerInvariant(), "");
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit >= 0)
        {
            text = text[..digit];
        }

        var words = Spaces().Split(text.Trim())
            .Where(word => word.Length > 0 && !s_saltWords.Contains(word) && !s_doseFormWords.Contains(word))
            .ToList();
        return string.Join(' ', words).Trim(' ', ',', ';', '-', '/');
    }
}
