using Cairn.Knowledge.Retrieval;

namespace Cairn.Knowledge.Tests.Retrieval;

public sealed class RankFusionTests
{
    private static IReadOnlyList<(string Item, double Score)> Fuse(int k, params (string[] Ranking, double Weight)[] rankings) =>
        RankFusion.Fuse(rankings.Select(ranking => ((IReadOnlyList<string>)ranking.Ranking, ranking.Weight)).ToArray(), item => item, k);

    [Fact]
    public void GivenOneRanking_WhenFusing_ThenOrderIsKeptAndScoresAreReciprocalRanks()
    {
        var fused = Fuse(60, (["a", "b", "c"], 1.0));

        Assert.Equal(["a", "b", "c"], fused.Select(hit => hit.Item));
        Assert.Equal(1.0 / 61, fused[0].Score, 12);
        Assert.Equal(1.0 / 62, fused[1].Score, 12);
        Assert.Equal(1.0 / 63, fused[2].Score, 12);
    }

    [Fact]
    public void GivenAnItemInBothRankings_WhenFusing_ThenItsContributionsAdd()
    {
        var fused = Fuse(60, (["a", "b"], 1.0), (["c", "b"], 1.0));

        Assert.Equal("b", fused[0].Item);
        Assert.Equal((1.0 / 62) + (1.0 / 62), fused[0].Score, 12);
        Assert.Equal(3, fused.Count);
    }

    [Fact]
    public void GivenWeights_WhenFusing_ThenTheHeavierRankingDecidesBetweenTopItems()
    {
        var fused = Fuse(60, (["lexical"], 1.0), (["dense"], 2.0));

        Assert.Equal(["dense", "lexical"], fused.Select(hit => hit.Item));
        Assert.Equal(2.0 / 61, fused[0].Score, 12);
    }

    [Fact]
    public void GivenEqualScores_WhenFusing_ThenTheItemMetFirstComesFirst()
    {
        var fused = Fuse(60, (["a", "b"], 1.0), (["b", "a"], 1.0));

        Assert.Equal(["a", "b"], fused.Select(hit => hit.Item));
        Assert.Equal(fused[0].Score, fused[1].Score, 12);
    }

    [Fact]
    public void GivenASmallK_WhenFusing_ThenTheTopRanksCountMore()
    {
        // With k = 0 the first rank weighs 1, the second 1/2 and the third 1/3.
        var fused = Fuse(0, (["a", "b", "c"], 1.0), (["d", "c", "b"], 1.0));

        Assert.Equal(1.0, fused.Single(hit => hit.Item == "a").Score, 12);
        Assert.Equal((1.0 / 2) + (1.0 / 3), fused.Single(hit => hit.Item == "b").Score, 12);
    }

    [Fact]
    public void GivenNoRankings_WhenFusing_ThenTheResultIsEmpty() => Assert.Empty(Fuse(60));
}
