namespace Cairn.Clinical.RedFlags;

/// <summary>
/// A symptom a person reports, as the red-flag rules of ONCOLOGY_RULES.md §9 name it. A measured temperature is
/// not a member: it travels as <see cref="BodyTemperature"/> on <see cref="SymptomReport.Temperature"/>, and the
/// features of spinal pain travel as <see cref="SpinalPainFeatures"/>.
/// </summary>
public enum Symptom
{
    /// <summary>
    /// The person says they have a fever but gives no current reading. A reading, when present, wins; free text only
    /// drops the word for a reading that is the complaint's own current temperature.
    /// </summary>
    FeverWithoutReading,

    /// <summary>Shaking chills (rigors); plain "chills" and "shivering" are read as this, to be safe.</summary>
    ShakingChills,

    /// <summary>Chest pain, tightness or pressure.</summary>
    ChestPain,

    /// <summary>Shortness of breath that is not described as sudden.</summary>
    ShortnessOfBreath,

    /// <summary>Confusion or disorientation (a change in how the person thinks, not puzzlement about a topic).</summary>
    Confusion,

    /// <summary>Shortness of breath that came on suddenly.</summary>
    SuddenShortnessOfBreath,

    /// <summary>
    /// Severe shortness of breath: cannot breathe, gasping for air, lips turning blue. Not in §9 as such; treated as
    /// an emergency (see <see cref="RedFlagRule.SevereShortnessOfBreath"/>).
    /// </summary>
    SevereShortnessOfBreath,

    /// <summary>Fast breathing.</summary>
    FastBreathing,

    /// <summary>Coughing up blood (haemoptysis).</summary>
    CoughingUpBlood,

    /// <summary>Sharp chest pain that is worse on breathing in (pleuritic pain).</summary>
    PleuriticChestPain,

    /// <summary>A racing (fast) heart.</summary>
    RacingHeart,

    /// <summary>Fainting, passing out or nearly passing out.</summary>
    Fainting,

    /// <summary>Swelling of one leg (calf, thigh, ankle or foot).</summary>
    OneSidedLegSwelling,

    /// <summary>Pain in one leg (calf or thigh).</summary>
    OneSidedLegPain,

    /// <summary>Warmth of one leg.</summary>
    OneSidedLegWarmth,

    /// <summary>Redness of one leg.</summary>
    OneSidedLegRedness,

    /// <summary>Radicular (nerve) pain: shooting down a limb or around the body in a band.</summary>
    RadicularPain,

    /// <summary>Weakness of an arm or leg.</summary>
    LimbWeakness,

    /// <summary>Difficulty walking (including unsteadiness and legs giving way).</summary>
    DifficultyWalking,

    /// <summary>Numbness, tingling, pins and needles or loss of feeling.</summary>
    NumbnessOrSensoryLoss,

    /// <summary>Loss of bladder or bowel control, or being unable to pass urine.</summary>
    BladderOrBowelDysfunction,

    /// <summary>Back or neck (spinal) pain; its features are in <see cref="SymptomReport.SpinalPainFeatures"/>.</summary>
    SpinalPain,

    /// <summary>A nosebleed; read as persistent unless the person says it stopped.</summary>
    PersistentNosebleed,

    /// <summary>Black (tarry) or bloody stools.</summary>
    BlackOrBloodyStools,

    /// <summary>Blood in the urine.</summary>
    BloodInUrine,

    /// <summary>Unusual or unexplained bruising (or tiny red spots under the skin).</summary>
    UnusualBruising,

    /// <summary>Vomiting blood. Not in the §9 bleeding list; added under the same row (see README).</summary>
    VomitingBlood,

    /// <summary>
    /// Other unusual bleeding: bleeding gums, or bleeding that will not stop or is heavy. Not in the §9 bleeding list;
    /// added under the same row (see README).
    /// </summary>
    OtherUnusualBleeding,

    /// <summary>A new or worsening cough.</summary>
    NewOrWorseCough,

    /// <summary>Palpitations: a fluttering, skipping or irregular heartbeat.</summary>
    Palpitations,

    /// <summary>Swelling of the legs, ankles or feet not known to be one-sided.</summary>
    LegSwelling,

    /// <summary>
    /// Signs of a possible heart attack: the person says they are having one, crushing chest pain, or chest pain that
    /// spreads to the arm, jaw, neck or shoulder. Not in §9; an emergency (see <see cref="RedFlagRule.PossibleHeartAttackStrokeOrSeizure"/>).
    /// </summary>
    HeartAttackSigns,

    /// <summary>
    /// Signs of a possible stroke: a drooping face, slurred speech, not being able to move one side, or the person says
    /// they are having a stroke. Not in §9; an emergency.
    /// </summary>
    StrokeSigns,

    /// <summary>A seizure (fit, convulsion). Not in §9; an emergency.</summary>
    Seizure,
}
