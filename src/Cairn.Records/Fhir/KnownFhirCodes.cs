namespace Cairn.Records.Fhir;

/// <summary>
/// Code systems, mCODE STU4 profile names and the few codes the FHIR importer matches exactly. Tables of codes that
/// belong to one kind of fact live beside their reader (<see cref="ReceptorTestClassifier"/>, <see cref="StagingExtractor"/>).
/// </summary>
internal static class KnownFhirCodes
{
    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    // mCODE STU4 profiles, matched on the last segment of the canonical URL (any version suffix ignored).
    public const string PrimaryCancerConditionProfile = "mcode-primary-cancer-condition";
    public const string SecondaryCancerConditionProfile = "mcode-secondary-cancer-condition";
    public const string TumorMarkerTestProfile = "mcode-tumor-marker-test";
    public const string CancerDiseaseStatusProfile = "mcode-cancer-disease-status";
    public const string TnmPrimaryTumorProfile = "mcode-tnm-primary-tumor-category";
    public const string TnmRegionalNodesProfile = "mcode-tnm-regional-nodes-category";
    public const string TnmDistantMetastasesProfile = "mcode-tnm-distant-metastases-category";
    public const string TnmStageGroupProfile = "mcode-tnm-stage-group";
    public const string TumorSizeProfile = "mcode-tumor-size";
    public const string MedicationProfilePrefix = "mcode-cancer-related-medication";
    public const string SurgicalProcedureProfile = "mcode-cancer-related-surgical-procedure";
    public const string RadiotherapyCourseSummaryProfile = "mcode-radiotherapy-course-summary";

    // Earlier mCODE releases (STU1/STU2) named the radiotherapy procedure this way.
    public const string RadiationProcedureProfile = "mcode-cancer-related-radiation-procedure";

    // Extensions (full URLs).
    public const string HistologyExtension = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior";
    public const string LateralityExtension = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier";

    // LOINC codes.
    public const string CancerDiseaseStatusCode = "97509-4";
    public const string TumorSizeCode = "21889-1";
    public const string TumorMaximumDimensionCode = "33728-7";
    public const string NottinghamGradeCode = "44648-4";
    public const string Ca153Code = "6875-9";
    public const string Ca2729Code = "17842-6";
    public const string CeaCode = "2039-6";

    // SNOMED CT: the code the mCODE radiotherapy course summary fixes ("Radiotherapy course of treatment").
    public const string RadiotherapyCourseCode = "1217123003";
}
