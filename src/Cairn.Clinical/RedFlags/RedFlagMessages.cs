using Cairn.Core.Answers;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Every patient-facing sentence of the red-flag feature, in one place. Each urgency level has exactly one fixed
/// message; it tells the person what to do and never names a diagnosis. The <c>Reason*</c> texts explain a rule in
/// plain words for the assessment's <see cref="RedFlagAssessment.Reason"/>.
/// </summary>
public static class RedFlagMessages
{
    /// <summary>The message for <see cref="UrgencyLevel.Emergency"/>.</summary>
    public const string Emergency =
        "This could be a medical emergency. Call your local emergency number (911 in the US) or go to the nearest "
        + "emergency department now. Do not wait for an answer from Cairn. If you can, tell them you have cancer and "
        + "which treatment you are having.";

    /// <summary>The message for <see cref="UrgencyLevel.Urgent"/>.</summary>
    public const string Urgent =
        "Please call your oncology team now, day or night, using their after-hours number if it is late. If you "
        + "cannot reach them, go to the nearest emergency department. Do not wait to see if it gets better.";

    /// <summary>The message for <see cref="UrgencyLevel.CallTeam"/>.</summary>
    public const string CallTeam =
        "Please call your care team today to report this symptom. If it gets worse or you feel very unwell, call "
        + "them straight away or go to the emergency department.";

    /// <summary>
    /// Routine advice (level <see cref="UrgencyLevel.None"/>) when a temperature below 38.0 °C was given and nothing
    /// else was found (§9 test table: "on chemo, 37.9 °C, feels well").
    /// </summary>
    public const string RoutineTemperatureAdvice =
        "Your temperature is below 38.0 °C (100.4 °F), the level at which to call your team during cancer treatment. "
        + "Please check it again in about an hour. Call your care team straight away if it reaches 38.0 °C (100.4 °F) "
        + "or higher, or if you get chills or start to feel unwell.";

    /// <summary>Reason when no red flag was found.</summary>
    public const string ReasonNoneFound =
        "No warning sign that needs urgent care was found in what was described.";

    /// <summary>Reason for <see cref="RedFlagRule.FeverDuringChemotherapy"/>.</summary>
    public const string ReasonFeverDuringChemotherapy =
        "A temperature of 38.0 °C (100.4 °F) or higher during or after chemotherapy can be a sign of a serious "
        + "infection, because chemotherapy can lower the body's defences.";

    /// <summary>Reason for <see cref="RedFlagRule.FeverWithoutChemotherapy"/>.</summary>
    public const string ReasonFeverWithoutChemotherapy =
        "A temperature of 38.0 °C (100.4 °F) or higher is a fever, and a person with cancer should tell their care "
        + "team about a fever the same day.";

    /// <summary>Reason for <see cref="RedFlagRule.ShakingChills"/>.</summary>
    public const string ReasonShakingChills =
        "Shaking chills can be a sign of a serious infection, which needs to be checked quickly during cancer care.";

    /// <summary>Reason for <see cref="RedFlagRule.ChestPainOrShortnessOfBreath"/>.</summary>
    public const string ReasonChestPainOrShortnessOfBreath =
        "Chest pain or shortness of breath needs to be checked by a doctor straight away.";

    /// <summary>Reason for <see cref="RedFlagRule.Confusion"/>.</summary>
    public const string ReasonConfusion =
        "New confusion needs to be checked by a doctor straight away.";

    /// <summary>Reason for <see cref="RedFlagRule.PossiblePulmonaryEmbolism"/>.</summary>
    public const string ReasonPossiblePulmonaryEmbolism =
        "Sudden shortness of breath, fast breathing, coughing up blood, sharp chest pain when breathing in, a racing "
        + "heart or fainting can be signs of a blood clot in the lungs, which needs emergency care.";

    /// <summary>Reason for <see cref="RedFlagRule.SevereShortnessOfBreath"/>.</summary>
    public const string ReasonSevereShortnessOfBreath =
        "Not being able to breathe, gasping for air or lips turning blue needs emergency care straight away.";

    /// <summary>Reason for <see cref="RedFlagRule.PossibleDeepVeinThrombosis"/>.</summary>
    public const string ReasonPossibleDeepVeinThrombosis =
        "Swelling, pain, warmth or redness in one leg can be a sign of a blood clot in the leg, which needs to be "
        + "checked the same day.";

    /// <summary>Reason for <see cref="RedFlagRule.PossibleSpinalCordCompression"/>.</summary>
    public const string ReasonPossibleSpinalCordCompression =
        "In a person with cancer, new nerve pain, weakness, numbness, trouble walking or bladder or bowel problems can "
        + "be signs of pressure on the spinal cord, which needs emergency care to protect movement and feeling.";

