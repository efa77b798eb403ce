using System.Text.RegularExpressions;
using Cairn.Core.Records;
using Cairn.Records.Fhir.Resources;
using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>
/// Primary cancer Condition → <see cref="FactKind.CancerSite"/>, <see cref="FactKind.Histology"/> and
/// <see cref="FactKind.Laterality"/>, dated with the onset (else recorded) date.
/// </summary>
/// <remarks>
/// The site is what the record says, so a lung cancer stays "lung" (it is never forced to breast). Laterality comes
/// from the mCODE laterality qualifier on the body site, the body site itself or the condition code's words; if
/// those disagree or say both sides, no laterality fact is made and a warning says why.
/// </remarks>
internal static partial class ConditionExtractor
{
    // SNOMED CT body structures: breast, left breast, right breast.
    private static readonly Dictionary<string, string?> s_breastSites = new(StringComparer.Ordinal)
    {
        ["76752008"] = null,
        ["80248007"] = "left",
        ["73056007"] = "right",
    };

    // SNOMED CT laterality qualifiers (mCODE LateralityQualifierVS).
    private static readonly Dictionary<string, string> s_lateralityQualifiers = new(StringComparer.Ordinal)
    {
        ["7771000"] = "left",
        ["24028007"] = "right",
        ["51440002"] = "bilateral",
    };

    // Organs named in a condition's code when no body site is given; only an unambiguous single match is used.
    private static readonly string[] s_organWords =
    [
        "breast", "lung", "colon", "rectum", "prostate", "ovary", "pancreas", "stomach", "liver", "kidney", "bladder",
        "skin", "brain", "cervix", "uterus", "thyroid", "esophagus", "oesophagus",
    ];

