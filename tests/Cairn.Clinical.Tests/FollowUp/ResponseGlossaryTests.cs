using Cairn.Clinical.FollowUp;
using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.FollowUp;

public sealed class ResponseGlossaryTests
{
    // ONCOLOGY_RULES.md §7.3 terms table plus the "cure" note.
    [Theory]
    [InlineData("Complete response (CR)", ClinicalTerm.CompleteResponse, "RECIST", "S16")]
    [InlineData("Complete remission / NED", ClinicalTerm.CompleteRemissionOrNoEvidenceOfDisease, "No cancer can be found", "S33")]
    [InlineData("Partial response", ClinicalTerm.PartialResponse, "at least 30%", "S16")]
    [InlineData("Recurrence", ClinicalTerm.Recurrence, "found again after a period when it could not be detected", "S34")]
    [InlineData("Cure", ClinicalTerm.Cure, "5 or more years without recurrence", "S34")]
    public void GivenTerm_WhenLookingUp_ThenMeaningAndSourcesMatchTheSpec(string caseId, ClinicalTerm term, string meaningFragment, string source)
    {
        var entry = ResponseGlossary.Get(term);

        Assert.Equal(term, entry.Term);
        Assert.True(entry.Meaning.Contains(meaningFragment, StringComparison.Ordinal), $"{caseId}: {entry.Meaning}");
        Assert.Contains(source, entry.SourceIds);
        Assert.All(entry.SourceIds, id => Assert.True(ClinicalSources.Contains(id), id));
    }

    [Fact]
    public void GivenGlossary_ThenEveryTermHasOneEntryInEnumOrder()
    {
        Assert.Equal(Enum.GetValues<ClinicalTerm>(), ResponseGlossary.All.Select(entry => entry.Term));
    }

    [Theory]
    [InlineData(ClinicalTerm.CompleteResponse)]
    [InlineData(ClinicalTerm.CompleteRemissionOrNoEvidenceOfDisease)]
    public void GivenCrOrRemission_WhenLookingUp_ThenCaveatSaysItIsNotCure(ClinicalTerm term)
    {
        Assert.Contains("cure", ResponseGlossary.Get(term).Caveat!, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenCure_WhenLookingUp_ThenCaveatSaysRecurrenceAfterFiveYearsIsStillPossible()
    {
        Assert.Equal("Recurrence after 5 years is still possible.", ResponseGlossary.Get(ClinicalTerm.Cure).Caveat);
    }

    [Fact]
    public void GivenPartialResponse_WhenLookingUp_ThenBothDefinitionsAreNamedAndWeMustSayWhichIsUsed()
    {
        var entry = ResponseGlossary.Get(ClinicalTerm.PartialResponse);

        Assert.Contains("more than 50%", entry.Meaning, StringComparison.Ordinal);
        Assert.Contains("which definition", entry.Caveat!, StringComparison.Ordinal);
        Assert.Equal([ResponseCriteria.Recist11, ResponseCriteria.OlderWho], ResponseGlossary.PartialResponseDefinitions.Select(d => d.Criteria));
    }

    [Theory]
    [InlineData("RECIST 29.9% shrinkage", ResponseCriteria.Recist11, 29.9, false)]
    [InlineData("RECIST 30% shrinkage (>=30)", ResponseCriteria.Recist11, 30.0, true)]
    [InlineData("RECIST 45%", ResponseCriteria.Recist11, 45.0, true)]
    [InlineData("WHO 45%", ResponseCriteria.OlderWho, 45.0, false)]
    [InlineData("WHO 50% (>50 needed)", ResponseCriteria.OlderWho, 50.0, false)]
    [InlineData("WHO 50.1%", ResponseCriteria.OlderWho, 50.1, true)]
    public void GivenShrinkage_WhenCheckingPartialResponseDefinition_ThenThresholdAndBoundaryMatchTheSpec(
        string caseId, ResponseCriteria criteria, double shrinkage, bool expected)
    {
        var definition = ResponseGlossary.GetPartialResponseDefinition(criteria);

        Assert.True(expected == definition.IsMetBy((decimal)shrinkage), caseId);
        Assert.NotEmpty(definition.SourceIds);
    }

    [Fact]
    public void GivenUndefinedTermOrCriteria_WhenLookingUp_ThenRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponseGlossary.Get((ClinicalTerm)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponseGlossary.GetPartialResponseDefinition((ResponseCriteria)9));
    }
}