    /// <summary>Reason for <see cref="RedFlagRule.PossibleSpinalMetastases"/>.</summary>
    public const string ReasonPossibleSpinalMetastases =
        "In a person with cancer, back or neck pain like this can be a sign that the cancer is affecting the spine, "
        + "and it needs a doctor's review within 24 hours.";

    /// <summary>Reason for <see cref="RedFlagRule.SpinalPainWithoutRedFlagFeature"/>.</summary>
    public const string ReasonSpinalPainWithoutRedFlagFeature =
        "New back or neck pain in a person with cancer is worth reporting to the care team, so they can decide "
        + "whether it needs a check.";

    /// <summary>Reason for <see cref="RedFlagRule.NeurologicalSignsWithoutKnownCancer"/>.</summary>
    public const string ReasonNeurologicalSignsWithoutKnownCancer =
        "New weakness, numbness, trouble walking or bladder or bowel problems should be reported to a doctor today.";

    /// <summary>Reason for <see cref="RedFlagRule.Bleeding"/>.</summary>
    public const string ReasonBleeding =
        "Bleeding that is unusual or will not stop, or unusual bruising, needs to be checked quickly during cancer care.";

    /// <summary>Reason for <see cref="RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan"/>.</summary>
    public const string ReasonLungInflammationWarning =
        "On Enhertu (T-DXd), a new or worse cough, breathlessness or fever can be an early sign of lung inflammation, "
        + "a known serious side effect, so the team needs to know now.";

    /// <summary>Reason for <see cref="RedFlagRule.HeartWarningOnTrastuzumabClassDrug"/>.</summary>
    public const string ReasonHeartWarning =
        "Trastuzumab-type drugs can sometimes weaken the heart, so new breathlessness, leg swelling or palpitations "
        + "should be reported to the care team.";

    /// <summary>Reason for <see cref="RedFlagRule.PossibleHeartAttackStrokeOrSeizure"/>.</summary>
    public const string ReasonPossibleHeartAttackStrokeOrSeizure =
        "Crushing chest pain, chest pain that spreads to the arm or jaw, a drooping face, slurred speech, not being able "
        + "to move one side of the body, or a seizure (fit) can be signs of a heart attack, a stroke or another emergency, "
        + "which needs emergency care straight away.";

    /// <summary>Reason when only a temperature below 38.0 °C was found.</summary>
    public const string ReasonTemperatureBelowThreshold =
        "The temperature given is below 38.0 °C (100.4 °F), the level at which to call during cancer treatment.";

    /// <summary>The fixed message for a level; empty for <see cref="UrgencyLevel.None"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not a defined <see cref="UrgencyLevel"/>.</exception>
    public static string For(UrgencyLevel level) => level switch
    {
        UrgencyLevel.Emergency => Emergency,
        UrgencyLevel.Urgent => Urgent,
        UrgencyLevel.CallTeam => CallTeam,
        UrgencyLevel.None => string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a defined urgency level."),
    };

    /// <summary>The reason text for a rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rule is not a defined <see cref="RedFlagRule"/>.</exception>
    public static string ReasonFor(RedFlagRule rule) => rule switch
    {
        RedFlagRule.FeverDuringChemotherapy => ReasonFeverDuringChemotherapy,
        RedFlagRule.FeverWithoutChemotherapy => ReasonFeverWithoutChemotherapy,
        RedFlagRule.ShakingChills => ReasonShakingChills,
        RedFlagRule.ChestPainOrShortnessOfBreath => ReasonChestPainOrShortnessOfBreath,
        RedFlagRule.Confusion => ReasonConfusion,
        RedFlagRule.PossiblePulmonaryEmbolism => ReasonPossiblePulmonaryEmbolism,
        RedFlagRule.SevereShortnessOfBreath => ReasonSevereShortnessOfBreath,
        RedFlagRule.PossibleDeepVeinThrombosis => ReasonPossibleDeepVeinThrombosis,
        RedFlagRule.PossibleSpinalCordCompression => ReasonPossibleSpinalCordCompression,
        RedFlagRule.PossibleSpinalMetastases => ReasonPossibleSpinalMetastases,
        RedFlagRule.SpinalPainWithoutRedFlagFeature => ReasonSpinalPainWithoutRedFlagFeature,
        RedFlagRule.NeurologicalSignsWithoutKnownCancer => ReasonNeurologicalSignsWithoutKnownCancer,
        RedFlagRule.Bleeding => ReasonBleeding,
        RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan => ReasonLungInflammationWarning,
        RedFlagRule.HeartWarningOnTrastuzumabClassDrug => ReasonHeartWarning,
        RedFlagRule.PossibleHeartAttackStrokeOrSeizure => ReasonPossibleHeartAttackStrokeOrSeizure,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined red-flag rule."),
    };
}
