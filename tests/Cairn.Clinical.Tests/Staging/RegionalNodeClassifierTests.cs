using Cairn.Clinical.Staging;

namespace Cairn.Clinical.Tests.Staging;

public sealed class RegionalNodeClassifierTests
{
    // ONCOLOGY_RULES.md §3.5 node rows, from per-node deposit sizes.
    public static TheoryData<string, double[], NCategory> SpecDepositRows => new()
    {
        { "§3.5 2 axillary nodes, largest deposit 3 mm (other micro)", [3.0, 1.0], NCategory.N1a },
        { "§3.5 2 axillary nodes, largest deposit 3 mm (both macro)", [3.0, 2.5], NCategory.N1a },
        { "§3.5 deposits of 0.15 mm only", [0.15], NCategory.N0ItcPositive },
        { "§3.5 deposits of 0.15 mm only (several nodes)", [0.15, 0.15, 0.1], NCategory.N0ItcPositive },
        { "§3.5 1 node with a 1.5 mm deposit", [1.5], NCategory.N1mi },
        { "§3.5 5 positive axillary nodes", [3.0, 3.0, 3.0, 3.0, 3.0], NCategory.N2a },
        { "§3.5 12 positive axillary nodes", [3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0], NCategory.N3a },
    };

    [Theory]
    [MemberData(nameof(SpecDepositRows))]
    public void GivenSpecNodeRow_WhenClassifyingPathologicN_ThenCategoryMatchesSpec(string caseId, double[] depositsMm, NCategory expected)
    {
        var findings = PathologicNodeFindings.FromAxillaryDeposits(depositsMm.Select(mm => new NodeDeposit(mm)));

        var result = RegionalNodeClassifier.ClassifyPathologic(findings);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.Equal(TnmBasis.Pathologic, result.Basis);
        Assert.Equal(["S14", "S12"], result.SourceIds);
    }

    [Theory]
    [InlineData("§3.5 5 positive axillary nodes (counts)", 5, 0, NCategory.N2a)]
    [InlineData("§3.5 12 positive axillary nodes (counts)", 12, 0, NCategory.N3a)]
    [InlineData("1 macro node", 1, 0, NCategory.N1a)]
    [InlineData("3 nodes, 1 macro", 1, 2, NCategory.N1a)]
    [InlineData("4 nodes, 1 macro (micro nodes count as positive)", 1, 3, NCategory.N2a)]
    [InlineData("9 nodes, 1 macro", 1, 8, NCategory.N2a)]
    [InlineData("10 nodes, 1 macro", 1, 9, NCategory.N3a)]
    [InlineData("micro only, 1 node", 0, 1, NCategory.N1mi)]
    [InlineData("micro only, 5 nodes: pN2a needs a deposit >2 mm", 0, 5, NCategory.N1mi)]
    [InlineData("micro only, 12 nodes: pN3a needs a deposit >2 mm (S12)", 0, 12, NCategory.N1mi)]
    [InlineData("nothing", 0, 0, NCategory.N0)]
    public void GivenAxillaryCounts_WhenClassifyingPathologicN_ThenCountsFollowAjcc(string caseId, int macro, int micro, NCategory expected)
    {
        var result = RegionalNodeClassifier.ClassifyPathologic(new PathologicNodeFindings
        {
            AxillaryNodesWithMacrometastases = macro,
            AxillaryNodesWithMicrometastases = micro,
        });

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.Equal(macro + micro, result.PositiveNodeCount);
        Assert.False(result.SubcategoryUndetermined);
    }

    [Fact]
    public void GivenItcNodesAlongsideOneMacroNode_WhenClassifying_ThenItcNodesAreNotCountedAsPositive()
    {
        var result = RegionalNodeClassifier.ClassifyPathologic(new PathologicNodeFindings
        {
            AxillaryNodesWithMacrometastases = 3,
            AxillaryNodesWithIsolatedTumourCellsOnly = 4,
        });

        Assert.Equal(NCategory.N1a, result.Category);
        Assert.Equal(3, result.PositiveNodeCount);
    }

