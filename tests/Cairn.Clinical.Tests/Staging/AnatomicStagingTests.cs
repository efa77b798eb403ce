using Cairn.Clinical.Staging;

namespace Cairn.Clinical.Tests.Staging;

public sealed class AnatomicStagingTests
{
    // ONCOLOGY_RULES.md §3.5 stage rows, parsed from the spec's own spelling.
    [Theory]
    [InlineData("§3.5 Tis N0 M0", "Tis", "N0", "M0", StageGroup.Stage0)]
    [InlineData("§3.5 T1c N0 M0", "T1c", "N0", "M0", StageGroup.StageIA)]
    [InlineData("§3.5 T1b N1mi M0", "T1b", "N1mi", "M0", StageGroup.StageIB)]
    [InlineData("§3.5 T0 N1mi M0", "T0", "N1mi", "M0", StageGroup.StageIB)]
    [InlineData("§3.5 T2 N0 M0", "T2", "N0", "M0", StageGroup.StageIIA)]
    [InlineData("§3.5 T1 N1a M0", "T1", "N1a", "M0", StageGroup.StageIIA)]
    [InlineData("§3.5 T2 N1 M0", "T2", "N1", "M0", StageGroup.StageIIB)]
    [InlineData("§3.5 T3 N0 M0", "T3", "N0", "M0", StageGroup.StageIIB)]
    [InlineData("§3.5 T3 N1 M0", "T3", "N1", "M0", StageGroup.StageIIIA)]
    [InlineData("§3.5 T2 N2a M0", "T2", "N2a", "M0", StageGroup.StageIIIA)]
    [InlineData("§3.5 T4b N0 M0", "T4b", "N0", "M0", StageGroup.StageIIIB)]
    [InlineData("§3.5 T4d N2 M0", "T4d", "N2", "M0", StageGroup.StageIIIB)]
    [InlineData("§3.5 T2 N3a M0", "T2", "N3a", "M0", StageGroup.StageIIIC)]
    [InlineData("§3.5 T1 N0 M1", "T1", "N0", "M1", StageGroup.StageIV)]
    [InlineData("§3.5 T1 N0 cM0(i+) (CTCs do not make it IV)", "T1", "N0", "cM0(i+)", StageGroup.StageIA)]
    public void GivenSpecStageRow_WhenGrouping_ThenAnatomicStageMatchesSpec(string caseId, string t, string n, string m, StageGroup expected)
    {
        var result = AnatomicStaging.Group(TnmT.Parse(t), TnmN.Parse(n), TnmM.Parse(m));

        Assert.True(expected == result.Stage, $"{caseId}: expected {expected}, got {result.Stage}");
        Assert.True(result.IsMapped);
        Assert.Equal(["S13", "S15"], result.SourceIds);
    }

