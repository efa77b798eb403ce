using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Cairn.Knowledge.Understanding;

/// <summary>
/// Cairn's own medical vocabulary: biomarker synonyms (HER2/ERBB2), drug brand and generic names, cancer types, and
/// lay terms for clinical ones. Used to detect the topic of a question and to expand its search terms. Written from
/// drug labels and guideline terminology (ONCOLOGY_RULES.md §1, §2, §5–§8), not from any benchmark's questions.
/// </summary>
public static partial class MedicalVocabulary
{
    private static readonly MedicalConcept[] s_concepts =
    [
        new("her2", "HER2", "biomarker", ["her2", "her-2", "her2/neu", "erbb2", "neu", "her2+", "her2-positive", "her2 positive"]),
        new("her2-low", "HER2-low", "biomarker", ["her2-low", "her2 low", "her2-ultralow", "her2 ultralow", "ultralow", "ultra-low"]),
        new("er", "Estrogen receptor", "biomarker", ["er", "er+", "er-positive", "estrogen receptor", "oestrogen receptor", "estrogen", "oestrogen"]),
        new("pr", "Progesterone receptor", "biomarker", ["pr", "pgr", "pr+", "progesterone receptor", "progesterone"]),
        new("hormone-receptor", "Hormone receptor", "biomarker", ["hormone receptor", "hr+", "hr-positive", "triple positive", "triple-positive", "hormone-positive"]),
        new("trastuzumab", "trastuzumab (Herceptin)", "drug", ["trastuzumab", "herceptin", "ogivri", "herzuma", "ontruzant", "trazimera", "kanjinti", "hercessi", "herceptin hylecta", "biosimilar", "biosimilars"]),
        new("pertuzumab", "pertuzumab (Perjeta)", "drug", ["pertuzumab", "perjeta", "phesgo"]),
        new("t-dm1", "T-DM1 (Kadcyla)", "drug", ["t-dm1", "tdm1", "kadcyla", "ado-trastuzumab emtansine", "trastuzumab emtansine"]),
        new("t-dxd", "T-DXd (Enhertu)", "drug", ["t-dxd", "tdxd", "enhertu", "trastuzumab deruxtecan", "fam-trastuzumab deruxtecan", "deruxtecan"]),
        new("tucatinib", "tucatinib (Tukysa)", "drug", ["tucatinib", "tukysa"]),
        new("neratinib", "neratinib (Nerlynx)", "drug", ["neratinib", "nerlynx"]),
        new("lapatinib", "lapatinib (Tykerb)", "drug", ["lapatinib", "tykerb", "tyverb"]),
        new("margetuximab", "margetuximab (Margenza)", "drug", ["margetuximab", "margenza"]),
        new("zanidatamab", "zanidatamab (Ziihera)", "drug", ["zanidatamab", "ziihera"]),
        new("ctc", "Circulating tumour cells", "test", ["ctc", "ctcs", "circulating tumor cells", "circulating tumour cells", "circulating tumor cell", "circulating tumour cell", "cellsearch"]),
        new("ctdna", "Circulating tumour DNA", "test", ["ctdna", "circulating tumor dna", "circulating tumour dna", "liquid biopsy", "liquid biopsies"]),
        new("tumour-marker", "Tumour markers", "test", ["tumor marker", "tumour marker", "tumor markers", "tumour markers", "ca 15-3", "ca15-3", "ca 27.29", "ca27.29", "ca 27-29", "cea", "carcinoembryonic antigen"]),
        new("remission", "Remission", "term", ["remission", "ned", "no evidence of disease", "cancer free", "cancer-free", "all clear"]),
        new("response", "Treatment response", "term", ["complete response", "partial response", "stable disease", "recist", "pcr", "pathologic complete response", "pathological complete response"]),
        new("recurrence", "Recurrence", "term", ["recurrence", "relapse", "come back", "comes back", "came back", "returned", "recur"]),
        new("metastatic", "Metastatic disease", "term", ["metastatic", "metastasis", "metastases", "mets", "stage 4", "stage iv", "advanced", "spread"]),
        new("monitoring", "Monitoring", "term", ["monitor", "monitored", "monitoring", "follow-up", "follow up", "followup", "surveillance", "check-up", "check-ups", "checkup", "checkups"]),
        new("staging", "Staging", "term", ["stage", "staging", "tnm", "ajcc"]),
        new("imaging", "Imaging", "test", ["scan", "scans", "imaging", "ct", "pet", "pet-ct", "mri", "mammogram", "mammography", "bone scan", "ultrasound", "x-ray"]),
        new("heart", "Heart health", "term", ["heart", "cardiac", "cardiomyopathy", "lvef", "ejection fraction", "echocardiogram", "echo", "muga"]),
        new("ild", "Lung inflammation (ILD)", "term", ["ild", "interstitial lung disease", "pneumonitis"]),
    ];