    public static TheoryData<string, PathologicNodeFindings, NCategory> OtherSiteRows => new()
    {
        { "pN1b: IM sentinel only", new() { InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive }, NCategory.N1b },
        { "pN1b: IM sentinel with ITC-only axilla", new() { InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive, AxillaryNodesWithIsolatedTumourCellsOnly = 2 }, NCategory.N1b },
        { "pN1c: 2 axillary (macro) + IM sentinel", new() { AxillaryNodesWithMacrometastases = 2, InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive }, NCategory.N1c },
        { "pN2b: clinical IM, negative axilla", new() { InternalMammaryNodes = InternalMammaryNodeStatus.ClinicallyDetected }, NCategory.N2b },
        { "pN2b: clinical IM, ITC-only axilla is negative", new() { InternalMammaryNodes = InternalMammaryNodeStatus.ClinicallyDetected, AxillaryNodesWithIsolatedTumourCellsOnly = 1 }, NCategory.N2b },
        { "pN3a: infraclavicular", new() { InfraclavicularNodesPositive = true }, NCategory.N3a },
        { "pN3a: infraclavicular + 2 axillary", new() { InfraclavicularNodesPositive = true, AxillaryNodesWithMacrometastases = 2 }, NCategory.N3a },
        { "pN3b: clinical IM + 1 positive axillary", new() { InternalMammaryNodes = InternalMammaryNodeStatus.ClinicallyDetected, AxillaryNodesWithMacrometastases = 1 }, NCategory.N3b },
        { "pN3b: clinical IM + micrometastatic axilla (still positive)", new() { InternalMammaryNodes = InternalMammaryNodeStatus.ClinicallyDetected, AxillaryNodesWithMicrometastases = 1 }, NCategory.N3b },
        { "pN3b: 4 axillary + IM sentinel", new() { InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive, AxillaryNodesWithMacrometastases = 4 }, NCategory.N3b },
        { "pN3b: 12 axillary + IM sentinel (b over a)", new() { InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive, AxillaryNodesWithMacrometastases = 12 }, NCategory.N3b },
        { "pN1c not N3b: 3 axillary + IM sentinel", new() { InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive, AxillaryNodesWithMacrometastases = 3 }, NCategory.N1c },
        { "pN3c: supraclavicular", new() { SupraclavicularNodesPositive = true }, NCategory.N3c },
        { "pN3c wins over everything", new() { SupraclavicularNodesPositive = true, InfraclavicularNodesPositive = true, AxillaryNodesWithMacrometastases = 12, InternalMammaryNodes = InternalMammaryNodeStatus.ClinicallyDetected }, NCategory.N3c },
        { "pN0(i+): IM sentinel ITC only", new() { InternalMammaryNodes = InternalMammaryNodeStatus.SentinelIsolatedTumourCellsOnly }, NCategory.N0ItcPositive },
        { "pN1mi with ITC-only IM sentinel", new() { AxillaryNodesWithMicrometastases = 1, InternalMammaryNodes = InternalMammaryNodeStatus.SentinelIsolatedTumourCellsOnly }, NCategory.N1mi },
    };

    [Theory]
    [MemberData(nameof(OtherSiteRows))]
    public void GivenOtherNodalSites_WhenClassifyingPathologicN_ThenCategoryMatchesAjcc(string caseId, PathologicNodeFindings findings, NCategory expected)
    {
        var result = RegionalNodeClassifier.ClassifyPathologic(findings);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.False(result.SubcategoryUndetermined, caseId);
    }

