using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.Drugs;

/// <summary>
/// The US anti-HER2 drugs of ONCOLOGY_RULES.md §8 (S6, S7, S35–S40), with lookup by generic name, brand name or
/// abbreviation. Lookups are case-insensitive, ignore ®/™ and dash or spacing variants, and never throw.
/// </summary>
/// <remarks>
/// Boxed warnings are those on the current US labels (openFDA label records, checked 2026-11); approval dates are
/// those of the spec. A name the catalogue does not know is "not found", never guessed, with one deliberate
/// exception in the triage helpers: any "trastuzumab-xxxx" name (the FDA four-letter suffix of a biosimilar not
/// listed here) counts as a trastuzumab product there, because every trastuzumab product carries the same warnings.
/// </remarks>
public static partial class AntiHer2DrugCatalogue
{
    private const string BiosimilarSetting = "Biosimilar to Herceptin (trastuzumab)";

    private static readonly AntiHer2Drug[] s_all = Build();

    private static readonly Dictionary<AntiHer2DrugId, AntiHer2Drug> s_byId = s_all.ToDictionary(drug => drug.Id);

    private static readonly Dictionary<string, AntiHer2Drug> s_byKey = BuildIndex(s_all);

    /// <summary>Every catalogued drug, in the order of the spec's table.</summary>
    public static IReadOnlyList<AntiHer2Drug> All { get; } = Array.AsReadOnly(s_all);

    /// <summary>The entry for <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined value.</exception>
    public static AntiHer2Drug Get(AntiHer2DrugId id) =>
        s_byId.TryGetValue(id, out var drug)
            ? drug
            : throw new ArgumentOutOfRangeException(nameof(id), id, $"{id} is not a catalogued anti-HER2 drug.");

    /// <summary>
    /// Finds a drug by one name: generic ("trastuzumab-dkst", "ado-trastuzumab emtansine"), brand ("Herceptin",
    /// "Herceptin Hylecta", "Enhertu") or abbreviation ("T-DXd"). "Herceptin" and "Herceptin Hylecta" are different
    /// entries, and plain "trastuzumab" is the reference product (Herceptin). Returns false, never throws, for null,
    /// blank or unknown names, regimens of several drugs, and biosimilar suffixes not in the catalogue.
    /// </summary>
    public static bool TryFind([NotNullWhen(true)] string? name, [NotNullWhen(true)] out AntiHer2Drug? drug)
    {
        drug = null;
        var key = DrugNameKey.For(name);
        return key is not null && s_byKey.TryGetValue(key, out drug);
    }

    /// <summary>
    /// True when <paramref name="nameOrRegimen"/> names an anti-HER2 agent, or a regimen containing one
    /// ("docetaxel, trastuzumab and pertuzumab"). Also true for an unlisted "trastuzumab-xxxx" biosimilar. Never throws.
    /// </summary>
    public static bool IsAntiHer2Agent(string? nameOrRegimen) => Matches(nameOrRegimen, static _ => true, unlistedTrastuzumab: true);

    /// <summary>
    /// True when <paramref name="nameOrRegimen"/> names, or contains, a "trastuzumab-class" drug. Never throws.
    /// </summary>
    /// <remarks>
    /// Used by red-flag triage for the heart warning signs (new breathlessness, leg swelling, palpitations). The spec
    /// ties that flag to the cardiomyopathy boxed warning; since missing a heart warning sign costs more than an
    /// extra call, the class is deliberately broad. It is every product that contains trastuzumab (Herceptin, all
    /// biosimilars including unlisted "trastuzumab-xxxx", Herceptin Hylecta, Phesgo, T-DM1, T-DXd) plus every drug
    /// whose boxed warning covers heart damage (pertuzumab: left ventricular dysfunction; margetuximab: left
    /// ventricular dysfunction). T-DXd is included because it contains trastuzumab, although its boxed warning is
    /// about the lung (ILD) and not the heart; use <see cref="AntiHer2Drug.HasCardiacBoxedWarning"/> before citing a
    /// heart boxed warning. The TKIs (tucatinib, neratinib, lapatinib) and zanidatamab are not trastuzumab-class.
    /// </remarks>
    public static bool IsTrastuzumabClass(string? nameOrRegimen) =>
        Matches(nameOrRegimen, static drug => drug.IsTrastuzumabClass, unlistedTrastuzumab: true);

