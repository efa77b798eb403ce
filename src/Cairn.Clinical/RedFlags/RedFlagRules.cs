using Cairn.Core.Answers;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// The red-flag rules of ONCOLOGY_RULES.md §9 over typed input. Pure, thread-safe and deterministic.
/// Every rule that applies adds a trigger; the highest level wins, all triggers are listed, and the reason explains
/// every rule at the highest level.
/// </summary>
public static class RedFlagRules
{
    private static readonly string[] s_cancerNet = ["S49"];
    private static readonly string[] s_oncoLinkClots = ["S50"];
    private static readonly string[] s_cancerNetAndOncoLink = ["S49", "S50"];
    private static readonly string[] s_niceCordCompression = ["S51", "S52"];
    private static readonly string[] s_niceSpinalMetastases = ["S51"];
    private static readonly string[] s_enhertuLabel = ["S6", "S7"];
    private static readonly string[] s_trastuzumabLabel = ["S35", "S39"];

    /// <summary>The sources of §9 as a whole; cited when nothing was found (the lists that were checked).</summary>
    private static readonly string[] s_allRedFlagSources = ["S49", "S50", "S51", "S52", "S6", "S7", "S35", "S39"];

    private static readonly Symptom[] s_heartAttackStrokeOrSeizureSigns =
    [
        Symptom.HeartAttackSigns, Symptom.StrokeSigns, Symptom.Seizure,
    ];

    private static readonly Symptom[] s_pulmonaryEmbolismSigns =
    [
        Symptom.SuddenShortnessOfBreath, Symptom.FastBreathing, Symptom.CoughingUpBlood,
        Symptom.PleuriticChestPain, Symptom.RacingHeart, Symptom.Fainting,
    ];

    private static readonly Symptom[] s_oneSidedLegSigns =
    [
        Symptom.OneSidedLegSwelling, Symptom.OneSidedLegPain, Symptom.OneSidedLegWarmth, Symptom.OneSidedLegRedness,
    ];

    private static readonly Symptom[] s_neurologicalSigns =
    [
        Symptom.RadicularPain, Symptom.LimbWeakness, Symptom.DifficultyWalking,
        Symptom.NumbnessOrSensoryLoss, Symptom.BladderOrBowelDysfunction,
    ];

    private static readonly Symptom[] s_bleedingSigns =
    [
        Symptom.PersistentNosebleed, Symptom.BlackOrBloodyStools, Symptom.BloodInUrine, Symptom.UnusualBruising,
        Symptom.VomitingBlood, Symptom.OtherUnusualBleeding,
    ];

    /// <summary>Checks a report against every red-flag rule.</summary>
    /// <returns>The assessment; <see cref="UrgencyLevel.None"/> with no triggers when nothing applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static RedFlagAssessment Assess(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var context = report.Context.WithImplied();
        var triggers = new List<RedFlagTrigger>();
        void Add(RedFlagRule rule, UrgencyLevel level, string description, string[] sources) =>
            triggers.Add(new RedFlagTrigger(rule, level, description, sources));

        // Project decision beyond §9 (README, clinical review item 2): Cancer.Net (S49) tells people to call 911 for
        // emergencies. A possible heart attack, stroke or seizure cannot wait for the oncology team. Checked first
        // because it is the most time-critical finding, so it leads the list of emergencies.
        AddEach(triggers, report, s_heartAttackStrokeOrSeizureSigns, RedFlagRule.PossibleHeartAttackStrokeOrSeizure, UrgencyLevel.Emergency, s_cancerNet);

        // A reading wins over the word "fever": 37.9 °C is not a fever even when the person calls it one (§9 table).
        var temperature = report.Temperature;
        var hasFever = temperature is not null ? temperature.IsFever : report.Has(Symptom.FeverWithoutReading);
        var feverText = temperature is not null ? $"temperature {temperature}" : "fever (no current temperature reading given)";
        var onEnhertu = context.HasFlag(PatientContext.OnTrastuzumabDeruxtecan);

