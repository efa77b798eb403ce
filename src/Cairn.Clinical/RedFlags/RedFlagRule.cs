namespace Cairn.Clinical.RedFlags;

/// <summary>The red-flag rules, in the order of the ONCOLOGY_RULES.md §9 table, plus the documented gap-fillers.</summary>
public enum RedFlagRule
{
    /// <summary>Temperature ≥ 38.0 °C (100.4 °F), or a reported fever, during or after chemotherapy: urgent (S49).</summary>
    FeverDuringChemotherapy,

    /// <summary>Shaking chills: urgent (S49), with or without chemotherapy.</summary>
    ShakingChills,

    /// <summary>Chest pain or shortness of breath: urgent (S49).</summary>
    ChestPainOrShortnessOfBreath,

    /// <summary>Confusion: urgent (S49).</summary>
    Confusion,

    /// <summary>Signs of a possible pulmonary embolism: emergency (S50).</summary>
    PossiblePulmonaryEmbolism,

    /// <summary>One-sided leg swelling, pain, warmth or redness, a possible deep vein thrombosis: same day (S50).</summary>
    PossibleDeepVeinThrombosis,

    /// <summary>Known cancer with neurological signs, possible spinal cord compression: emergency (S51, S52).</summary>
    PossibleSpinalCordCompression,

    /// <summary>Known cancer with spinal pain that has a NICE red-flag feature: urgent review within 24 h (S51).</summary>
    PossibleSpinalMetastases,

    /// <summary>Bleeding (nosebleeds, black or bloody stools, blood in urine, unusual bruising): call now (S49).</summary>
    Bleeding,

    /// <summary>On T-DXd: new or worse cough, breathlessness or fever, the ILD boxed warning: call now (S6, S7).</summary>
    LungInflammationWarningOnTrastuzumabDeruxtecan,

    /// <summary>On a trastuzumab-class drug: new breathlessness, leg swelling or palpitations: call the team (S35, S39).</summary>
    HeartWarningOnTrastuzumabClassDrug,

    /// <summary>Not in the §9 table. Fever ≥ 38.0 °C without chemotherapy in a person with cancer: call the team today.</summary>
    FeverWithoutChemotherapy,

    /// <summary>Not in the §9 table. Spinal pain without a red-flag feature in a person with cancer: call the team today.</summary>
    SpinalPainWithoutRedFlagFeature,

    /// <summary>
    /// Not in the §9 table. Severe shortness of breath (cannot breathe, gasping, turning blue): emergency. Shortness of
    /// breath is a §9 sign (S49) and its sudden form an emergency (S50); a person who cannot breathe cannot wait.
    /// </summary>
    SevereShortnessOfBreath,

    /// <summary>Not in the §9 table. Neurological signs when no cancer is known (typed input only): call the team today.</summary>
    NeurologicalSignsWithoutKnownCancer,

    /// <summary>
    /// Not in the §9 table (project decision, clinical review item 2). Signs of a possible heart attack or stroke, or a
    /// seizure: emergency. Cancer.Net (S49) tells people to call 911 for emergencies; these cannot wait for the oncology team.
    /// </summary>
    PossibleHeartAttackStrokeOrSeizure,
}
