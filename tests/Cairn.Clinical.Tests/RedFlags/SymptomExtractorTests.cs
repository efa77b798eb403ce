using Cairn.Clinical.RedFlags;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class SymptomExtractorTests
{
    [Theory]
    [InlineData("E1", "temp of 101", "101", TemperatureUnit.Fahrenheit)]
    [InlineData("E2", "38.3", "38.3", TemperatureUnit.Celsius)]
    [InlineData("E3", "100.4F", "100.4", TemperatureUnit.Fahrenheit)]
    [InlineData("E4", "38,5 °C", "38.5", TemperatureUnit.Celsius)]
    [InlineData("E5", "my temperature is 38 degrees", "38", TemperatureUnit.Celsius)]
    [InlineData("E6", "fever 103", "103", TemperatureUnit.Fahrenheit)]
    [InlineData("E7", "temp 37.6 earlier, now 38.1", "38.1", TemperatureUnit.Celsius)]
    [InlineData("E8", "thermometer says 39.2℃", "39.2", TemperatureUnit.Celsius)]
    [InlineData("E9", "it spiked to 102.5 degrees F last night", "102.5", TemperatureUnit.Fahrenheit)]
    public void GivenATemperatureInText_WhenExtracting_ThenTheHighestReadingIsKeptWithItsUnit(string caseId, string text, string value, TemperatureUnit unit)
    {
        var report = SymptomExtractor.Extract(text);

        Assert.NotNull(report.Temperature);
        Assert.True(unit == report.Temperature.Unit, caseId);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), report.Temperature.Value);
    }

    [Theory]
    [InlineData("N1", "I am 38 years old")]
    [InlineData("N2", "CA 27.29 was 40 last month")]
    [InlineData("N3", "pulse 100 and feeling fine")]
    [InlineData("N4", "weight 98.5 kg")]
    [InlineData("N5", "temperature below 38")]
    [InlineData("N6", "What temperature counts as a fever, 38.0?")]
    [InlineData("N7", "stage 4 since 2019")]
    public void GivenNumbersThatAreNotTemperatures_WhenExtracting_ThenNoTemperature(string caseId, string text)
    {
        Assert.True(SymptomExtractor.Extract(text).Temperature is null, caseId);
    }

    [Theory]
    [InlineData("K1", "I'm on chemo", PatientContext.OnChemotherapy)]
    [InlineData("K2", "had chemo last week", PatientContext.RecentChemotherapy)]
    [InlineData("K3", "I am having chemotherapy", PatientContext.OnChemotherapy)]
    [InlineData("K4", "I'm on Enhertu", PatientContext.OnTrastuzumabDeruxtecan)]
    [InlineData("K5", "T-DXd every 3 weeks", PatientContext.OnTrastuzumabDeruxtecan)]
    [InlineData("K6", "trastuzumab deruxtecan", PatientContext.OnTrastuzumabDeruxtecan)]
    [InlineData("K7", "Herceptin", PatientContext.OnTrastuzumabClassDrug)]
    [InlineData("K8", "on trastuzumab", PatientContext.OnTrastuzumabClassDrug)]
    [InlineData("K9", "Kadcyla", PatientContext.OnTrastuzumabClassDrug)]
    [InlineData("K10", "Kadcyla", PatientContext.OnChemotherapy)]
    [InlineData("K11", "Phesgo injections", PatientContext.OnTrastuzumabClassDrug)]
    [InlineData("K12", "I have bone mets", PatientContext.KnownBoneOrSpinalMetastases)]
    [InlineData("K13", "spine metastases", PatientContext.KnownBoneOrSpinalMetastases)]
    [InlineData("K14", "metastatic breast cancer", PatientContext.KnownMetastaticDisease)]
    [InlineData("K15", "stage 4", PatientContext.KnownMetastaticDisease)]
    [InlineData("K16", "I have breast cancer", PatientContext.KnownCancer)]
    [InlineData("K17", "finished chemo two weeks ago", PatientContext.RecentChemotherapy)]
    [InlineData("K18", "it has spread to my bones", PatientContext.KnownBoneOrSpinalMetastases)]
    public void GivenContextInText_WhenExtracting_ThenTheFlagIsSet(string caseId, string text, PatientContext expected)
    {
        var context = SymptomExtractor.Extract(text).Context;

        Assert.True(context.HasFlag(expected), $"{caseId}: {context} lacks {expected}.");
    }

    [Theory]
    [InlineData("KN1", "I'm not on chemo", PatientContext.OnChemotherapy | PatientContext.RecentChemotherapy)]
    [InlineData("KN2", "I start chemo next week", PatientContext.OnChemotherapy | PatientContext.RecentChemotherapy)]
    [InlineData("KN3", "I had chemo 5 years ago", PatientContext.OnChemotherapy | PatientContext.RecentChemotherapy)]
    [InlineData("KN4", "no bone mets", PatientContext.KnownBoneOrSpinalMetastases)]
    [InlineData("KN5", "I have never had Herceptin", PatientContext.OnTrastuzumabClassDrug)]
    [InlineData("KN6", "What is febrile neutropenia?", PatientContext.OnTrastuzumabClassDrug)]
    public void GivenNegatedOrFutureContext_WhenExtracting_ThenTheFlagIsNotSet(string caseId, string text, PatientContext absent)
    {
        var context = SymptomExtractor.Extract(text).Context;

        Assert.True((context & absent) == PatientContext.None, $"{caseId}: {context} should not hold {absent}.");
    }

    [Fact]
    public void GivenChemoYearsAgo_WhenExtracting_ThenOnlyAKnownCancerRemains()
    {
        Assert.Equal(PatientContext.KnownCancer, SymptomExtractor.Extract("I had chemo 5 years ago").Context);
    }

    [Theory]
    [InlineData("SP1", "my upper back hurts", SpinalPainFeatures.ThoracicOrCervical)]
    [InlineData("SP2", "neck pain", SpinalPainFeatures.ThoracicOrCervical)]
    [InlineData("SP3", "back pain getting worse every day", SpinalPainFeatures.ProgressiveOrSevereLumbar)]
    [InlineData("SP4", "severe lower back pain", SpinalPainFeatures.ProgressiveOrSevereLumbar)]
    [InlineData("SP5", "back pain worse when I sneeze", SpinalPainFeatures.WorseOnStraining)]
    [InlineData("SP6", "my spine is tender to touch and my back hurts", SpinalPainFeatures.LocalTenderness)]
    [InlineData("SP7", "back pain that wakes me up", SpinalPainFeatures.WakesAtNight)]
    [InlineData("SP8", "My back hurts. It keeps me awake.", SpinalPainFeatures.WakesAtNight)]
    public void GivenSpinalPainWithAFeature_WhenExtracting_ThenTheFeatureIsRecorded(string caseId, string text, SpinalPainFeatures expected)
    {
        var report = SymptomExtractor.Extract(text);

        Assert.True(report.Has(Symptom.SpinalPain), $"{caseId}: no spinal pain found.");
        Assert.True(report.SpinalPainFeatures.HasFlag(expected), $"{caseId}: {report.SpinalPainFeatures} lacks {expected}.");
    }

    [Theory]
    [InlineData("L1", "my leg is swollen", Symptom.OneSidedLegSwelling)]
    [InlineData("L2", "calf swollen", Symptom.OneSidedLegSwelling)]
    [InlineData("L3", "swelling in my left ankle", Symptom.OneSidedLegSwelling)]
    [InlineData("L4", "one of my legs is swollen", Symptom.OneSidedLegSwelling)]
    [InlineData("L5", "both legs are swollen", Symptom.LegSwelling)]
    [InlineData("L6", "swollen ankles", Symptom.LegSwelling)]
    [InlineData("L7", "my legs and feet are puffy", Symptom.LegSwelling)]
    public void GivenLegSwelling_WhenExtracting_ThenTheNounDecidesOneOrBothSides(string caseId, string text, Symptom expected)
    {
        var report = SymptomExtractor.Extract(text);

        Assert.True(report.Has(expected), $"{caseId}: {string.Join(", ", report.Symptoms)}.");
        var other = expected == Symptom.LegSwelling ? Symptom.OneSidedLegSwelling : Symptom.LegSwelling;
        Assert.False(report.Has(other), caseId);
    }

    [Fact]
    public void GivenAFeverWordAndAReadingBelow38_WhenExtracting_ThenTheReadingReplacesTheWord()
    {
        var report = SymptomExtractor.Extract("I have a fever of 37.8");

        Assert.False(report.Has(Symptom.FeverWithoutReading));
        Assert.Equal(37.8m, report.Temperature?.Celsius);
    }

    [Theory]
    [InlineData("FEV01", "My temperature was 36.8 this morning. Now I'm burning up with a fever.")]
    [InlineData("FEV03", "my husband's temperature is 36.5 and I have a fever")]
    [InlineData("FEV04", "temp 37.4 this morning, now feverish")]
    public void GivenAFeverAndAReadingFromAnotherTimeOrPerson_WhenExtracting_ThenTheFeverStaysAndTheReadingIsNotItsTemperature(string caseId, string text)
    {
        var report = SymptomExtractor.Extract(text);

        Assert.True(report.Has(Symptom.FeverWithoutReading), $"{caseId}: the fever complaint was dropped.");
        Assert.True(report.Temperature is null, $"{caseId}: {report.Temperature} was kept as the current temperature.");
    }

    [Fact]
    public void GivenAFeverFeelingAndTheOwnCurrentReadingInTheSameSentence_WhenExtracting_ThenTheReadingReplacesTheWord()
    {
        var report = SymptomExtractor.Extract("I feel feverish but my temp is 37.6 now");

        Assert.False(report.Has(Symptom.FeverWithoutReading));
        Assert.Equal(37.6m, report.Temperature?.Celsius);
    }

    [Fact]
    public void GivenAnEstimate_WhenExtracting_ThenTheReadingIsMarkedNotMeasured()
    {
        Assert.False(SymptomExtractor.Extract("my temp is about 38.5").Temperature?.IsMeasured);
        Assert.True(SymptomExtractor.Extract("my temp is 38.5").Temperature?.IsMeasured);
    }

    [Fact]
    public void GivenSuddenBreathlessness_WhenExtracting_ThenOnlyTheSuddenFormIsRecorded()
    {
        var report = SymptomExtractor.Extract("all of a sudden I became short of breath");

        Assert.True(report.Has(Symptom.SuddenShortnessOfBreath));
        Assert.False(report.Has(Symptom.ShortnessOfBreath));
    }

    [Fact]
    public void GivenNullText_WhenExtracting_ThenTheReportIsEmpty()
    {
        Assert.Equal(SymptomReport.Empty, SymptomExtractor.Extract(null));
    }
}
