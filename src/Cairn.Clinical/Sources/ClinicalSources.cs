namespace Cairn.Clinical.Sources;

/// <summary>
/// The clinical source catalogue: every source the rules engine cites, keyed S1..S53 as in ONCOLOGY_RULES.md §10.
/// This is the one place the list lives; rules return these ids so answers can cite them.
/// </summary>
public static class ClinicalSources
{
    private static readonly ClinicalSource[] s_all =
    [
        new("S1", "Wolff AC et al. HER2 testing in breast cancer: ASCO/CAP focused update. J Clin Oncol 2018;36(20):2105-22; Arch Pathol Lab Med 2018;142(11):1364-82. DOI 10.1200/JCO.2018.77.8738 [DOI U]. Algorithm figures read via Guideline Central (eguideline.guidelinecentral.com/i/1475463).", 2018, null),
        new("S2", "Wolff AC et al. HER2 testing: ASCO–CAP guideline update. J Clin Oncol 2023;41:3867-72. DOI 10.1200/JCO.22.02864; Arch Pathol Lab Med 2023;147(9):993.", 2023, "https://doi.org/10.1200/JCO.22.02864"),
        new("S3", "CAP page \"HER2 Testing in Breast Cancer – 2023 Guideline Update\" (cap.org).", 2023, null),
        new("S4", "Press MF et al. ISH group frequencies and outcomes (table), PMC5074347.", null, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5074347/"),
        new("S5", "Wang B et al. Sci Rep 2019;9:16726. PMID 31723206.", 2019, "https://pubmed.ncbi.nlm.nih.gov/31723206/"),
        new("S6", "FDA label for Enhertu, HER2-low (2022-08-05), accessdata.fda.gov 761139s022lbl.", 2022, null),
        new("S7", "FDA approval summary, T-DXd for HER2-low/ultralow disease, J Clin Oncol 2025. DOI 10.1200/JCO-25-00812; also the approval news of 2025-01-27.", 2025, "https://doi.org/10.1200/JCO-25-00812"),
        new("S8", "OpenOnco knowledge-base page on HER2-ultralow (secondary).", null, null),
        new("S9", "Allison KH et al. ER/PgR testing: ASCO/CAP guideline update. J Clin Oncol 2020;38(12):1346-66. DOI 10.1200/JCO.19.02309. PMID 31928404.", 2020, "https://doi.org/10.1200/JCO.19.02309"),
        new("S10", "Arch Pathol Lab Med 2020;144(5):545-63 (same guideline).", 2020, null),
        new("S11", "Giuliano AE et al. Breast cancer – major changes in the AJCC 8th edition. CA Cancer J Clin 2017;67(4):290-303. DOI 10.3322/caac.21393. PMID 28294295.", 2017, "https://doi.org/10.3322/caac.21393"),
        new("S12", "Koh J, Kim MJ. Korean J Radiol 2019;20(1):69-82 (prognostic stage; pN table PMC6315072).", 2019, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6315072/"),
        new("S13", "MSD Manual Professional table \"Anatomic staging of breast cancer\" (adapted from AJCC 8th); Radiopaedia \"Breast cancer staging\" (T and cN).", null, null),
        new("S14", "NCI PDQ Breast Cancer Treatment, Table 4 pN (NBK65744).", null, null),
        new("S15", "AJCC 7th edition breast staging sheet: notes on M0(i+), N1mi and post-neoadjuvant stage IV.", null, null),
        new("S16", "Eisenhauer EA et al. RECIST 1.1. Eur J Cancer 2009;45(2):228-47. DOI 10.1016/j.ejca.2008.10.026.", 2009, "https://doi.org/10.1016/j.ejca.2008.10.026"),
        new("S17", "emera86/SASmanual-MkDocs `SASmanual/docs/medical/recist.md` (close restatement of S16, including Tables 1 and 2).", null, null),
        new("S18", "Cristofanilli M et al. NEJM 2004;351(8):781-91. DOI 10.1056/NEJMoa040766.", 2004, "https://doi.org/10.1056/NEJMoa040766"),
        new("S19", "Cristofanilli M et al. J Clin Oncol 2005;23(7):1420-30.", 2005, null),
        new("S20", "Lucci A et al. Lancet Oncol 2012;13(7):688-95. DOI 10.1016/S1470-2045(12)70209-7. PMID 22677156.", 2012, "https://doi.org/10.1016/S1470-2045(12)70209-7"),
        new("S21", "Janni WJ et al. Clin Cancer Res 2016;22(10):2583-93.", 2016, null),
        new("S22", "Smerage JB et al. SWOG S0500. J Clin Oncol 2014;32(31):3483-9. DOI 10.1200/JCO.2014.56.2561. PMID 24888818.", 2014, "https://doi.org/10.1200/JCO.2014.56.2561"),
        new("S23", "Van Poznak C et al. ASCO biomarkers for MBC. J Clin Oncol 2015;33(24):2695-704. DOI 10.1200/JCO.2015.61.1459. PMID 26195705.", 2015, "https://doi.org/10.1200/JCO.2015.61.1459"),
        new("S24", "Henry NL et al. ASCO Biomarkers for Systemic Therapy in MBC, 2022 update, with 2023/2024 rapid updates (guidelinecentral.com/guideline/1890548).", 2022, null),
        new("S25", "Mayo Clinic Laboratories, CA 27.29 test catalog.", null, null),
        new("S26", "Mayo Clinic Laboratories, CEA test catalog (test code CEA).", null, null),
        new("S27", "Khatcheressian JL et al. ASCO breast cancer follow-up update. J Clin Oncol 2013;31(7):961-5. DOI 10.1200/JCO.2012.45.9859. PMID 23129741.", 2013, "https://doi.org/10.1200/JCO.2012.45.9859"),
        new("S28", "ESO-MBC Task Force. Surveillance, staging and evaluation, The Breast 2013 (abstract read; author list U).", 2013, null),
        new("S29", "Molina R et al. EGTM recommendations. Tumor Biol 2005;26(6):281-93; egtm.eu.", 2005, null),
        new("S30", "Chan DW et al. J Clin Oncol 1997;15(6):2322-8. DOI 10.1200/JCO.1997.15.6.2322.", 1997, "https://doi.org/10.1200/JCO.1997.15.6.2322"),
        new("S31", "Medscape comparison table of ASCO vs NCCN survivorship follow-up (secondary).", null, null),
        new("S32", "Graham LJ et al. J Cancer 2014;5(1):58-68 (Table 2 adapts NCCN 3.2013). PMC3881221.", 2014, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3881221/"),
        new("S33", "MSK \"What does cancer remission, recurrence & cure mean?\"; MSD Manual table \"Defining response to cancer treatment\".", null, null),
        new("S34", "Cancer.Net \"Cancer Terms\" glossary.", null, null),
        new("S35", "vanallenlab/moalmanac-db (fetched snapshot, commit 7815662b), `dereferenced/indications/ind:fda.*`, citing FDA labels.", null, null),
        new("S36", "FDA: Herceptin Hylecta approval (2019-02-28).", 2019, null),
        new("S37", "FDA and news pages on trastuzumab biosimilar approvals (Ogivri, Herzuma, Ontruzant, Trazimera, Kanjinti, Hercessi).", null, null),
        new("S38", "FDA accelerated approval of zanidatamab-hrii (2024-11-20).", 2024, null),
        new("S39", "Trastuzumab approval of 1998-09-25 (FDA approval letter, as cited by secondary pages).", 1998, null),
        new("S40", "Margenza and Tukysa FDA approval notices (2020).", 2020, null),
        new("S41", "Chandarlapaty S et al. Clin Cancer Res 2012;18(24):6784-91. PMID 23092874.", 2012, "https://pubmed.ncbi.nlm.nih.gov/23092874/"),
        new("S42", "Wang L et al. BMC Cancer 2011;11:248. PMID 21676217.", 2011, "https://pubmed.ncbi.nlm.nih.gov/21676217/"),
        new("S43", "Sergina NV et al. Nature 2007;445:437-41. DOI 10.1038/nature05474. PMID 17206155.", 2007, "https://doi.org/10.1038/nature05474"),
        new("S44", "Garrett JT et al. PNAS 2011;108(12):5021-6. DOI 10.1073/pnas.1016140108.", 2011, "https://doi.org/10.1073/pnas.1016140108"),
        new("S45", "HER3 and PTEN in HER2+ MBC, PMC3899777.", null, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3899777/"),
        new("S46", "p95HER2/HER2 ratio study (NCCTG N0337/N98-32-52), PMC6314664.", null, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6314664/"),
        new("S47", "Wynn CS, Tang S-C. Cancer Metastasis Rev 2022. DOI 10.1007/s10555-022-10021-x.", 2022, "https://doi.org/10.1007/s10555-022-10021-x"),
        new("S48", "Trastuzumab resistance review, PMC4811269.", null, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4811269/"),
        new("S49", "Cancer.Net \"When to Call the Doctor During Cancer Treatment\" (Editorial Board 08/2020), https://www.cancer.net/navigating-cancer-care/how-cancer-treated/when-call-doctor-during-cancer-treatment.", 2020, "https://www.cancer.net/navigating-cancer-care/how-cancer-treated/when-call-doctor-during-cancer-treatment"),
        new("S50", "OncoLink \"Thromboembolism (Blood Clot)\".", null, null),
        new("S51", "NICE CG75 (2008), Metastatic spinal cord compression – key priorities. https://www.nice.org.uk/guidance/cg75", 2008, "https://www.nice.org.uk/guidance/cg75"),
        new("S52", "NICE NG234 (2023), Spinal metastases and MSCC (replaces CG75). https://www.nice.org.uk/guidance/ng234", 2023, "https://www.nice.org.uk/guidance/ng234"),
        new("S53", "IDSA febrile neutropenia guideline (Freifeld AG et al., Clin Infect Dis 2011 [citation U]), definition read via secondary copies.", 2011, null),
    ];

    private static readonly Dictionary<string, ClinicalSource> s_byId =
        s_all.ToDictionary(source => source.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>All sources, in id order.</summary>
    public static IReadOnlyList<ClinicalSource> All => s_all;

    /// <summary>Looks a source up by id (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No source has that id.</exception>
    public static ClinicalSource Get(string id) =>
        s_byId.TryGetValue(id, out var source)
            ? source
            : throw new KeyNotFoundException($"No clinical source has the id '{id}'.");

    /// <summary>True when the id names a source in the catalogue.</summary>
    public static bool Contains(string id) => s_byId.ContainsKey(id);
}
