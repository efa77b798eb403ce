using Cairn.Knowledge.Understanding;

namespace Cairn.Knowledge.Tests.Understanding;

public sealed class QuestionAnalyzerTests
{
    [Fact]
    public void GivenTheSeedQuestion_WhenAnalyzing_ThenItHasTwoPartsAndTheSecondCarriesTheSubject()
    {
        var analysis = QuestionAnalyzer.Analyze("What does remission mean for HER2-positive breast cancer and how is it monitored?");

        Assert.Equal("HER2-Positive Breast Cancer", analysis.Topic);
        Assert.Equal(2, analysis.Parts.Count);
        Assert.Equal("how is it monitored", analysis.Parts[1].Text);
        Assert.Contains("remission", analysis.Parts[1].Subject, StringComparison.Ordinal);
        Assert.Contains(QuestionKind.Meaning, analysis.Parts[0].Kinds);
        Assert.Contains(QuestionKind.Monitoring, analysis.Parts[1].Kinds);
    }

    [Theory]
    [InlineData("What are the side effects of Enhertu?", "HER2-Positive Breast Cancer")]
    [InlineData("Is HER2-low the same as HER2-negative?", "HER2-Low Breast Cancer")]
    [InlineData("My ER is 5%, what does that mean for breast cancer treatment?", "Hormone Receptor-Positive Breast Cancer")]
    [InlineData("How is lung cancer treated?", "Lung Cancer")]
    [InlineData("What is the weather like today?", null)]
    public void GivenAQuestion_WhenAnalyzing_ThenTheTopicIsDetected(string question, string? topic)
    {
        Assert.Equal(topic, QuestionAnalyzer.Analyze(question).Topic);
    }

    [Theory]
    [InlineData("How is lung cancer treated?", "Lung Cancer")]
    [InlineData("Can Enhertu damage my lungs?", "Breast Cancer")]
    [InlineData("I have a melanoma on my back", "Skin Cancer")]
    [InlineData("Is cancer of the prostate common?", "Prostate Cancer")]
    public void GivenAQuestion_WhenFindingCancerTypes_ThenAnOrganAloneIsNotACancerType(string question, string expected)
    {
        Assert.Equal([expected], MedicalVocabulary.FindCancerTypes(question));
    }

    [Theory]
    [InlineData("How often will I have scans after treatment?", QuestionKind.Monitoring)]
    [InlineData("What are the side effects of Kadcyla?", QuestionKind.SideEffects)]
    [InlineData("How is HER2 tested?", QuestionKind.Testing)]
    [InlineData("What treatments are there for stage 4?", QuestionKind.Treatment)]
    [InlineData("What is the outlook for HER2-positive cancer?", QuestionKind.Prognosis)]
    public void GivenAQuestion_WhenDetectingKinds_ThenTheMainKindIsFound(string question, QuestionKind kind)
    {
        Assert.Contains(kind, QuestionAnalyzer.Analyze(question).Kinds);
    }

    [Fact]
    public void GivenABrandName_WhenExpanding_ThenTheGenericNameIsAdded()
    {
        var expansions = MedicalVocabulary.Expansions("Is Herceptin hard on the heart?");
        Assert.Contains("trastuzumab", expansions);
        Assert.DoesNotContain("herceptin", expansions);
    }
}
