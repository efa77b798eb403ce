using Cairn.Clinical.RedFlags;
using Cairn.Clinical.Sources;
using Cairn.Core.Answers;
using Cairn.Core.Safety;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class RedFlagRulesTests
{
    private const PatientContext Chemo = PatientContext.OnChemotherapy;
    private const PatientContext AfterChemo = PatientContext.RecentChemotherapy;
    private const PatientContext Cancer = PatientContext.KnownCancer;
    private const PatientContext Metastatic = PatientContext.KnownMetastaticDisease;
    private const PatientContext BoneMets = PatientContext.KnownBoneOrSpinalMetastases;
    private const PatientContext Enhertu = PatientContext.OnTrastuzumabDeruxtecan;
    private const PatientContext Herceptin = PatientContext.OnTrastuzumabClassDrug;
    private const PatientContext Nothing = PatientContext.None;
    private const SpinalPainFeatures NoFeature = SpinalPainFeatures.None;

    // ONCOLOGY_RULES.md §9, first table: one row per trigger of each row. The overall level and the rule (with the
    // level that rule alone calls for) are both asserted, so a row that is shadowed by a higher rule still shows.
    [Theory]
    [InlineData("R1 temp >= 38.0 °C during chemotherapy", Chemo, "38.0", NoFeature, UrgencyLevel.Urgent, RedFlagRule.FeverDuringChemotherapy, UrgencyLevel.Urgent)]
    [InlineData("R1 temp >= 38.0 °C after chemotherapy", AfterChemo, "38.0", NoFeature, UrgencyLevel.Urgent, RedFlagRule.FeverDuringChemotherapy, UrgencyLevel.Urgent)]
    [InlineData("R1 100.4 °F during chemotherapy", Chemo, "100.4 F", NoFeature, UrgencyLevel.Urgent, RedFlagRule.FeverDuringChemotherapy, UrgencyLevel.Urgent)]
    [InlineData("R1 shaking chills", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.ShakingChills, UrgencyLevel.Urgent, Symptom.ShakingChills)]
    [InlineData("R2 chest pain", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.ChestPainOrShortnessOfBreath, UrgencyLevel.Urgent, Symptom.ChestPain)]
    [InlineData("R2 shortness of breath", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.ChestPainOrShortnessOfBreath, UrgencyLevel.Urgent, Symptom.ShortnessOfBreath)]
    [InlineData("R2 confusion", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.Confusion, UrgencyLevel.Urgent, Symptom.Confusion)]
    [InlineData("R3 sudden shortness of breath", Nothing, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, Symptom.SuddenShortnessOfBreath)]
    [InlineData("R3 fast breathing", Nothing, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, Symptom.FastBreathing)]
    [InlineData("R3 coughing up blood", Nothing, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, Symptom.CoughingUpBlood)]
    [InlineData("R3 sharp chest pain worse on breathing in", Nothing, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, Symptom.PleuriticChestPain)]
    [InlineData("R3 racing heart", Nothing, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, Symptom.RacingHeart)]
    [InlineData("R3 fainting", Nothing, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossiblePulmonaryEmbolism, UrgencyLevel.Emergency, Symptom.Fainting)]
    [InlineData("R4 one-sided leg swelling", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.PossibleDeepVeinThrombosis, UrgencyLevel.Urgent, Symptom.OneSidedLegSwelling)]
    [InlineData("R4 one-sided leg pain", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.PossibleDeepVeinThrombosis, UrgencyLevel.Urgent, Symptom.OneSidedLegPain)]
    [InlineData("R4 one-sided leg warmth", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.PossibleDeepVeinThrombosis, UrgencyLevel.Urgent, Symptom.OneSidedLegWarmth)]
    [InlineData("R4 one-sided leg redness", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.PossibleDeepVeinThrombosis, UrgencyLevel.Urgent, Symptom.OneSidedLegRedness)]
    [InlineData("R5 known cancer + radicular pain", Cancer, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossibleSpinalCordCompression, UrgencyLevel.Emergency, Symptom.RadicularPain)]
    [InlineData("R5 known cancer + limb weakness", Cancer, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossibleSpinalCordCompression, UrgencyLevel.Emergency, Symptom.LimbWeakness)]
    [InlineData("R5 known cancer + difficulty walking", Cancer, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossibleSpinalCordCompression, UrgencyLevel.Emergency, Symptom.DifficultyWalking)]
    [InlineData("R5 known cancer + numbness or sensory loss", Cancer, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossibleSpinalCordCompression, UrgencyLevel.Emergency, Symptom.NumbnessOrSensoryLoss)]
    [InlineData("R5 known cancer + bladder or bowel dysfunction", Cancer, null, NoFeature, UrgencyLevel.Emergency, RedFlagRule.PossibleSpinalCordCompression, UrgencyLevel.Emergency, Symptom.BladderOrBowelDysfunction)]
    [InlineData("R6 known cancer + thoracic or cervical spinal pain", Cancer, null, SpinalPainFeatures.ThoracicOrCervical, UrgencyLevel.Urgent, RedFlagRule.PossibleSpinalMetastases, UrgencyLevel.Urgent, Symptom.SpinalPain)]
    [InlineData("R6 known cancer + progressive or severe lumbar pain", Cancer, null, SpinalPainFeatures.ProgressiveOrSevereLumbar, UrgencyLevel.Urgent, RedFlagRule.PossibleSpinalMetastases, UrgencyLevel.Urgent, Symptom.SpinalPain)]
    [InlineData("R6 known cancer + spinal pain worse on straining", Cancer, null, SpinalPainFeatures.WorseOnStraining, UrgencyLevel.Urgent, RedFlagRule.PossibleSpinalMetastases, UrgencyLevel.Urgent, Symptom.SpinalPain)]
    [InlineData("R6 known cancer + local spinal tenderness", Cancer, null, SpinalPainFeatures.LocalTenderness, UrgencyLevel.Urgent, RedFlagRule.PossibleSpinalMetastases, UrgencyLevel.Urgent, Symptom.SpinalPain)]
    [InlineData("R6 known cancer + spinal pain waking at night", Cancer, null, SpinalPainFeatures.WakesAtNight, UrgencyLevel.Urgent, RedFlagRule.PossibleSpinalMetastases, UrgencyLevel.Urgent, Symptom.SpinalPain)]
    [InlineData("R7 persistent nosebleed", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.Bleeding, UrgencyLevel.Urgent, Symptom.PersistentNosebleed)]
    [InlineData("R7 black or bloody stools", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.Bleeding, UrgencyLevel.Urgent, Symptom.BlackOrBloodyStools)]
    [InlineData("R7 blood in urine", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.Bleeding, UrgencyLevel.Urgent, Symptom.BloodInUrine)]
    [InlineData("R7 unusual bruising", Nothing, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.Bleeding, UrgencyLevel.Urgent, Symptom.UnusualBruising)]
    [InlineData("R8 T-DXd + new or worse cough", Enhertu, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent, Symptom.NewOrWorseCough)]
    [InlineData("R8 T-DXd + breathlessness", Enhertu, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent, Symptom.ShortnessOfBreath)]
    [InlineData("R8 T-DXd + fever (reading)", Enhertu, "38.1", NoFeature, UrgencyLevel.Urgent, RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent)]
    [InlineData("R8 T-DXd + fever (no reading)", Enhertu, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, UrgencyLevel.Urgent, Symptom.FeverWithoutReading)]
    [InlineData("R9 trastuzumab-class + new breathlessness", Herceptin, null, NoFeature, UrgencyLevel.Urgent, RedFlagRule.HeartWarningOnTrastuzumabClassDrug, UrgencyLevel.CallTeam, Symptom.ShortnessOfBreath)]
    [InlineData("R9 trastuzumab-class + leg swelling", Herceptin, null, NoFeature, UrgencyLevel.CallTeam, RedFlagRule.HeartWarningOnTrastuzumabClassDrug, UrgencyLevel.CallTeam, Symptom.LegSwelling)]
    [InlineData("R9 trastuzumab-class + palpitations", Herceptin, null, NoFeature, UrgencyLevel.CallTeam, RedFlagRule.HeartWarningOnTrastuzumabClassDrug, UrgencyLevel.CallTeam, Symptom.Palpitations)]
    public void GivenASection9TriggerRow_WhenAssessing_ThenLevelAndRuleMatchTheSpec(
        string caseId, PatientContext context, string? temperature, SpinalPainFeatures features,
        UrgencyLevel expectedLevel, RedFlagRule expectedRule, UrgencyLevel expectedRuleLevel, params Symptom[] symptoms)
    {
        var report = Report(context, temperature, features, symptoms);

        var result = RedFlagRules.Assess(report);

        Assert.True(expectedLevel == result.Level, $"{caseId}: expected {expectedLevel}, got {result.Level}.");
        Assert.Contains(result.Triggers, trigger => trigger.Rule == expectedRule && trigger.Level == expectedRuleLevel);
        Assert.Equal(RedFlagMessages.For(expectedLevel), result.Message);
    }

    // ONCOLOGY_RULES.md §9, second table (typed form; the free-text form is in RedFlagTriageTests).
    [Theory]
    [InlineData("T1 on chemo, temp 38.0 °C", Chemo, "38.0", NoFeature, UrgencyLevel.Urgent)]
    [InlineData("T2 on chemo, 37.9 °C, feels well", Chemo, "37.9", NoFeature, UrgencyLevel.None)]
    [InlineData("T3 metastatic breast cancer, new back pain and leg weakness", Metastatic, null, NoFeature, UrgencyLevel.Emergency, Symptom.SpinalPain, Symptom.LimbWeakness)]
    [InlineData("T4 known bone metastases, night-time thoracic back pain", BoneMets, null, SpinalPainFeatures.ThoracicOrCervical | SpinalPainFeatures.WakesAtNight, UrgencyLevel.Urgent, Symptom.SpinalPain)]
    [InlineData("T5 coughing up blood", Nothing, null, NoFeature, UrgencyLevel.Emergency, Symptom.CoughingUpBlood)]
    public void GivenASection9TestRow_WhenAssessing_ThenTheExpectedLevelIsReturned(
        string caseId, PatientContext context, string? temperature, SpinalPainFeatures features, UrgencyLevel expected, params Symptom[] symptoms)
    {
        var result = RedFlagRules.Assess(Report(context, temperature, features, symptoms));

        Assert.True(expected == result.Level, $"{caseId}: expected {expected}, got {result.Level}.");
    }

    [Fact]
    public void GivenOnChemoAt37Point9_WhenAssessing_ThenNoFeverTriggerAndRoutineAdviceToRecheck()
    {
        var result = RedFlagRules.Assess(Report(Chemo, "37.9", NoFeature));

        Assert.Equal(UrgencyLevel.None, result.Level);
        Assert.Empty(result.Triggers);
        Assert.Equal(RedFlagMessages.RoutineTemperatureAdvice, result.Message);
        Assert.Contains("check it again", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["S49"], result.SourceIds);
    }

    [Theory]
    [InlineData("B1 37.99 °C", "37.99", UrgencyLevel.None)]
    [InlineData("B2 38.0 °C", "38.0", UrgencyLevel.Urgent)]
    [InlineData("B3 38.01 °C", "38.01", UrgencyLevel.Urgent)]
    [InlineData("B4 100.3 °F (37.94 °C)", "100.3 F", UrgencyLevel.None)]
    [InlineData("B5 100.4 °F (exactly 38.0 °C)", "100.4 F", UrgencyLevel.Urgent)]
    [InlineData("B6 100.39 °F (37.994 °C)", "100.39 F", UrgencyLevel.None)]
    [InlineData("B7 35.5 °C (low, routine advice)", "35.5", UrgencyLevel.None)]
    public void GivenATemperatureAtTheFeverBoundary_WhenOnChemo_ThenTheThresholdIsInclusiveAt38(string caseId, string temperature, UrgencyLevel expected)
    {
        var result = RedFlagRules.Assess(Report(Chemo, temperature, NoFeature));

        Assert.True(expected == result.Level, $"{caseId}: expected {expected}, got {result.Level}.");
    }

    [Fact]
    public void GivenFever38Point2OnChemo_WhenAssessing_ThenTheTriggerReadsInPlainLanguage()
    {
        var result = RedFlagRules.Assess(Report(Chemo, "38.2", NoFeature));

        Assert.Equal(["temperature 38.2 °C while on chemotherapy"], result.Triggers.Select(trigger => trigger.Description));
        Assert.Equal(["S49"], result.SourceIds);
    }

    [Fact]
    public void GivenFever101FahrenheitAfterChemo_WhenAssessing_ThenTheTriggerShowsBothUnits()
    {
        var result = RedFlagRules.Assess(Report(AfterChemo, "101 F", NoFeature));

        Assert.Equal(["temperature 101 °F (38.3 °C) after recent chemotherapy"], result.Triggers.Select(trigger => trigger.Description));
    }

    [Fact]
    public void GivenFeverWithoutChemotherapy_WhenAssessing_ThenCallTeamToday()
    {
        var result = RedFlagRules.Assess(Report(Cancer, "38.5", NoFeature));

        Assert.Equal(UrgencyLevel.CallTeam, result.Level);
        Assert.Equal(RedFlagRule.FeverWithoutChemotherapy, Assert.Single(result.Triggers).Rule);
    }

    [Theory]
    [InlineData("U1 fever reported on chemo, no reading", Chemo, UrgencyLevel.Urgent)]
    [InlineData("U2 fever reported without chemo, no reading", Cancer, UrgencyLevel.CallTeam)]
    public void GivenAFeverWithoutAReading_WhenAssessing_ThenItCountsAsAFever(string caseId, PatientContext context, UrgencyLevel expected)
    {
        var result = RedFlagRules.Assess(Report(context, null, NoFeature, Symptom.FeverWithoutReading));

        Assert.True(expected == result.Level, $"{caseId}: expected {expected}, got {result.Level}.");
    }

    [Fact]
    public void GivenAReadingBelow38AndTheWordFever_WhenAssessing_ThenTheReadingWins()
    {
        var result = RedFlagRules.Assess(Report(Chemo, "37.5", NoFeature, Symptom.FeverWithoutReading));

        Assert.Equal(UrgencyLevel.None, result.Level);
        Assert.Equal(RedFlagMessages.RoutineTemperatureAdvice, result.Message);
    }

    [Fact]
    public void GivenNeurologicalSignsWithoutAKnownCancer_WhenAssessing_ThenCallTeamNotEmergency()
    {
        var result = RedFlagRules.Assess(Report(Nothing, null, NoFeature, Symptom.LimbWeakness));

        Assert.Equal(UrgencyLevel.CallTeam, result.Level);
        Assert.Equal(RedFlagRule.NeurologicalSignsWithoutKnownCancer, Assert.Single(result.Triggers).Rule);
    }

    [Fact]
    public void GivenPlainSpinalPainWithAKnownCancer_WhenAssessing_ThenCallTeam()
    {
        var result = RedFlagRules.Assess(Report(Cancer, null, NoFeature, Symptom.SpinalPain));

        Assert.Equal(UrgencyLevel.CallTeam, result.Level);
        Assert.Equal(RedFlagRule.SpinalPainWithoutRedFlagFeature, Assert.Single(result.Triggers).Rule);
    }

    [Fact]
    public void GivenSpinalPainWithFeaturesButNoKnownCancer_WhenAssessing_ThenNoSpinalRuleApplies()
    {
        var result = RedFlagRules.Assess(Report(Nothing, null, SpinalPainFeatures.WakesAtNight, Symptom.SpinalPain));

        Assert.Equal(UrgencyLevel.None, result.Level);
    }

    [Fact]
    public void GivenSpinalFeaturesWithoutTheSpinalPainSymptom_WhenAssessing_ThenTheFeaturesImplySpinalPain()
    {
        var result = RedFlagRules.Assess(Report(Cancer, null, SpinalPainFeatures.ThoracicOrCervical));

        Assert.Equal(UrgencyLevel.Urgent, result.Level);
        Assert.Equal(RedFlagRule.PossibleSpinalMetastases, Assert.Single(result.Triggers).Rule);
    }

    [Theory]
    [InlineData("C1 bone metastases imply a known cancer", BoneMets)]
    [InlineData("C2 metastatic disease implies a known cancer", Metastatic)]
    [InlineData("C3 chemotherapy implies a known cancer", Chemo)]
    [InlineData("C4 a trastuzumab-class drug implies a known cancer", Herceptin)]
    public void GivenContextThatImpliesCancer_WhenLegWeaknessIsReported_ThenPossibleCordCompressionIsAnEmergency(string caseId, PatientContext context)
    {
        var result = RedFlagRules.Assess(Report(context, null, NoFeature, Symptom.LimbWeakness));

        Assert.True(result.Level == UrgencyLevel.Emergency, $"{caseId}: got {result.Level}.");
    }

    [Fact]
    public void GivenTdxd_WhenLegSwellingIsReported_ThenTheTrastuzumabHeartWarningApplies()
    {
        var result = RedFlagRules.Assess(Report(Enhertu, null, NoFeature, Symptom.LegSwelling));

        Assert.Equal(UrgencyLevel.CallTeam, result.Level);
        Assert.Equal(RedFlagRule.HeartWarningOnTrastuzumabClassDrug, Assert.Single(result.Triggers).Rule);
    }

    [Theory]
    [InlineData("D1 cough without T-DXd", Symptom.NewOrWorseCough)]
    [InlineData("D2 palpitations without trastuzumab", Symptom.Palpitations)]
    [InlineData("D3 swelling of both legs without trastuzumab", Symptom.LegSwelling)]
    public void GivenADrugSpecificSymptomWithoutTheDrug_WhenAssessing_ThenNoRedFlag(string caseId, Symptom symptom)
    {
        var result = RedFlagRules.Assess(Report(Cancer | Chemo, null, NoFeature, symptom));

        Assert.True(result.Level == UrgencyLevel.None, $"{caseId}: got {result.Level}.");
    }

    // Clinical review item 2: project decision beyond §9 (S49 tells people to call 911 for emergencies).
    [Theory]
    [InlineData("X1 heart attack signs", Symptom.HeartAttackSigns)]
    [InlineData("X2 stroke signs", Symptom.StrokeSigns)]
    [InlineData("X3 seizure", Symptom.Seizure)]
    public void GivenAPossibleHeartAttackStrokeOrSeizure_WhenAssessing_ThenEmergencyCitingCancerNet(string caseId, Symptom symptom)
    {
        var result = RedFlagRules.Assess(Report(Nothing, null, NoFeature, symptom));

        Assert.True(UrgencyLevel.Emergency == result.Level, $"{caseId}: got {result.Level}.");
        var trigger = Assert.Single(result.Triggers);
        Assert.Equal(RedFlagRule.PossibleHeartAttackStrokeOrSeizure, trigger.Rule);
        Assert.Equal(["S49"], result.SourceIds);
        Assert.Equal(RedFlagMessages.ReasonPossibleHeartAttackStrokeOrSeizure, result.Reason);
        Assert.Equal(RedFlagMessages.Emergency, result.Message);
    }

    [Fact]
    public void GivenHeartAttackSignsAndChestPain_WhenAssessing_ThenPlainChestPainIsNotListedTwice()
    {
        var result = RedFlagRules.Assess(Report(Nothing, null, NoFeature, Symptom.HeartAttackSigns, Symptom.ChestPain));

        Assert.Equal(RedFlagRule.PossibleHeartAttackStrokeOrSeizure, Assert.Single(result.Triggers).Rule);
    }

    [Fact]
    public void GivenSevereShortnessOfBreath_WhenAssessing_ThenEmergency()
    {
        var result = RedFlagRules.Assess(Report(Nothing, null, NoFeature, Symptom.SevereShortnessOfBreath));

        Assert.Equal(UrgencyLevel.Emergency, result.Level);
        Assert.Equal(RedFlagRule.SevereShortnessOfBreath, Assert.Single(result.Triggers).Rule);
    }

    [Fact]
    public void GivenFindingsAtThreeLevels_WhenAssessing_ThenTheHighestWinsAndAllAreListedMostUrgentFirst()
    {
        var report = Report(Herceptin, null, NoFeature, Symptom.Palpitations, Symptom.ChestPain, Symptom.CoughingUpBlood);

        var result = RedFlagRules.Assess(report);

        Assert.Equal(UrgencyLevel.Emergency, result.Level);
        Assert.Equal(RedFlagMessages.Emergency, result.Message);
        Assert.Equal(
            [UrgencyLevel.Emergency, UrgencyLevel.Urgent, UrgencyLevel.CallTeam],
            result.Triggers.Select(trigger => trigger.Level));
        Assert.Equal(["coughing up blood", "chest pain", "palpitations while on a trastuzumab-type drug"], result.Triggers.Select(trigger => trigger.Description));
        Assert.Equal(["S50", "S49", "S35", "S39"], result.SourceIds);
        Assert.Equal(RedFlagMessages.ReasonPossiblePulmonaryEmbolism, result.Reason);
        Assert.Equal(RedFlagMessages.ReasonHeartWarning, result.Triggers[2].Reason);
    }

    // Clinical review item 3: the reason explains every rule that fired at the highest level, not only the first one.
    [Fact]
    public void GivenTwoEmergencyRules_WhenAssessing_ThenTheReasonExplainsBothInTriggerOrder()
    {
        var result = RedFlagRules.Assess(Report(Cancer, null, NoFeature, Symptom.LimbWeakness, Symptom.CoughingUpBlood));

        Assert.Equal(UrgencyLevel.Emergency, result.Level);
        Assert.Equal(
            RedFlagMessages.ReasonPossiblePulmonaryEmbolism + " " + RedFlagMessages.ReasonPossibleSpinalCordCompression,
            result.Reason);
    }

    [Fact]
    public void GivenTwoSignsOfOneEmergencyRule_WhenAssessing_ThenItsReasonIsGivenOnce()
    {
        var result = RedFlagRules.Assess(Report(Nothing, null, NoFeature, Symptom.CoughingUpBlood, Symptom.Fainting));

        Assert.Equal(2, result.Triggers.Count);
        Assert.Equal(RedFlagMessages.ReasonPossiblePulmonaryEmbolism, result.Reason);
    }

    [Fact]
    public void GivenUrgentRulesBesideAnEmergency_WhenAssessing_ThenOnlyTheEmergencyIsExplainedInTheReason()
    {
        var result = RedFlagRules.Assess(Report(Chemo, "38.5", NoFeature, Symptom.StrokeSigns, Symptom.BloodInUrine));

        Assert.Equal(RedFlagMessages.ReasonPossibleHeartAttackStrokeOrSeizure, result.Reason);
        Assert.DoesNotContain(RedFlagMessages.ReasonFeverDuringChemotherapy, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenTwoUrgentRules_WhenAssessing_ThenTheReasonExplainsBoth()
    {
        var result = RedFlagRules.Assess(Report(Chemo, "38.5", NoFeature, Symptom.BloodInUrine));

        Assert.Equal(UrgencyLevel.Urgent, result.Level);
        Assert.Equal(RedFlagMessages.ReasonFeverDuringChemotherapy + " " + RedFlagMessages.ReasonBleeding, result.Reason);
    }

    [Theory]
    [InlineData("H1 urgent + call team -> urgent", UrgencyLevel.Urgent, Symptom.ChestPain, Symptom.Palpitations)]
    [InlineData("H2 emergency + urgent -> emergency", UrgencyLevel.Emergency, Symptom.BloodInUrine, Symptom.Fainting)]
    [InlineData("H3 call team only -> call team", UrgencyLevel.CallTeam, Symptom.Palpitations, Symptom.LegSwelling)]
    [InlineData("H4 urgent DVT + emergency cord compression -> emergency", UrgencyLevel.Emergency, Symptom.OneSidedLegSwelling, Symptom.DifficultyWalking)]
    public void GivenSeveralFindings_WhenAssessing_ThenTheHighestLevelWins(string caseId, UrgencyLevel expected, params Symptom[] symptoms)
    {
        var result = RedFlagRules.Assess(Report(Herceptin, null, NoFeature, symptoms));

        Assert.True(expected == result.Level, $"{caseId}: expected {expected}, got {result.Level}.");
        Assert.True(result.Triggers.Count >= symptoms.Length);
        Assert.All(result.Triggers, trigger => Assert.True(trigger.Level <= result.Level));
    }

    [Fact]
    public void GivenEverySymptomInAFullContext_WhenAssessedAlone_ThenEachIsARedFlagWithValidSources()
    {
        var context = Cancer | Chemo | Enhertu | Herceptin;
        foreach (var symptom in Enum.GetValues<Symptom>())
        {
            var result = RedFlagRules.Assess(Report(context, null, NoFeature, symptom));

            Assert.True(result.IsRedFlag, $"{symptom} did not raise a red flag.");
            Assert.NotEmpty(result.Triggers);
            Assert.All(result.SourceIds, id => Assert.True(ClinicalSources.Contains(id), $"{id} is not in the catalogue."));
            Assert.False(string.IsNullOrWhiteSpace(RedFlagRules.Describe(symptom)));
        }
    }

    [Fact]
    public void GivenAnEmptyReport_WhenAssessing_ThenNoneWithNoMessageAndTheCoreNoneFoundResult()
    {
        var result = RedFlagRules.Assess(SymptomReport.Empty);

        Assert.Equal(UrgencyLevel.None, result.Level);
        Assert.Empty(result.Triggers);
        Assert.Equal(string.Empty, result.Message);
        Assert.Equal(RedFlagMessages.ReasonNoneFound, result.Reason);
        Assert.NotEmpty(result.SourceIds);
        Assert.Same(TriageResult.NoneFound, result.ToTriageResult());
    }

    [Fact]
    public void GivenARedFlag_WhenConvertingToTheCoreResult_ThenLevelMessageTriggersAndSourcesCarryOver()
    {
        var triage = RedFlagRules.Assess(Report(Chemo, "38.4", NoFeature, Symptom.ShakingChills)).ToTriageResult();

        Assert.Equal(UrgencyLevel.Urgent, triage.Level);
        Assert.Equal(RedFlagMessages.Urgent, triage.Message);
        Assert.Equal(["temperature 38.4 °C while on chemotherapy", "shaking chills"], triage.Triggers);
        Assert.Equal(["S49"], triage.SourceIds);
        Assert.True(triage.IsRedFlag);
    }

    [Fact]
    public void GivenANullReport_WhenAssessing_ThenArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => RedFlagRules.Assess(null!));
    }

    [Fact]
    public void GivenAnUndefinedSymptom_WhenDescribing_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RedFlagRules.Describe((Symptom)999));
    }

    private static SymptomReport Report(PatientContext context, string? temperature, SpinalPainFeatures features, params Symptom[] symptoms) =>
        SymptomReport.Of(symptoms) with
        {
            Context = context,
            Temperature = temperature is null ? null : BodyTemperature.Parse(temperature),
            SpinalPainFeatures = features,
        };
}
