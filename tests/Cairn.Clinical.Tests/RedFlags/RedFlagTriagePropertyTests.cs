using Cairn.Clinical.RedFlags;
using Cairn.Clinical.Sources;
using Cairn.Core.Answers;
using Cairn.Core.Safety;
using FsCheck;
using FsCheck.Fluent;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class RedFlagTriagePropertyTests
{
    private static readonly RedFlagTriage s_triage = new();

    // Words and fragments that reach deep into the extractor: symptoms, negations, units, context, punctuation.
    private static readonly string[] s_vocabulary =
    [
        "no", "not", "without", "denies", "never", "but", "and", "or", ",", ".", "?", "!", ";", ":", "-", "\n", "if", "I", "my",
        "have", "had", "am", "is", "what", "is", "can", "cause", "fever", "feaver", "temp", "temperature", "of", "38", "38.0",
        "37.9", "100.4F", "100.3 °F", "38,5 °C", "101", "degrees", "°", "chills", "rigors", "chest pain", "short of breath",
        "SOB", "breathless", "suddenly", "coughing up blood", "passed out", "heart racing", "leg", "legs", "calf", "swollen",
        "both", "one of", "weak", "numb", "pins and needles", "bladder", "back pain", "at night", "upper back", "on chemo",
        "had chemo last week", "Enhertu", "T-DXd", "Herceptin", "Kadcyla", "bone mets", "metastatic", "stage 4", "cough",
        "palpitations", "nosebleed", "won't stop", "black tarry stool", "peeing blood", "bruising", "confused", "about",
        "years ago", "next week", "not sure", "is this normal", "signs of", "I was told", "😀", "\u0000", "Ж", "'", "\"",
    ];

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public void GivenAnyString_WhenAssessing_ThenItNeverThrowsAndTheResultIsConsistent(string text)
    {
        var result = s_triage.Assess(text);

        AssertConsistent(result);
    }

    [Fact]
    public void GivenPhraseSoupFromClinicalWords_WhenAssessing_ThenItNeverThrowsAndTheResultIsConsistent()
    {
        var soup = Gen.Elements(s_vocabulary).ListOf().Select(words => string.Join(' ', words));

        Prop.ForAll(soup.ToArbitrary(), text =>
        {
            AssertConsistent(s_triage.Assess(text));
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GivenAnyTextFollowedByAnEmergencySentence_WhenAssessing_ThenNothingBeforeCanSilenceIt()
    {
        var soup = Gen.Elements(s_vocabulary).ListOf().Select(words => string.Join(' ', words));

        Prop.ForAll(soup.ToArbitrary(), text =>
            s_triage.Assess(text + "\nCoughing up blood.").Level == UrgencyLevel.Emergency).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GivenAnyTemperatureFrom30To45_WhenOnChemo_ThenUrgentExactlyFrom38()
    {
        var tenths = Gen.Choose(300, 450);

        Prop.ForAll(tenths.ToArbitrary(), value =>
        {
            var celsius = value / 10m;
            var text = FormattableString.Invariant($"on chemo, temp {celsius:0.0} °C");
            var expected = celsius >= 38.0m ? UrgencyLevel.Urgent : UrgencyLevel.None;
            return s_triage.Assess(text).Level == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GivenAnyTemperatureFrom95To108Fahrenheit_WhenOnChemo_ThenUrgentExactlyFrom100Point4()
    {
        var tenths = Gen.Choose(950, 1080);

        Prop.ForAll(tenths.ToArbitrary(), value =>
        {
            var fahrenheit = value / 10m;
            var text = FormattableString.Invariant($"on chemo, temp {fahrenheit:0.0}F");
            var expected = fahrenheit >= 100.4m ? UrgencyLevel.Urgent : UrgencyLevel.None;
            return s_triage.Assess(text).Level == expected;
        }).QuickCheckThrowOnFailure();
    }

    private static void AssertConsistent(TriageResult result)
    {
        if (result.Level == UrgencyLevel.None)
        {
            Assert.Empty(result.Triggers);
            Assert.True(result.Message.Length == 0 || result.Message == RedFlagMessages.RoutineTemperatureAdvice, result.Message);
        }
        else
        {
            Assert.NotEmpty(result.Triggers);
            Assert.Equal(RedFlagMessages.For(result.Level), result.Message);
            Assert.NotEmpty(result.SourceIds);
        }

        Assert.All(result.SourceIds, id => Assert.True(ClinicalSources.Contains(id), $"{id} is not in the catalogue."));
        Assert.All(result.Triggers, trigger => Assert.False(string.IsNullOrWhiteSpace(trigger)));
    }
}
