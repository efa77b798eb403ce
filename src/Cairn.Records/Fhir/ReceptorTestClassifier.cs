using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>
/// Recognises ER, PR and HER2 tissue tests by LOINC code, else by the words of the code's name.
/// </summary>
/// <remarks>
/// The LOINC codes are those the mCODE examples use (85337-4, 85339-0, 48676-1) and the rest of the breast receptor
/// codes in the CMS Enhancing Oncology Model tumour marker list, checked against LOINC names. Note that 72383-3 is
/// "HER2 [Presence] in Tissue by Immunoassay" (a protein test), not a ratio: the HER2/CEP17 ratio is 49683-6.
/// Serum HER2 (shed extracellular domain, e.g. 32996-1) says nothing about the tumour's HER2 status and is never read
/// as one; with a quantity it is kept as an ordinary lab result.
/// </remarks>
internal static partial class ReceptorTestClassifier
{
    private static readonly Dictionary<string, (ReceptorTest Test, string Name)> s_loinc = new(StringComparer.Ordinal)
    {
        ["16112-5"] = (ReceptorTest.ErStatus, "ER"), // Estrogen receptor [Interpretation] in Tissue
        ["40556-3"] = (ReceptorTest.ErStatus, "ER"), // Estrogen receptor Ag [Presence] in Tissue by Immune stain
        ["85337-4"] = (ReceptorTest.ErStatus, "ER"), // Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain
        ["14228-1"] = (ReceptorTest.ErPercent, "ER"), // Cells.estrogen receptor/100 cells in Tissue by Immune stain
        ["85329-1"] = (ReceptorTest.ErPercent, "ER"), // Cells.estrogen receptor/100 cells in Breast cancer specimen by Immune stain
        ["14130-9"] = (ReceptorTest.Unreadable, "ER"), // Estrogen receptor [Moles/mass] in Tissue (ligand binding, fmol/mg)
        ["85310-1"] = (ReceptorTest.Unreadable, "ER"), // Estrogen receptor fluorescence intensity [Type] ... by Immune stain
        ["16113-3"] = (ReceptorTest.PrStatus, "PR"), // Progesterone receptor [Interpretation] in Tissue
        ["40557-1"] = (ReceptorTest.PrStatus, "PR"), // Progesterone receptor Ag [Presence] in Tissue by Immune stain
        ["85339-0"] = (ReceptorTest.PrStatus, "PR"), // Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain
        ["14230-7"] = (ReceptorTest.PrPercent, "PR"), // Cells.progesterone receptor/100 cells in Tissue by Immune stain
        ["85325-9"] = (ReceptorTest.PrPercent, "PR"), // Cells.progesterone receptor/100 cells in Breast cancer specimen by Immune stain
        ["10861-3"] = (ReceptorTest.Unreadable, "PR"), // Progesterone receptor [Mass/mass] in Tissue
        ["31207-4"] = (ReceptorTest.Unreadable, "PR"), // Progesterone receptor [Moles/mass] in Tissue
        ["85331-7"] = (ReceptorTest.Unreadable, "PR"), // Progesterone receptor fluorescence intensity [Type] ... by Immune stain
        ["10480-2"] = (ReceptorTest.Unreadable, "ER/PR"), // Estrogen+Progesterone receptor Ag [Presence] in Tissue by Immune stain
        ["48676-1"] = (ReceptorTest.Her2Status, "HER2"), // HER2 [Interpretation] in Tissue
        ["85319-2"] = (ReceptorTest.Her2Ihc, "HER2"), // HER2 [Presence] in Breast cancer specimen by Immune stain
        ["18474-7"] = (ReceptorTest.Her2Ihc, "HER2"), // HER2 Ag [Presence] in Tissue by Immune stain
        ["72383-3"] = (ReceptorTest.Her2Ihc, "HER2"), // HER2 [Presence] in Tissue by Immunoassay
        ["72382-5"] = (ReceptorTest.Unreadable, "HER2"), // HER2 [Units/volume] in Tissue by Immunoassay
        ["85318-4"] = (ReceptorTest.Her2IshResult, "HER2"), // ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH
        ["31150-6"] = (ReceptorTest.Her2IshResult, "HER2"), // ERBB2 gene duplication [Presence] in Tissue by FISH
        ["96893-3"] = (ReceptorTest.Her2IshResult, "HER2"), // ERBB2 gene duplication in Tumor by FISH
        ["49683-6"] = (ReceptorTest.Her2IshRatio, "HER2"), // ERBB2 gene copy number/Chromosome 17 copy number in Tissue by FISH
        ["74860-8"] = (ReceptorTest.Her2IshCopies, "HER2"), // ERBB2 gene copy number/nucleus in Tissue by FISH
        ["74885-5"] = (ReceptorTest.Her2IshPanel, "HER2"), // ERBB2 gene duplication associated observations panel - Tissue by FISH
    };