    // Every alternative of every §3.4 table row, including the N1mi rules.
    [Theory]
    [InlineData("0: Tis N0(i+)", TCategory.Tis, NCategory.N0ItcPositive, MCategory.M0, StageGroup.Stage0)]
    [InlineData("IA: T1mi N0", TCategory.T1mi, NCategory.N0, MCategory.M0, StageGroup.StageIA)]
    [InlineData("IA: T1a N0(mol+)", TCategory.T1a, NCategory.N0MolecularPositive, MCategory.M0, StageGroup.StageIA)]
    [InlineData("IA: T1 N0", TCategory.T1, NCategory.N0, MCategory.M0, StageGroup.StageIA)]
    [InlineData("IB: T1mi N1mi", TCategory.T1mi, NCategory.N1mi, MCategory.M0, StageGroup.StageIB)]
    [InlineData("IB: T1c N1mi", TCategory.T1c, NCategory.N1mi, MCategory.M0, StageGroup.StageIB)]
    [InlineData("IIA: T0 N1", TCategory.T0, NCategory.N1, MCategory.M0, StageGroup.StageIIA)]
    [InlineData("IIA: T0 N1a", TCategory.T0, NCategory.N1a, MCategory.M0, StageGroup.StageIIA)]
    [InlineData("IIA: T1c N1b", TCategory.T1c, NCategory.N1b, MCategory.M0, StageGroup.StageIIA)]
    [InlineData("IIA: T1a N1c", TCategory.T1a, NCategory.N1c, MCategory.M0, StageGroup.StageIIA)]
    [InlineData("IIA: T2 N0(i+)", TCategory.T2, NCategory.N0ItcPositive, MCategory.M0, StageGroup.StageIIA)]
    [InlineData("IIB: T2 N1mi counts as N1", TCategory.T2, NCategory.N1mi, MCategory.M0, StageGroup.StageIIB)]
    [InlineData("IIB: T2 N1c", TCategory.T2, NCategory.N1c, MCategory.M0, StageGroup.StageIIB)]
    [InlineData("IIIA: T0 N2", TCategory.T0, NCategory.N2, MCategory.M0, StageGroup.StageIIIA)]
    [InlineData("IIIA: T1mi N2b", TCategory.T1mi, NCategory.N2b, MCategory.M0, StageGroup.StageIIIA)]
    [InlineData("IIIA: T3 N1mi counts as N1", TCategory.T3, NCategory.N1mi, MCategory.M0, StageGroup.StageIIIA)]
    [InlineData("IIIA: T3 N1a", TCategory.T3, NCategory.N1a, MCategory.M0, StageGroup.StageIIIA)]
    [InlineData("IIIA: T3 N2a", TCategory.T3, NCategory.N2a, MCategory.M0, StageGroup.StageIIIA)]
    [InlineData("IIIB: T4 N0", TCategory.T4, NCategory.N0, MCategory.M0, StageGroup.StageIIIB)]
    [InlineData("IIIB: T4a N1mi counts as N1", TCategory.T4a, NCategory.N1mi, MCategory.M0, StageGroup.StageIIIB)]
    [InlineData("IIIB: T4c N1a", TCategory.T4c, NCategory.N1a, MCategory.M0, StageGroup.StageIIIB)]
    [InlineData("IIIB: T4b N2b", TCategory.T4b, NCategory.N2b, MCategory.M0, StageGroup.StageIIIB)]
    [InlineData("IIIC: T0 N3c", TCategory.T0, NCategory.N3c, MCategory.M0, StageGroup.StageIIIC)]
    [InlineData("IIIC: T4d N3b", TCategory.T4d, NCategory.N3b, MCategory.M0, StageGroup.StageIIIC)]
    [InlineData("IIIC: any T includes TX", TCategory.TX, NCategory.N3, MCategory.M0, StageGroup.StageIIIC)]
    [InlineData("IIIC with cM0(i+)", TCategory.T1c, NCategory.N3a, MCategory.M0ItcPositive, StageGroup.StageIIIC)]
    [InlineData("IV: TX NX M1", TCategory.TX, NCategory.NX, MCategory.M1, StageGroup.StageIV)]
    [InlineData("IV: Tis N0 M1", TCategory.Tis, NCategory.N0, MCategory.M1, StageGroup.StageIV)]
    [InlineData("IV: T4d N3c M1", TCategory.T4d, NCategory.N3c, MCategory.M1, StageGroup.StageIV)]
    public void GivenTableAlternative_WhenGrouping_ThenStageMatchesTable(string caseId, TCategory t, NCategory n, MCategory m, StageGroup expected)
    {
        var result = AnatomicStaging.Group(t, n, m);

        Assert.True(expected == result.Stage, $"{caseId}: expected {expected}, got {result.Stage}");
    }

