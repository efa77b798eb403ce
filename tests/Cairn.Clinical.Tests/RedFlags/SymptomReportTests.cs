using Cairn.Clinical.RedFlags;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class SymptomReportTests
{
    [Fact]
    public void GivenAnUndefinedSymptom_WhenBuildingAReport_ThenArgumentExceptionNamesTheValue()
    {
        var exception = Assert.Throws<ArgumentException>(() => SymptomReport.Of((Symptom)999));

        Assert.Contains("999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenUndefinedContextBits_WhenBuildingAReport_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SymptomReport.Empty with { Context = (PatientContext)1024 });
    }

    [Fact]
    public void GivenUndefinedSpinalFeatureBits_WhenBuildingAReport_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SymptomReport.Empty with { SpinalPainFeatures = (SpinalPainFeatures)64 });
    }

    [Fact]
    public void GivenTheSameSymptomsInAnotherOrder_WhenComparing_ThenReportsAreEqual()
    {
        var first = SymptomReport.Of(Symptom.ChestPain, Symptom.Fainting);
        var second = SymptomReport.Of(Symptom.Fainting, Symptom.ChestPain, Symptom.ChestPain);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void GivenOnlySpinalFeatures_WhenAskingForSpinalPain_ThenItIsPresent()
    {
        Assert.True((SymptomReport.Empty with { SpinalPainFeatures = SpinalPainFeatures.WakesAtNight }).HasSpinalPain);
        Assert.False(SymptomReport.Empty.HasSpinalPain);
    }

    [Theory]
    [InlineData("I1", PatientContext.KnownBoneOrSpinalMetastases, PatientContext.KnownBoneOrSpinalMetastases | PatientContext.KnownMetastaticDisease | PatientContext.KnownCancer)]
    [InlineData("I2", PatientContext.OnTrastuzumabDeruxtecan, PatientContext.OnTrastuzumabDeruxtecan | PatientContext.OnTrastuzumabClassDrug | PatientContext.KnownCancer)]
    [InlineData("I3", PatientContext.RecentChemotherapy, PatientContext.RecentChemotherapy | PatientContext.KnownCancer)]
    [InlineData("I4", PatientContext.None, PatientContext.None)]
    public void GivenAContext_WhenAddingImpliedFlags_ThenTheImplicationsHold(string caseId, PatientContext given, PatientContext expected)
    {
        Assert.True(expected == given.WithImplied(), $"{caseId}: {given.WithImplied()}");
    }
}
