using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.Sources;

public sealed class ClinicalSourcesTests
{
    [Fact]
    public void GivenTheSpec_WhenListingSources_ThenS1ToS53AreAllPresentInOrder()
    {
        var ids = ClinicalSources.All.Select(source => source.Id).ToArray();

        Assert.Equal(Enumerable.Range(1, 53).Select(n => $"S{n}"), ids);
    }

    [Fact]
    public void GivenAnyId_WhenLookingUpCaseInsensitively_ThenTheSameSourceIsReturned()
    {
        Assert.Same(ClinicalSources.Get("S27"), ClinicalSources.Get("s27"));
        Assert.Contains("follow-up", ClinicalSources.Get("S27").Citation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenAnUnknownId_WhenLookingUp_ThenKeyNotFoundIsThrown()
    {
        Assert.False(ClinicalSources.Contains("S99"));
        Assert.Throws<KeyNotFoundException>(() => ClinicalSources.Get("S99"));
    }

    [Fact]
    public void GivenEverySource_ThenItHasACitationText()
    {
        Assert.All(ClinicalSources.All, source => Assert.False(string.IsNullOrWhiteSpace(source.Citation)));
    }
}