        // Cancer.Net (S49): temperature >= 38.0 °C (100.4 °F) during or after chemotherapy -> call the oncology team now.
        // An unmeasured "fever" on chemotherapy is treated the same (safety first; the person is asked to call, not to wait).
        if (hasFever && context.HasChemotherapy())
        {
            var when = context.HasFlag(PatientContext.OnChemotherapy) ? "while on chemotherapy" : "after recent chemotherapy";
            Add(RedFlagRule.FeverDuringChemotherapy, UrgencyLevel.Urgent, $"{feverText} {when}", s_cancerNet);
        }
        else if (hasFever && !onEnhertu)
        {
            // Not in §9: a fever without chemotherapy in a person with cancer -> call the team today (S49 lists fever).
            Add(RedFlagRule.FeverWithoutChemotherapy, UrgencyLevel.CallTeam, feverText, s_cancerNet);
        }

        // Cancer.Net (S49): shaking chills -> same action. Read as applying with or without chemotherapy.
        AddEach(triggers, report, [Symptom.ShakingChills], RedFlagRule.ShakingChills, UrgencyLevel.Urgent, s_cancerNet);

        // Cancer.Net (S49): chest pain or shortness of breath; confusion -> call now. The sudden and pleuritic forms
        // are emergencies under the next rule, and heart attack signs under the first rule; they are not listed twice.
        if (report.Has(Symptom.ChestPain) && !report.Has(Symptom.PleuriticChestPain) && !report.Has(Symptom.HeartAttackSigns))
        {
            Add(RedFlagRule.ChestPainOrShortnessOfBreath, UrgencyLevel.Urgent, Describe(Symptom.ChestPain), s_cancerNet);
        }

        if (report.Has(Symptom.ShortnessOfBreath) && !report.Has(Symptom.SuddenShortnessOfBreath) && !report.Has(Symptom.SevereShortnessOfBreath))
        {
            Add(RedFlagRule.ChestPainOrShortnessOfBreath, UrgencyLevel.Urgent, Describe(Symptom.ShortnessOfBreath), s_cancerNet);
        }

        AddEach(triggers, report, [Symptom.Confusion], RedFlagRule.Confusion, UrgencyLevel.Urgent, s_cancerNet);

        // OncoLink (S50): sudden shortness of breath, fast breathing, coughing up blood, sharp chest pain worse on
        // breathing in, racing heart, fainting -> emergency (possible pulmonary embolism).
        AddEach(triggers, report, s_pulmonaryEmbolismSigns, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, s_oncoLinkClots);

        // Gap-filler (S49 lists shortness of breath, S50 makes its sudden form an emergency): a person who cannot
        // breathe, is gasping for air or turning blue needs emergency care, sudden or not.
        AddEach(triggers, report, [Symptom.SevereShortnessOfBreath], RedFlagRule.SevereShortnessOfBreath, UrgencyLevel.Emergency, s_cancerNetAndOncoLink);

        // OncoLink (S50): one-sided leg swelling, pain, warmth or redness -> same day (possible DVT).
        AddEach(triggers, report, s_oneSidedLegSigns, RedFlagRule.PossibleDeepVeinThrombosis, UrgencyLevel.Urgent, s_oncoLinkClots);

        // NICE CG75 / NG234 (S51, S52): known cancer + radicular pain, limb weakness, difficulty walking, sensory loss,
        // bladder or bowel dysfunction -> emergency (possible MSCC). Without a known cancer the rule does not apply;
        // the signs are still reported to the team (gap-filler, typed input only: free text always assumes cancer).
        var knownCancer = context.HasFlag(PatientContext.KnownCancer);
        foreach (var sign in s_neurologicalSigns.Where(report.Has))
        {
            if (knownCancer)
            {
                Add(RedFlagRule.PossibleSpinalCordCompression, UrgencyLevel.Emergency, $"{Describe(sign)}, with a known cancer", s_niceCordCompression);
            }
            else
            {
                Add(RedFlagRule.NeurologicalSignsWithoutKnownCancer, UrgencyLevel.CallTeam, Describe(sign), s_niceCordCompression);
            }
        }