    [GeneratedRegex(@"primary malignant neoplasm|malignant (?:neoplasm|tumou?r) of (?:the )?(?:\w+\s+){0,4}breast|carcinoma of (?:the )?(?:\w+\s+){0,3}breast|breast (?:cancer|carcinoma)|cancer of (?:the )?(?:\w+\s+){0,2}breast",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrimaryBreastCancerWords();

    [GeneratedRegex(@"\b(?:(?:invasive|infiltrating)\s+(?:ductal|duct|lobular)\s+carcinoma|ductal carcinoma in situ|lobular carcinoma in situ|intraductal carcinoma(?:,?\s*non-?infiltrating)?|(?:mucinous|tubular|medullary|metaplastic|papillary|inflammatory|apocrine|cribriform)\s+carcinoma|adenocarcinoma)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistologyWords();

    [GeneratedRegex(@"\bleft\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftWord();

    [GeneratedRegex(@"\bright\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightWord();

    [GeneratedRegex(@"\b(?:bilateral|both)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothWord();

    [GeneratedRegex(@"\b(?:structure|entire|left|right|bilateral)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteNoiseWords();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>True for a primary cancer: the mCODE profile, or a code that names a primary (breast) cancer.</summary>
    public static bool IsPrimaryCancer(Condition condition)
    {
        if (FhirValues.HasProfile(condition, KnownFhirCodes.PrimaryCancerConditionProfile))
        {
            return true;
        }

        if (FhirValues.HasProfile(condition, KnownFhirCodes.SecondaryCancerConditionProfile))
        {
            return false;
        }

        return FhirValues.CodesIn(condition.Code, KnownFhirCodes.Icd10Cm).Any(code => code.StartsWith("C50", StringComparison.OrdinalIgnoreCase))
               || FhirValues.Displays(condition.Code).Any(text => PrimaryBreastCancerWords().IsMatch(text));
    }

    public static void Extract(Condition condition, FhirResourceEntry entry, FhirImportContext context)
    {
        if (!IsPrimaryCancer(condition))
        {
            return;
        }

        if (FhirValues.CodesIn(condition.VerificationStatus, "http://terminology.hl7.org/CodeSystem/condition-ver-status")
            .Any(code => code is "entered-in-error" or "refuted"))
        {
            context.Warn(entry, FhirMessages.DiagnosisEnteredInError());
            return;
        }

        var date = context.DateOf(entry, FhirValues.Times(condition.Onset).Start ?? condition.RecordedDate, "diagnosis");
        AddSite(condition, entry, context, date);
        AddHistology(condition, entry, context, date);
        AddLaterality(condition, entry, context, date);
    }

    private static void AddSite(Condition condition, FhirResourceEntry entry, FhirImportContext context, DateOnly? date)
    {
        foreach (var bodySite in condition.BodySite)
        {
            var names = FhirValues.Displays(bodySite).ToList();
            var isBreast = FhirValues.CodesIn(bodySite, KnownFhirCodes.Snomed).Any(s_breastSites.ContainsKey)
                           || names.Any(name => name.Contains("breast", StringComparison.OrdinalIgnoreCase));
            var site = isBreast ? "breast" : names.Select(SiteName).FirstOrDefault(name => name.Length > 0);
            if (site is not null)
            {
                Add(context, entry, FactKind.CancerSite, site, FhirValues.Describe(bodySite), date, FhirValues.Codes(bodySite));
                return;
            }
        }

        var codeNames = FhirValues.Displays(condition.Code).ToList();
        string? fromCode = null;
        if (FhirValues.CodesIn(condition.Code, KnownFhirCodes.Icd10Cm).Any(code => code.StartsWith("C50", StringComparison.OrdinalIgnoreCase)))
        {
            fromCode = "breast";
        }
        else
        {
            var organs = s_organWords
                .Where(organ => codeNames.Any(name => Regex.IsMatch(name, $@"\b{organ}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
                .ToList();
            fromCode = organs.Count == 1 ? (organs[0] == "oesophagus" ? "esophagus" : organs[0]) : null;
        }

        if (fromCode is not null)
        {
            Add(context, entry, FactKind.CancerSite, fromCode, FhirValues.Describe(condition.Code), date, FhirValues.Codes(condition.Code));
        }
    }

    // "Lung structure (body structure)" → "lung"; "Structure of left upper lobe of lung" → "upper lobe of lung".
    private static string SiteName(string display)
    {
        var text = SiteNoiseWords().Replace(FhirValues.StripSemanticTag(display).ToLowerInvariant(), " ");
        text = Spaces().Replace(text, " ").Trim();
        return text.StartsWith("of ", StringComparison.Ordinal) ? text[3..] : text;
    }

    private static void AddHistology(Condition condition, FhirResourceEntry entry, FhirImportContext context, DateOnly? date)
    {
        var extension = condition.Extension.FirstOrDefault(e => string.Equals(e.Url, KnownFhirCodes.HistologyExtension, StringComparison.Ordinal));
        if (extension?.Value is CodeableConcept morphology)
        {
            var name = FhirValues.Display(morphology);
            if (name is null)
            {
                context.Warn(entry, FhirMessages.HistologyWithoutName(FhirValues.Describe(morphology)));
                return;
            }

            Add(context, entry, FactKind.Histology, NormaliseHistology(name), name, date, FhirValues.Codes(morphology));
            return;
        }

        foreach (var name in FhirValues.Displays(condition.Code))
        {
            var match = HistologyWords().Match(name);
            if (match.Success)
            {
                Add(context, entry, FactKind.Histology, NormaliseHistology(match.Value), name, date, FhirValues.Codes(condition.Code));
                return;
            }
        }
    }

    /// <summary>
    /// Lower case, semantic tag and "NOS" removed, and the SNOMED/ICD-O wording put in the words reports use:
    /// "Infiltrating duct carcinoma (morphologic abnormality)" → "invasive ductal carcinoma".
    /// </summary>
    internal static string NormaliseHistology(string name)
    {
        var text = FhirValues.StripSemanticTag(name).ToLowerInvariant();
        text = Regex.Replace(text, @",?\s*\bnos\b\.?\s*$", "", RegexOptions.CultureInvariant);
        text = Regex.Replace(text, @"\bintraductal carcinoma,?\s*non-?infiltrating\b", "ductal carcinoma in situ", RegexOptions.CultureInvariant);
        text = Regex.Replace(text, @"\binfiltrating\b", "invasive", RegexOptions.CultureInvariant);
        text = Regex.Replace(text, @"\bduct carcinoma\b", "ductal carcinoma", RegexOptions.CultureInvariant);
        return Spaces().Replace(text, " ").Trim();
    }

    private static void AddLaterality(Condition condition, FhirResourceEntry entry, FhirImportContext context, DateOnly? date)
    {
        var found = new List<(string Side, string Quote, IReadOnlyList<string> Codes)>();
        foreach (var bodySite in condition.BodySite)
        {
            foreach (var qualifier in bodySite.Extension.Where(e => string.Equals(e.Url, KnownFhirCodes.LateralityExtension, StringComparison.Ordinal)))
            {
                if (qualifier.Value is CodeableConcept concept)
                {
                    var side = FhirValues.CodesIn(concept, KnownFhirCodes.Snomed).Select(code => s_lateralityQualifiers.GetValueOrDefault(code)).FirstOrDefault(s => s is not null)
                               ?? SideInWords(FhirValues.Displays(concept));
                    if (side is not null)
                    {
                        found.Add((side, FhirValues.Describe(concept), FhirValues.Codes(concept)));
                    }
                }
            }

            var siteSide = FhirValues.CodesIn(bodySite, KnownFhirCodes.Snomed).Select(code => s_breastSites.GetValueOrDefault(code)).FirstOrDefault(s => s is not null)
                           ?? SideInWords(FhirValues.Displays(bodySite));
            if (siteSide is not null)
            {
                found.Add((siteSide, FhirValues.Describe(bodySite), FhirValues.Codes(bodySite)));
            }
        }

        var codeSide = SideInWords(FhirValues.Displays(condition.Code));
        if (codeSide is not null)
        {
            found.Add((codeSide, FhirValues.Describe(condition.Code), FhirValues.Codes(condition.Code)));
        }

        if (found.Count == 0)
        {
            return;
        }

        var sides = found.Select(f => f.Side).Distinct(StringComparer.Ordinal).ToList();
        if (sides.Count > 1 || sides[0] == "bilateral")
        {
            context.Warn(entry, FhirMessages.LateralityConflict(string.Join(" and ", found.Select(f => $"'{f.Quote}'"))));
            return;
        }

        var first = found[0];
        Add(context, entry, FactKind.Laterality, first.Side, first.Quote, date, first.Codes);
    }

    private static string? SideInWords(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var both = BothWord().IsMatch(name) || (LeftWord().IsMatch(name) && RightWord().IsMatch(name));
            if (both)
            {
                return "bilateral";
            }

            if (LeftWord().IsMatch(name))
            {
                return "left";
            }

            if (RightWord().IsMatch(name))
            {
                return "right";
            }
        }

        return null;
    }

    private static void Add(FhirImportContext context, FhirResourceEntry entry, FactKind kind, string text, string quote, DateOnly? date, IReadOnlyList<string> codes) =>
        context.Facts.Add(new RecordFact
        {
            Kind = kind,
            Text = text,
            Date = date,
            Codes = codes,
            Provenance = context.ProvenanceFor(entry, quote),
        });
}