    // §3.4: any combination not in the table is Unmappable.
    [Theory]
    [InlineData("Tis N1 (spec example)", TCategory.Tis, NCategory.N1)]
    [InlineData("Tis N1mi", TCategory.Tis, NCategory.N1mi)]
    [InlineData("Tis N2a", TCategory.Tis, NCategory.N2a)]
    [InlineData("T0 N0 (no cancer found)", TCategory.T0, NCategory.N0)]
    [InlineData("T0 N0(i+)", TCategory.T0, NCategory.N0ItcPositive)]
    [InlineData("TX N0", TCategory.TX, NCategory.N0)]
    [InlineData("TX N1", TCategory.TX, NCategory.N1)]
    [InlineData("T2 NX", TCategory.T2, NCategory.NX)]
    [InlineData("T1c NX", TCategory.T1c, NCategory.NX)]
    public void GivenCombinationNotInTable_WhenGrouping_ThenUnmappable(string caseId, TCategory t, NCategory n)
    {
        var result = AnatomicStaging.Group(t, n, MCategory.M0);

        Assert.True(result.Stage == StageGroup.Unmappable, $"{caseId}: expected Unmappable, got {result.Stage}");
        Assert.False(result.IsMapped);
        Assert.Contains("ask your care team", result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenEveryTAndN_WhenM1_ThenStageIsAlwaysIV()
    {
        foreach (var t in Enum.GetValues<TCategory>())
        {
            foreach (var n in Enum.GetValues<NCategory>())
            {
                Assert.Equal(StageGroup.StageIV, AnatomicStaging.Group(t, n, MCategory.M1).Stage);
            }
        }
    }

    [Fact]
    public void GivenEveryTAndN_WhenCm0ItcPositive_ThenStageEqualsTheM0Stage()
    {
        foreach (var t in Enum.GetValues<TCategory>())
        {
            foreach (var n in Enum.GetValues<NCategory>())
            {
                var m0 = AnatomicStaging.Group(t, n, MCategory.M0).Stage;
                var itc = AnatomicStaging.Group(t, n, MCategory.M0ItcPositive).Stage;
                Assert.Equal(m0, itc);
                Assert.NotEqual(StageGroup.StageIV, itc);
            }
        }
    }

    [Fact]
    public void GivenM1BeforeNeoadjuvantTherapy_WhenPostTherapyCategoriesLookEarly_ThenStageStaysIV()
    {
        var result = AnatomicStaging.Group(TnmT.Parse("ypT0"), TnmN.Parse("ypN0"), TnmM.Parse("cM0"), metastasisBeforeNeoadjuvantTherapy: true);

        Assert.Equal(StageGroup.StageIV, result.Stage);
        Assert.True(result.StageIvBecauseOfMetastasisBeforeNeoadjuvantTherapy);
        Assert.Contains("stays IV", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenYpCategoriesWithoutPriorMetastasis_WhenGrouping_ThenUsesTheSameTable()
    {
        var result = AnatomicStaging.Group(TnmT.Parse("ypT1a"), TnmN.Parse("ypN1mi"), TnmM.Parse("cM0"));

        Assert.Equal(StageGroup.StageIB, result.Stage);
        Assert.False(result.StageIvBecauseOfMetastasisBeforeNeoadjuvantTherapy);
    }

    [Fact]
    public void GivenAnyResult_ThenItExplainsThatPrognosticStageIsNotComputed()
    {
        var result = AnatomicStaging.Group(TCategory.T1c, NCategory.N0, MCategory.M0);

        Assert.Equal(AnatomicStaging.PrognosticStageNote, result.PrognosticStageNote);
        foreach (var word in new[] { "prognostic", "grade", "ER", "PR", "HER2", "Oncotype DX", "does not work out" })
        {
            Assert.Contains(word, result.PrognosticStageNote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GivenCm0ItcPositive_WhenGrouping_ThenReasonSaysItIsNotStageIV()
    {
        var result = AnatomicStaging.Group(TCategory.T1c, NCategory.N0, MCategory.M0ItcPositive);

        Assert.Contains("do not make it stage IV", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenUndefinedOrDefaultCategories_WhenGrouping_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnatomicStaging.Group((TCategory)0, NCategory.N0, MCategory.M0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnatomicStaging.Group(TCategory.T1, (NCategory)99, MCategory.M0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnatomicStaging.Group(TCategory.T1, NCategory.N0, default(MCategory)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnatomicStaging.Group(default(TnmT), TnmN.Parse("N0"), TnmM.Parse("M0")));
    }

    [Fact]
    public void GivenComputedCategories_WhenChainingClassifiers_ThenStageFollows()
    {
        var t = PrimaryTumourClassifier.ClassifyBySize(12);
        var n = RegionalNodeClassifier.ClassifyPathologic(PathologicNodeFindings.FromAxillaryDeposits([new NodeDeposit(1.5)]));
        var m = DistantMetastasisClassifier.Classify(new DistantMetastasisFindings { TumourCellsInBloodMarrowOrDistantNodes = true });

        var stage = AnatomicStaging.Group(t.Category, n.Category, m.Category!.Value);

        Assert.Equal(StageGroup.StageIB, stage.Stage);
    }
}