    /// <summary>
    /// True when <paramref name="nameOrRegimen"/> names, or contains, T-DXd (fam-trastuzumab deruxtecan-nxki,
    /// Enhertu), whose boxed warning is interstitial lung disease. Never throws.
    /// </summary>
    public static bool IsTrastuzumabDeruxtecan(string? nameOrRegimen) =>
        Matches(nameOrRegimen, static drug => drug.Id == AntiHer2DrugId.TrastuzumabDeruxtecan, unlistedTrastuzumab: false);

    private static bool Matches(string? text, Func<AntiHer2Drug, bool> predicate, bool unlistedTrastuzumab)
    {
        if (TryFind(text, out var whole))
        {
            return predicate(whole);
        }

        foreach (var component in DrugNameKey.RegimenComponents(text))
        {
            var key = DrugNameKey.For(component);
            if (key is null)
            {
                continue;
            }

            if (s_byKey.TryGetValue(key, out var drug) ? predicate(drug) : unlistedTrastuzumab && UnlistedBiosimilar().IsMatch(key))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, AntiHer2Drug> BuildIndex(IEnumerable<AntiHer2Drug> drugs)
    {
        var index = new Dictionary<string, AntiHer2Drug>(StringComparer.Ordinal);
        foreach (var drug in drugs)
        {
            IEnumerable<string?> names = [drug.GenericName, drug.Abbreviation, .. drug.BrandNames, .. drug.OtherNames];
            foreach (var key in names.Select(DrugNameKey.For).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                // Two entries must never share a name: a lookup would silently pick one of them.
                if (!index.TryAdd(key, drug))
                {
                    throw new InvalidOperationException($"The name key '{key}' is used by both {index[key].Id} and {drug.Id}.");
                }
            }
        }

        return index;
    }

    private static AntiHer2Drug[] Build()
    {
        // ONCOLOGY_RULES.md §8; boxed warnings per the US labels (trastuzumab products: cardiomyopathy, infusion
        // reactions, embryo-fetal toxicity, pulmonary toxicity; the subcutaneous products have no infusion-reaction item).
        BoxedWarning[] trastuzumabIv =
        [
            BoxedWarning.Cardiomyopathy,
            BoxedWarning.InfusionReactions,
            BoxedWarning.EmbryoFetalToxicity,
            BoxedWarning.PulmonaryToxicity,
        ];
        BoxedWarning[] trastuzumabSubcutaneous =
        [
            BoxedWarning.Cardiomyopathy,
            BoxedWarning.EmbryoFetalToxicity,
            BoxedWarning.PulmonaryToxicity,
        ];

        return
        [
            Drug(
                AntiHer2DrugId.Trastuzumab,
                "trastuzumab",
                ["Herceptin"],
                abbreviation: null,
                AntiHer2DrugClass.MonoclonalAntibody,
                "monoclonal antibody",
                AdministrationRoute.Intravenous,
                biosimilarOf: null,
                containsTrastuzumab: true,
                [
                    // §8 (S39): first US approval 1998-09-25, metastatic breast cancer [C]
                    UsApproval.On(new DateOnly(1998, 9, 25), "HER2-positive metastatic breast cancer", IndicationKind.MetastaticBreastCancer, "S39"),

                    // §8 (S35): also adjuvant; the spec gives no date. The spec's "neoadjuvant" is left out: the US
                    // Herceptin label has no neoadjuvant indication (neoadjuvant trastuzumab is on the Perjeta/Phesgo labels).
                    UsApproval.Undated("Adjuvant treatment of HER2-positive early breast cancer", IndicationKind.EarlyBreastCancer, "S35"),
                ],
                trastuzumabIv,
                hasUsBreastIndication: true,
                ["S35", "S39"],
                otherNames: []),

            Drug(
                AntiHer2DrugId.TrastuzumabHyaluronidase,
                "trastuzumab and hyaluronidase-oysk",
                ["Herceptin Hylecta"],
                abbreviation: null,
                AntiHer2DrugClass.MonoclonalAntibody,
                "subcutaneous antibody",
                AdministrationRoute.Subcutaneous,
                biosimilarOf: null,
                containsTrastuzumab: true,
                [
                    // §8 (S36): approved 2019-02-28 [C]
                    UsApproval.On(new DateOnly(2019, 2, 28), "HER2-positive early (adjuvant) and metastatic breast cancer, as an injection under the skin", IndicationKind.EarlyAndMetastaticBreastCancer, "S36"),
                ],
                trastuzumabSubcutaneous,
                hasUsBreastIndication: true,
                ["S36"],
                otherNames: ["Hylecta", "trastuzumab and hyaluronidase", "trastuzumab-hyaluronidase", "trastuzumab-hyaluronidase-oysk"]),

            // §8 (S37): trastuzumab biosimilars [C except where marked]
            Biosimilar(AntiHer2DrugId.TrastuzumabDkst, "trastuzumab-dkst", "Ogivri", UsApproval.On(new DateOnly(2017, 12, 1), BiosimilarSetting, IndicationKind.BiosimilarOfReferenceProduct, "S37"), trastuzumabIv),
            Biosimilar(AntiHer2DrugId.TrastuzumabPkrb, "trastuzumab-pkrb", "Herzuma", UsApproval.On(new DateOnly(2018, 12, 14), BiosimilarSetting, IndicationKind.BiosimilarOfReferenceProduct, "S37"), trastuzumabIv),
            Biosimilar(AntiHer2DrugId.TrastuzumabDttb, "trastuzumab-dttb", "Ontruzant", UsApproval.On(new DateOnly(2019, 1, 18), BiosimilarSetting, IndicationKind.BiosimilarOfReferenceProduct, "S37"), trastuzumabIv),
            Biosimilar(AntiHer2DrugId.TrastuzumabQyyp, "trastuzumab-qyyp", "Trazimera", UsApproval.InYear(2019, BiosimilarSetting, IndicationKind.BiosimilarOfReferenceProduct, "S37"), trastuzumabIv),
            Biosimilar(AntiHer2DrugId.TrastuzumabAnns, "trastuzumab-anns", "Kanjinti", UsApproval.InYear(2019, BiosimilarSetting, IndicationKind.BiosimilarOfReferenceProduct, "S37"), trastuzumabIv),

            // §8 marks the "-strf" suffix [U]; the openFDA NDC record for HERCESSI lists the generic name trastuzumab-strf.
            Biosimilar(AntiHer2DrugId.TrastuzumabStrf, "trastuzumab-strf", "Hercessi", UsApproval.InYear(2024, BiosimilarSetting, IndicationKind.BiosimilarOfReferenceProduct, "S37"), trastuzumabIv),

            Drug(
                AntiHer2DrugId.Pertuzumab,
                "pertuzumab",
                ["Perjeta"],
                abbreviation: null,
                AntiHer2DrugClass.MonoclonalAntibody,
                "antibody (HER2 dimerisation blocker)",
                AdministrationRoute.Intravenous,
                biosimilarOf: null,
                containsTrastuzumab: false,
                [
                    // §8 (S35) [C]
                    UsApproval.On(new DateOnly(2012, 6, 8), "First-line HER2-positive metastatic breast cancer, with trastuzumab and docetaxel", IndicationKind.MetastaticBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2017, 12, 20), "HER2-positive early breast cancer: before surgery (neoadjuvant; tumour over 2 cm or node-positive) and after surgery (adjuvant) at high risk of recurrence, with trastuzumab and chemotherapy", IndicationKind.EarlyBreastCancer, "S35"),
                ],
                [BoxedWarning.LeftVentricularDysfunction, BoxedWarning.EmbryoFetalToxicity],
                hasUsBreastIndication: true,
                ["S35"],
                otherNames: []),

            Drug(
                AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase,
                "pertuzumab, trastuzumab, and hyaluronidase-zzxf",
                ["Phesgo"],
                abbreviation: null,
                AntiHer2DrugClass.AntibodyCombination,
                "subcutaneous fixed-dose antibodies",
                AdministrationRoute.Subcutaneous,
                biosimilarOf: null,
                containsTrastuzumab: true,
                [
                    // §8 (S35): 2020-06-29 neoadjuvant, adjuvant, first-line MBC [C]. The "-zzxf" suffix, marked [U] in the
                    // spec, is on the openFDA label record for PHESGO.
                    UsApproval.On(new DateOnly(2020, 6, 29), "HER2-positive early breast cancer, before surgery (neoadjuvant) and after surgery (adjuvant), with chemotherapy", IndicationKind.EarlyBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2020, 6, 29), "First-line HER2-positive metastatic breast cancer, with docetaxel", IndicationKind.MetastaticBreastCancer, "S35"),
                ],
                trastuzumabSubcutaneous,
                hasUsBreastIndication: true,
                ["S35"],
                otherNames: ["pertuzumab, trastuzumab and hyaluronidase"]),

            Drug(
                AntiHer2DrugId.TrastuzumabEmtansine,
                "ado-trastuzumab emtansine",
                ["Kadcyla"],
                "T-DM1",
                AntiHer2DrugClass.AntibodyDrugConjugate,
                "ADC (microtubule-inhibitor payload)",
                AdministrationRoute.Intravenous,
                biosimilarOf: null,
                containsTrastuzumab: true,
                [
                    // §8 (S35) [C]
                    UsApproval.On(new DateOnly(2013, 2, 22), "HER2-positive metastatic breast cancer after trastuzumab and a taxane", IndicationKind.MetastaticBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2019, 5, 3), "After surgery (adjuvant) for HER2-positive early breast cancer with cancer left after treatment before surgery (neoadjuvant)", IndicationKind.EarlyBreastCancer, "S35"),
                ],
                [BoxedWarning.Hepatotoxicity, BoxedWarning.CardiacToxicity, BoxedWarning.EmbryoFetalToxicity],
                hasUsBreastIndication: true,
                ["S35"],
                otherNames: ["trastuzumab emtansine", "TDM1", "TDM-1"]),

            Drug(
                AntiHer2DrugId.TrastuzumabDeruxtecan,
                "fam-trastuzumab deruxtecan-nxki",
                ["Enhertu"],
                "T-DXd",
                AntiHer2DrugClass.AntibodyDrugConjugate,
                "ADC (topoisomerase-I payload)",
                AdministrationRoute.Intravenous,
                biosimilarOf: null,
                containsTrastuzumab: true,
                [
                    // §8 Enhertu approvals [C]; S35 records 2019-12-20 as the accelerated approval for HER2-positive MBC.
                    UsApproval.AcceleratedOn(new DateOnly(2019, 12, 20), "Accelerated approval: HER2-positive metastatic breast cancer after earlier anti-HER2 treatment", IndicationKind.MetastaticBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2022, 5, 4), "HER2-positive metastatic breast cancer after a prior anti-HER2 regimen", IndicationKind.MetastaticBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2022, 8, 5), "HER2-low (IHC 1+, or IHC 2+ with negative ISH) metastatic breast cancer after prior chemotherapy", IndicationKind.MetastaticBreastCancer, "S6", "S35"),

                    // S35 records this as an accelerated approval.
                    UsApproval.AcceleratedOn(new DateOnly(2024, 4, 5), "Any HER2-positive (IHC 3+) solid tumour after prior treatment, when there is no good alternative", IndicationKind.TumourAgnostic, "S35"),
                    UsApproval.On(new DateOnly(2025, 1, 27), "Hormone receptor-positive, HER2-low or HER2-ultralow metastatic breast cancer after at least one endocrine therapy", IndicationKind.MetastaticBreastCancer, "S7"),
                    UsApproval.On(new DateOnly(2025, 12, 15), "First-line HER2-positive metastatic breast cancer, with pertuzumab", IndicationKind.MetastaticBreastCancer, "S35"),
                ],
                [BoxedWarning.InterstitialLungDisease, BoxedWarning.EmbryoFetalToxicity],
                hasUsBreastIndication: true,
                ["S6", "S7", "S35"],
                otherNames: ["trastuzumab deruxtecan", "fam-trastuzumab deruxtecan", "trastuzumab deruxtecan-nxki", "TDXd", "DS-8201", "DS-8201a"]),

            Drug(
                AntiHer2DrugId.Tucatinib,
                "tucatinib",
                ["Tukysa"],
                abbreviation: null,
                AntiHer2DrugClass.TyrosineKinaseInhibitor,
                "TKI (HER2-selective)",
                AdministrationRoute.Oral,
                biosimilarOf: null,
                containsTrastuzumab: false,
                [
                    // §8 (S40, S35) [C]
                    UsApproval.On(new DateOnly(2020, 4, 17), "HER2-positive advanced or metastatic breast cancer, including brain metastases, with trastuzumab and capecitabine, after at least one earlier anti-HER2 regimen for metastatic disease", IndicationKind.MetastaticBreastCancer, "S40", "S35"),
                ],
                [],
                hasUsBreastIndication: true,
                ["S35", "S40"],
                otherNames: []),

            Drug(
                AntiHer2DrugId.Neratinib,
                "neratinib",
                ["Nerlynx"],
                abbreviation: null,
                AntiHer2DrugClass.TyrosineKinaseInhibitor,
                "TKI (irreversible pan-HER)",
                AdministrationRoute.Oral,
                biosimilarOf: null,
                containsTrastuzumab: false,
                [
                    // §8 (S35) [C]
                    UsApproval.On(new DateOnly(2017, 7, 17), "Extended adjuvant treatment of HER2-positive early breast cancer after adjuvant trastuzumab", IndicationKind.EarlyBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2020, 2, 25), "HER2-positive advanced or metastatic breast cancer, with capecitabine, after at least two earlier anti-HER2 regimens for metastatic disease", IndicationKind.MetastaticBreastCancer, "S35"),
                ],
                [],
                hasUsBreastIndication: true,
                ["S35"],
                otherNames: []),

            Drug(
                AntiHer2DrugId.Lapatinib,
                "lapatinib",
                ["Tykerb"],
                abbreviation: null,
                AntiHer2DrugClass.TyrosineKinaseInhibitor,
                "TKI (EGFR/HER2)",
                AdministrationRoute.Oral,
                biosimilarOf: null,
                containsTrastuzumab: false,
                [
                    // §8 (S35) [C]
                    UsApproval.On(new DateOnly(2007, 3, 13), "HER2-positive advanced or metastatic breast cancer, with capecitabine, after an anthracycline, a taxane and trastuzumab", IndicationKind.MetastaticBreastCancer, "S35"),
                    UsApproval.On(new DateOnly(2010, 1, 29), "Hormone receptor-positive, HER2-positive metastatic breast cancer after menopause, with letrozole", IndicationKind.MetastaticBreastCancer, "S35"),
                ],
                [BoxedWarning.Hepatotoxicity],
                hasUsBreastIndication: true,
                ["S35"],
                otherNames: ["lapatinib ditosylate"]),

            Drug(
                AntiHer2DrugId.Margetuximab,
                "margetuximab-cmkb",
                ["Margenza"],
                abbreviation: null,
                AntiHer2DrugClass.MonoclonalAntibody,
                "Fc-engineered antibody",
                AdministrationRoute.Intravenous,
                biosimilarOf: null,
                containsTrastuzumab: false,
                [
                    // §8 (S40, S35) [C]
                    UsApproval.On(new DateOnly(2020, 12, 16), "HER2-positive metastatic breast cancer, with chemotherapy, after at least two earlier anti-HER2 regimens (at least one for metastatic disease)", IndicationKind.MetastaticBreastCancer, "S40", "S35"),
                ],
                [BoxedWarning.LeftVentricularDysfunction, BoxedWarning.EmbryoFetalToxicity],
                hasUsBreastIndication: true,
                ["S35", "S40"],
                otherNames: ["margetuximab"]),

            Drug(
                AntiHer2DrugId.Zanidatamab,
                "zanidatamab-hrii",
                ["Ziihera"],
                abbreviation: null,
                AntiHer2DrugClass.BispecificAntibody,
                "bispecific HER2 antibody",
                AdministrationRoute.Intravenous,
                biosimilarOf: null,
                containsTrastuzumab: false,
                [
                    // §8 (S38, S35): accelerated approval 2024-11-20 for HER2-positive (IHC 3+) biliary tract cancer only [C]
                    UsApproval.AcceleratedOn(new DateOnly(2024, 11, 20), "Accelerated approval: previously treated HER2-positive (IHC 3+) biliary tract cancer", IndicationKind.OtherCancer, "S38", "S35"),
                ],

                // Embryo-fetal toxicity since the 2024 label; the openFDA label revised 08/2026 adds diarrhoea (with
                // chemotherapy). That revision is not yet in the source catalogue.
                [BoxedWarning.Diarrhea, BoxedWarning.EmbryoFetalToxicity],
                hasUsBreastIndication: false,
                ["S35", "S38"],
                otherNames: ["zanidatamab"]),
        ];
    }

    private static AntiHer2Drug Biosimilar(AntiHer2DrugId id, string genericName, string brand, UsApproval approval, BoxedWarning[] boxedWarnings) =>
        Drug(
            id,
            genericName,
            [brand],
            abbreviation: null,
            AntiHer2DrugClass.MonoclonalAntibody,
            "antibody (trastuzumab biosimilar)",
            AdministrationRoute.Intravenous,
            AntiHer2DrugId.Trastuzumab,
            containsTrastuzumab: true,
            [approval],
            boxedWarnings,
            hasUsBreastIndication: true,
            ["S37"],
            otherNames: []);

    private static AntiHer2Drug Drug(
        AntiHer2DrugId id,
        string genericName,
        string[] brandNames,
        string? abbreviation,
        AntiHer2DrugClass drugClass,
        string classDescription,
        AdministrationRoute route,
        AntiHer2DrugId? biosimilarOf,
        bool containsTrastuzumab,
        UsApproval[] usApprovals,
        BoxedWarning[] boxedWarnings,
        bool hasUsBreastIndication,
        string[] sourceIds,
        string[] otherNames) =>
        new(
            id,
            genericName,
            Array.AsReadOnly(brandNames),
            abbreviation,
            drugClass,
            classDescription,
            route,
            biosimilarOf,
            containsTrastuzumab,
            Array.AsReadOnly(usApprovals),
            Array.AsReadOnly(boxedWarnings.ToArray()),
            hasUsBreastIndication,
            Array.AsReadOnly(sourceIds),
            Array.AsReadOnly(otherNames));

    // FDA biological product naming: a four-letter suffix marks a distinct trastuzumab product.
    [GeneratedRegex("^trastuzumab-[a-z]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnlistedBiosimilar();
}