        // NICE CG75 (S51): known cancer + spinal pain that is thoracic or cervical, progressive or severe lumbar,
        // worse on straining, locally tender, or nocturnal -> urgent review within 24 h. Plain spinal pain in a
        // person with cancer is a gap in §9: call the team today.
        if (knownCancer && report.HasSpinalPain)
        {
            if (report.SpinalPainFeatures != SpinalPainFeatures.None)
            {
                Add(RedFlagRule.PossibleSpinalMetastases, UrgencyLevel.Urgent,
                    $"back or neck pain ({DescribeFeatures(report.SpinalPainFeatures)}), with a known cancer", s_niceSpinalMetastases);
            }
            else
            {
                Add(RedFlagRule.SpinalPainWithoutRedFlagFeature, UrgencyLevel.CallTeam, "back or neck pain, with a known cancer", s_niceSpinalMetastases);
            }
        }

        // Bleeding list (§9 row 7, consistent with Cancer.Net S49) -> call now.
        AddEach(triggers, report, s_bleedingSigns, RedFlagRule.Bleeding, UrgencyLevel.Urgent, s_cancerNet);

        // Enhertu label (S6, S7), ILD boxed warning: on T-DXd, new or worse cough, breathlessness or fever -> call now.
        if (onEnhertu)
        {
            const string OnEnhertu = "while on Enhertu (T-DXd)";
            if (report.Has(Symptom.NewOrWorseCough))
            {
                Add(RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent, $"new or worse cough {OnEnhertu}", s_enhertuLabel);
            }

            if (HasBreathlessness(report))
            {
                Add(RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent, $"breathlessness {OnEnhertu}", s_enhertuLabel);
            }

            if (hasFever)
            {
                Add(RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent, $"{feverText} {OnEnhertu}", s_enhertuLabel);
            }
        }

        // Trastuzumab labels (S35, S39), cardiomyopathy boxed warning: new breathlessness, leg swelling or
        // palpitations -> call the team.
        if (context.HasFlag(PatientContext.OnTrastuzumabClassDrug))
        {
            const string OnTrastuzumab = "while on a trastuzumab-type drug";
            if (HasBreathlessness(report))
            {
                Add(RedFlagRule.HeartWarningOnTrastuzumabClassDrug, UrgencyLevel.CallTeam, $"new breathlessness {OnTrastuzumab}", s_trastuzumabLabel);
            }

            if (report.Has(Symptom.LegSwelling) || report.Has(Symptom.OneSidedLegSwelling))
            {
                Add(RedFlagRule.HeartWarningOnTrastuzumabClassDrug, UrgencyLevel.CallTeam, $"leg swelling {OnTrastuzumab}", s_trastuzumabLabel);
            }

            if (report.Has(Symptom.Palpitations))
            {
                Add(RedFlagRule.HeartWarningOnTrastuzumabClassDrug, UrgencyLevel.CallTeam, $"palpitations {OnTrastuzumab}", s_trastuzumabLabel);
            }
        }