    [GeneratedRegex(@"\bER\b", RegexOptions.CultureInvariant)]
    private static partial Regex ErAbbreviation();

    [GeneratedRegex(@"\bestrogen\s+receptor|\boestrogen\s+receptor", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErWordsAnyCase();

    [GeneratedRegex(@"\bprogesterone\s+receptor", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrWordsAnyCase();

    [GeneratedRegex(@"\b(?:PR|PgR)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PrAbbreviation();

    [GeneratedRegex(@"\b(?:her-?2|erbb-?2|c-?erb-?b-?2)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Her2Words();

    [GeneratedRegex(@"\b(?:serum|plasma|blood)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Circulating();

    [GeneratedRegex(@"\b(?:fish|cish|sish|dish|ish|in situ hybridi[sz]ation|gene (?:amplification|duplication))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IshWords();

    [GeneratedRegex(@"\b(?:ihc|immunohistochem\w*|immune stain|immunostain\w*|immunoassay)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IhcWords();

    [GeneratedRegex(@"\bratio\b|cep\s*17|chromosome 17", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatioWords();

    [GeneratedRegex(@"\bcopy number\b|\bcopies\b|\bsignals? per (?:cell|nucleus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopiesWords();

    [GeneratedRegex(@"/100 cells|\bpercent|%|\bproportion\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentWords();

    [GeneratedRegex(@"moles/mass|mass/mass|fmol|intensity|allred|h-?score", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherScaleWords();

    /// <summary>What the code measures, and the receptor's short name ("ER", "PR", "HER2") for messages.</summary>
    /// <param name="code">The Observation's (or component's) code.</param>
    /// <param name="allowAbbreviations">
    /// Whether "ER", "PR" and "PgR" alone name a receptor. Only for Observations that claim the mCODE tumour marker
    /// profile: elsewhere "PR" is as likely an ECG's PR interval.
    /// </param>
    public static (ReceptorTest Test, string Name) Classify(CodeableConcept? code, bool allowAbbreviations)
    {
        foreach (var loinc in FhirValues.CodesIn(code, KnownFhirCodes.Loinc))
        {
            if (s_loinc.TryGetValue(loinc, out var known))
            {
                return known;
            }
        }

        var names = FhirValues.Displays(code).ToList();
        return names.Count == 0 ? (ReceptorTest.None, "") : ClassifyWords(string.Join(" | ", names), allowAbbreviations);
    }

    private static (ReceptorTest Test, string Name) ClassifyWords(string text, bool allowAbbreviations)
    {
        var er = ErWordsAnyCase().IsMatch(text) || (allowAbbreviations && ErAbbreviation().IsMatch(text));
        var pr = PrWordsAnyCase().IsMatch(text) || (allowAbbreviations && PrAbbreviation().IsMatch(text));
        var her2 = Her2Words().IsMatch(text);
        var named = (er ? 1 : 0) + (pr ? 1 : 0) + (her2 ? 1 : 0);
        if (named == 0)
        {
            return (ReceptorTest.None, "");
        }

        if (named > 1)
        {
            return (ReceptorTest.Unreadable, string.Join('/', new[] { er ? "ER" : null, pr ? "PR" : null, her2 ? "HER2" : null }.OfType<string>()));
        }

        if (her2)
        {
            if (Circulating().IsMatch(text))
            {
                return (ReceptorTest.None, "");
            }

            if (RatioWords().IsMatch(text))
            {
                return (ReceptorTest.Her2IshRatio, "HER2");
            }

            if (CopiesWords().IsMatch(text))
            {
                return (ReceptorTest.Her2IshCopies, "HER2");
            }

            if (IshWords().IsMatch(text))
            {
                return (ReceptorTest.Her2IshResult, "HER2");
            }

            return IhcWords().IsMatch(text) ? (ReceptorTest.Her2Ihc, "HER2") : (ReceptorTest.Her2Status, "HER2");
        }

        var name = er ? "ER" : "PR";
        if (OtherScaleWords().IsMatch(text))
        {
            return (ReceptorTest.Unreadable, name);
        }

        if (PercentWords().IsMatch(text))
        {
            return (er ? ReceptorTest.ErPercent : ReceptorTest.PrPercent, name);
        }

        return (er ? ReceptorTest.ErStatus : ReceptorTest.PrStatus, name);
    }
}