    [Fact]
    public void GivenMicrometastaticAxillaPlusInternalMammarySentinel_WhenClassifying_ThenN1WithUndeterminedSubcategory()
    {
        var result = RegionalNodeClassifier.ClassifyPathologic(new PathologicNodeFindings
        {
            AxillaryNodesWithMicrometastases = 2,
            InternalMammaryNodes = InternalMammaryNodeStatus.SentinelPositive,
        });

        Assert.Equal(NCategory.N1, result.Category);
        Assert.True(result.SubcategoryUndetermined);
        Assert.Contains("check your report", result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenAfterNeoadjuvantTherapy_WhenClassifying_ThenBasisIsYp()
    {
        var result = RegionalNodeClassifier.ClassifyPathologic(new PathologicNodeFindings { AxillaryNodesWithMacrometastases = 1 }, afterNeoadjuvantTherapy: true);

        Assert.Equal(TnmBasis.PostNeoadjuvantPathologic, result.Basis);
        Assert.Equal("ypN1a", result.ToTnm().ToString());
    }

    // Deposit size boundaries (§3.2): ITC ≤0.2; micro >0.2..≤2.0 or >200 cells; macro >2.0.
    [Theory]
    [InlineData("0.15 mm", 0.15, null, NodalDepositSize.IsolatedTumourCells)]
    [InlineData("0.2 mm is still ITC", 0.2, null, NodalDepositSize.IsolatedTumourCells)]
    [InlineData("0.21 mm", 0.21, null, NodalDepositSize.Micrometastasis)]
    [InlineData("1.5 mm", 1.5, null, NodalDepositSize.Micrometastasis)]
    [InlineData("2.0 mm is still micro", 2.0, null, NodalDepositSize.Micrometastasis)]
    [InlineData("2.01 mm", 2.01, null, NodalDepositSize.Macrometastasis)]
    [InlineData("3 mm", 3.0, null, NodalDepositSize.Macrometastasis)]
    [InlineData("0.1 mm, 200 cells is ITC", 0.1, 200, NodalDepositSize.IsolatedTumourCells)]
    [InlineData("0.1 mm, 201 cells is micro", 0.1, 201, NodalDepositSize.Micrometastasis)]
    public void GivenDeposit_WhenClassifying_ThenSizeClassFollowsBoundaries(string caseId, double mm, int? cells, NodalDepositSize expected)
    {
        Assert.True(expected == RegionalNodeClassifier.ClassifyDeposit(new NodeDeposit(mm, cells)), caseId);
    }

    [Theory]
    [InlineData("NaN", double.NaN, null)]
    [InlineData("negative", -0.5, null)]
    [InlineData("zero", 0.0, null)]
    [InlineData("infinite", double.PositiveInfinity, null)]
    [InlineData("zero cells", 0.1, 0)]
    public void GivenInvalidDeposit_WhenClassifying_ThenArgumentOutOfRange(string caseId, double mm, int? cells)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RegionalNodeClassifier.ClassifyDeposit(new NodeDeposit(mm, cells)));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), caseId);
        Assert.Throws<ArgumentOutOfRangeException>(() => PathologicNodeFindings.FromAxillaryDeposits([new NodeDeposit(mm, cells)]));
    }

    [Fact]
    public void GivenNegativeCount_WhenClassifying_ThenArgumentOutOfRangeNamesTheCount()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => RegionalNodeClassifier.ClassifyPathologic(new PathologicNodeFindings { AxillaryNodesWithMicrometastases = -1 }));

        Assert.Contains("AxillaryNodesWithMicrometastases", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, ClinicalNodeFindings, NCategory> ClinicalRows => new()
    {
        { "cN0", new(), NCategory.N0 },
        { "cN1 mobile level I/II", new() { AxillaryLevelIOrII = AxillaryNodeClinicalStatus.Mobile }, NCategory.N1 },
        { "cN2a fixed or matted", new() { AxillaryLevelIOrII = AxillaryNodeClinicalStatus.FixedOrMatted }, NCategory.N2a },
        { "cN2b internal mammary only", new() { InternalMammaryNodesPositive = true }, NCategory.N2b },
        { "cN3a infraclavicular", new() { InfraclavicularNodesPositive = true }, NCategory.N3a },
        { "cN3a infraclavicular + mobile axillary", new() { InfraclavicularNodesPositive = true, AxillaryLevelIOrII = AxillaryNodeClinicalStatus.Mobile }, NCategory.N3a },
        { "cN3b internal mammary + axillary", new() { InternalMammaryNodesPositive = true, AxillaryLevelIOrII = AxillaryNodeClinicalStatus.Mobile }, NCategory.N3b },
        { "cN3b internal mammary + fixed axillary", new() { InternalMammaryNodesPositive = true, AxillaryLevelIOrII = AxillaryNodeClinicalStatus.FixedOrMatted }, NCategory.N3b },
        { "cN3c supraclavicular", new() { SupraclavicularNodesPositive = true }, NCategory.N3c },
        { "cN3c wins", new() { SupraclavicularNodesPositive = true, InternalMammaryNodesPositive = true, AxillaryLevelIOrII = AxillaryNodeClinicalStatus.Mobile }, NCategory.N3c },
    };

    [Theory]
    [MemberData(nameof(ClinicalRows))]
    public void GivenClinicalFindings_WhenClassifyingClinicalN_ThenCategoryMatchesSpec(string caseId, ClinicalNodeFindings findings, NCategory expected)
    {
        var result = RegionalNodeClassifier.ClassifyClinical(findings);

        Assert.True(expected == result.Category, $"{caseId}: expected {expected}, got {result.Category}");
        Assert.Equal(TnmBasis.Clinical, result.Basis);
        Assert.Null(result.PositiveNodeCount);
        Assert.Equal(["S13"], result.SourceIds);
    }

    [Fact]
    public void GivenUndefinedAxillaryStatus_WhenClassifyingClinicalN_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => RegionalNodeClassifier.ClassifyClinical(new ClinicalNodeFindings { AxillaryLevelIOrII = (AxillaryNodeClinicalStatus)42 }));
    }
}