        return Summarise(triggers, temperature);
    }

    /// <summary>The plain-language name of a symptom, as used in trigger descriptions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The symptom is not defined.</exception>
    public static string Describe(Symptom symptom) => symptom switch
    {
        Symptom.FeverWithoutReading => "fever (no current temperature reading given)",
        Symptom.ShakingChills => "shaking chills",
        Symptom.ChestPain => "chest pain",
        Symptom.ShortnessOfBreath => "shortness of breath",
        Symptom.Confusion => "confusion",
        Symptom.SuddenShortnessOfBreath => "sudden shortness of breath",
        Symptom.SevereShortnessOfBreath => "severe shortness of breath (cannot breathe or gasping for air)",
        Symptom.FastBreathing => "fast breathing",
        Symptom.CoughingUpBlood => "coughing up blood",
        Symptom.PleuriticChestPain => "sharp chest pain that is worse when breathing in",
        Symptom.RacingHeart => "racing heart",
        Symptom.Fainting => "fainting or passing out",
        Symptom.OneSidedLegSwelling => "swelling in one leg",
        Symptom.OneSidedLegPain => "pain in one leg",
        Symptom.OneSidedLegWarmth => "warmth in one leg",
        Symptom.OneSidedLegRedness => "redness in one leg",
        Symptom.RadicularPain => "nerve pain shooting down a limb or around the body",
        Symptom.LimbWeakness => "weakness in an arm or leg",
        Symptom.DifficultyWalking => "difficulty walking",
        Symptom.NumbnessOrSensoryLoss => "numbness, tingling or loss of feeling",
        Symptom.BladderOrBowelDysfunction => "problems controlling the bladder or bowels",
        Symptom.SpinalPain => "back or neck pain",
        Symptom.PersistentNosebleed => "nosebleed",
        Symptom.BlackOrBloodyStools => "black or bloody stools",
        Symptom.BloodInUrine => "blood in the urine",
        Symptom.UnusualBruising => "unusual bruising",
        Symptom.VomitingBlood => "vomiting blood",
        Symptom.OtherUnusualBleeding => "bleeding from the gums, or bleeding that will not stop",
        Symptom.NewOrWorseCough => "new or worse cough",
        Symptom.Palpitations => "palpitations",
        Symptom.LegSwelling => "leg or ankle swelling",
        Symptom.HeartAttackSigns => "signs of a possible heart attack (such as crushing chest pain, or chest pain spreading to the arm or jaw)",
        Symptom.StrokeSigns => "signs of a possible stroke (such as a drooping face, slurred speech, or not being able to move one side)",
        Symptom.Seizure => "a seizure (fit)",
        _ => throw new ArgumentOutOfRangeException(nameof(symptom), symptom, "Not a defined symptom."),
    };

    private static bool HasBreathlessness(SymptomReport report) =>
        report.Has(Symptom.ShortnessOfBreath) || report.Has(Symptom.SuddenShortnessOfBreath) || report.Has(Symptom.SevereShortnessOfBreath);

    private static void AddEach(
        List<RedFlagTrigger> triggers, SymptomReport report, Symptom[] symptoms, RedFlagRule rule, UrgencyLevel level, string[] sources)
    {
        foreach (var symptom in symptoms.Where(report.Has))
        {
            triggers.Add(new RedFlagTrigger(rule, level, Describe(symptom), sources));
        }
    }

    private static string DescribeFeatures(SpinalPainFeatures features)
    {
        var parts = new List<string>();
        if (features.HasFlag(SpinalPainFeatures.ThoracicOrCervical))
        {
            parts.Add("in the upper or middle back or the neck");
        }

        if (features.HasFlag(SpinalPainFeatures.ProgressiveOrSevereLumbar))
        {
            parts.Add("severe or getting worse");
        }

        if (features.HasFlag(SpinalPainFeatures.WorseOnStraining))
        {
            parts.Add("worse on straining, coughing or sneezing");
        }

        if (features.HasFlag(SpinalPainFeatures.LocalTenderness))
        {
            parts.Add("tender to touch");
        }

        if (features.HasFlag(SpinalPainFeatures.WakesAtNight))
        {
            parts.Add("at night or waking from sleep");
        }

        return string.Join("; ", parts);
    }

    private static RedFlagAssessment Summarise(List<RedFlagTrigger> triggers, BodyTemperature? temperature)
    {
        if (triggers.Count == 0)
        {
            // §9 table: "on chemo, 37.9 °C, feels well" -> no fever trigger; routine advice to re-check and call.
            return temperature is not null
                ? new RedFlagAssessment(UrgencyLevel.None, RedFlagMessages.RoutineTemperatureAdvice, [], RedFlagMessages.ReasonTemperatureBelowThreshold, s_cancerNet)
                : new RedFlagAssessment(UrgencyLevel.None, string.Empty, [], RedFlagMessages.ReasonNoneFound, s_allRedFlagSources);
        }

        // Stable sort: most urgent first, then the order the rules were checked (the §9 table order).
        var ordered = triggers.OrderByDescending(trigger => trigger.Level).ToArray();
        var level = ordered[0].Level;
        var sources = ordered.SelectMany(trigger => trigger.SourceIds).Distinct(StringComparer.Ordinal).ToArray();

        // The reason explains every rule that fired at the highest level, once each and in trigger order, so a heart
        // attack with a numb arm is not explained only as spinal cord pressure (clinical review item 3).
        var reason = string.Join(' ', ordered
            .TakeWhile(trigger => trigger.Level == level)
            .Select(trigger => trigger.Rule)
            .Distinct()
            .Select(RedFlagMessages.ReasonFor));
        return new RedFlagAssessment(level, RedFlagMessages.For(level), ordered, reason, sources);
    }
}