    private static readonly (string Label, string[] Forms)[] s_cancerTypes =
    [
        ("Breast Cancer", ["breast"]),
        ("Lung Cancer", ["lung"]),
        ("Prostate Cancer", ["prostate"]),
        ("Colorectal Cancer", ["colorectal", "colon", "rectal", "bowel"]),
        ("Ovarian Cancer", ["ovarian", "ovary"]),
        ("Pancreatic Cancer", ["pancreatic", "pancreas"]),
        ("Skin Cancer", ["skin", "melanoma"]),
        ("Bladder Cancer", ["bladder"]),
        ("Kidney Cancer", ["kidney", "renal"]),
        ("Liver Cancer", ["liver", "hepatocellular"]),
        ("Stomach Cancer", ["stomach", "gastric"]),
        ("Cervical Cancer", ["cervical", "cervix"]),
        ("Uterine Cancer", ["uterine", "endometrial", "womb"]),
        ("Thyroid Cancer", ["thyroid"]),
        ("Brain Tumour", ["brain"]),
        ("Blood Cancer", ["leukemia", "leukaemia", "lymphoma", "myeloma"]),
        ("Esophageal Cancer", ["esophageal", "oesophageal"]),
        ("Head and Neck Cancer", ["throat", "mouth", "oral", "laryngeal"]),
        ("Testicular Cancer", ["testicular"]),
        ("Bone Cancer", ["sarcoma", "osteosarcoma"]),
        ("Biliary Tract Cancer", ["biliary", "bile duct", "gallbladder", "cholangiocarcinoma"]),
    ];

    private static readonly ConcurrentDictionary<string, Regex> s_formPatterns = new(StringComparer.Ordinal);

    public static IReadOnlyList<MedicalConcept> Concepts => s_concepts;

    /// <summary>
    /// Words that name the setting of a question (cancer, organ, receptor status) rather than what it asks about:
    /// every cancer-type form, generic tumour words, and the biomarker forms.
    /// </summary>
    public static IReadOnlyList<string> SettingWords { get; } =
        s_cancerTypes.SelectMany(type => type.Forms)
            .Concat(["cancer", "cancers", "tumor", "tumour", "carcinoma", "positive", "negative"])
            .Concat(s_concepts.Where(concept => concept.Category == "biomarker").SelectMany(concept => concept.Forms))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Concepts named in the text (whole-word, case-insensitive), in vocabulary order.</summary>
    public static IReadOnlyList<MedicalConcept> FindConcepts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Normalise(text);
        return s_concepts.Where(concept => concept.Forms.Any(form => ContainsForm(normalised, form))).ToArray();
    }

    /// <summary>
    /// Cancer types the text names as a cancer ("lung cancer", "cancer of the prostate", "melanoma", "leukemia").
    /// An organ named alone ("my lungs", "liver tests") is not a cancer type.
    /// </summary>
    public static IReadOnlyList<string> FindCancerTypes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Normalise(text);
        var found = new List<string>();
        foreach (var (label, forms) in s_cancerTypes)
        {
            foreach (var form in forms)
            {
                var standalone = form is "melanoma" or "leukemia" or "leukaemia" or "lymphoma" or "myeloma" or "sarcoma"
                    or "osteosarcoma" or "cholangiocarcinoma" or "hepatocellular";
                var named = standalone
                    ? ContainsForm(normalised, form)
                    : NamesCancer(normalised, form);
                if (named)
                {
                    found.Add(label);
                    break;
                }
            }
        }

        if (found.Count == 0 && FindConcepts(text).Any(concept => concept.Category is "biomarker" or "drug" && concept.Id is not "zanidatamab"))
        {
            // HER2, ER/PR and anti-HER2 drugs are discussed here in the breast-cancer setting.
            found.Add("Breast Cancer");
        }

        return found;
    }

    /// <summary>Other surface forms of every concept named in the text, for query expansion.</summary>
    public static IReadOnlyList<string> Expansions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Normalise(text);
        var expansions = new List<string>();
        foreach (var concept in FindConcepts(text))
        {
            foreach (var form in concept.Forms)
            {
                if (!ContainsForm(normalised, form) && !expansions.Contains(form))
                {
                    expansions.Add(form);
                }
            }
        }

        return expansions;
    }

    /// <summary>The article tag of a cancer type label: "Breast Cancer" -> "breast".</summary>
    public static string CancerTag(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Split(' ')[0].ToLowerInvariant();
    }

    internal static string Normalise(string text) =>
        Whitespace().Replace(text.ToLowerInvariant().Replace('’', '\''), " ");

    private static bool ContainsForm(string normalisedText, string form) =>
        s_formPatterns.GetOrAdd(form, static key => new Regex(
            $@"(?<![\w-]){Regex.Escape(key)}(?![\w])", RegexOptions.CultureInvariant | RegexOptions.Compiled)).IsMatch(normalisedText);

    private static bool NamesCancer(string normalisedText, string form) =>
        s_formPatterns.GetOrAdd("cancer:" + form, static key =>
        {
            var escaped = Regex.Escape(key["cancer:".Length..]);
            return new Regex(
                $@"\b{escaped}\s+(cancer|cancers|carcinoma|tumou?rs?|malignanc\w*|neoplasm)\b|\bcancer\s+of\s+the\s+{escaped}\b",
                RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }).IsMatch(normalisedText);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
