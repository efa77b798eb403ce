using Cairn.Clinical.Sources;
using Cairn.Clinical.Staging;

namespace Cairn.Clinical.Tests.Staging;

/// <summary>
/// ONCOLOGY_RULES.md general rule 1 for T, N and M (clinical review item 4): the stated category always wins; a
/// disagreement is flagged "Discrepancy – ask your care team", never corrected. The §3.5 size and node rows are used
/// as the computed side.
/// </summary>
public sealed class TnmReconcilerTests
{
    // T: stated text against a size (mm) from the §3.5 table, or a descriptor.
    [Theory]
    [InlineData("T01 §3.5 0.8 mm, stated pT1mi", "pT1mi", 0.8, StageAgreement.Agrees)]
    [InlineData("T02 §3.5 5.1 mm, stated pT1b", "pT1b", 5.1, StageAgreement.Agrees)]
    [InlineData("T03 §3.5 20.0 mm, stated pT1c", "pT1c", 20.0, StageAgreement.Agrees)]
    [InlineData("T04 §3.5 20.1 mm, stated pT2", "pT2", 20.1, StageAgreement.Agrees)]
    [InlineData("T05 §3.5 51 mm, stated T3", "T3", 51.0, StageAgreement.Agrees)]
    [InlineData("T06 8 mm, stated pT1 without a letter (less exact, same group)", "pT1", 8.0, StageAgreement.Agrees)]
    [InlineData("T07 30 mm, stated pT1c", "pT1c", 30.0, StageAgreement.Discrepancy)]
    [InlineData("T08 §3.5 20.1 mm, stated pT1c", "pT1c", 20.1, StageAgreement.Discrepancy)]
    [InlineData("T09 60 mm, stated pT2", "pT2", 60.0, StageAgreement.Discrepancy)]
    [InlineData("T10 12 mm, stated pT4b", "pT4b", 12.0, StageAgreement.Discrepancy)]
    [InlineData("T11 12 mm, stated TX (cannot be assessed)", "TX", 12.0, StageAgreement.NotComparable)]
    public void GivenAStatedTAndASize_WhenReconciling_ThenAgreementIsAsExpectedAndTheReportWins(
        string caseId, string statedText, double sizeMm, StageAgreement expected)
    {
        var stated = TnmT.Parse(statedText);
        var computed = PrimaryTumourClassifier.ClassifyBySize(sizeMm);

        var result = TnmReconciler.ReconcileT(stated, computed);

        Assert.True(expected == result.Agreement, $"{caseId}: {result.Agreement}: {result.Reason}");
        AssertStatedWins(result.Stated, stated, result.EffectiveCategory, stated.Category);
        AssertWarning(expected, result.HasDiscrepancy, result.DiscrepancyWarning, result.Reason, result.SourceIds);
    }

    [Theory]
    [InlineData("T12 skin ulceration, stated T4 without a letter", "T4", StageAgreement.Agrees)]
    [InlineData("T13 skin ulceration, stated cT4b", "cT4b", StageAgreement.Agrees)]
    [InlineData("T14 skin ulceration, stated cT4a", "cT4a", StageAgreement.Discrepancy)]
    [InlineData("T15 skin ulceration, stated cT2", "cT2", StageAgreement.Discrepancy)]
    public void GivenAStatedTAndASkinDescriptor_WhenReconciling_ThenT4FamilyRulesApply(string caseId, string statedText, StageAgreement expected)
    {
        var computed = PrimaryTumourClassifier.Classify(new PrimaryTumourFindings { LargestInvasiveFocusMm = 30, SkinUlceration = true });

        var result = TnmReconciler.ReconcileT(TnmT.Parse(statedText), computed);

        Assert.True(expected == result.Agreement, $"{caseId}: {result.Agreement}");
    }

    [Theory]
    [InlineData("T16 DCIS, stated Tis (DCIS)", "Tis (DCIS)", TisSubtype.Dcis, StageAgreement.Agrees)]
    [InlineData("T17 DCIS, stated Tis", "pTis", TisSubtype.Dcis, StageAgreement.Agrees)]
    [InlineData("T18 Paget, stated Tis (DCIS)", "Tis (DCIS)", TisSubtype.Paget, StageAgreement.Discrepancy)]
    public void GivenAStatedTisAndInSituFindings_WhenReconciling_ThenSubtypesAreComparedWhenBothAreGiven(
        string caseId, string statedText, TisSubtype inSitu, StageAgreement expected)
    {
        var computed = PrimaryTumourClassifier.Classify(new PrimaryTumourFindings { InSituDiseaseOnly = inSitu });

        var result = TnmReconciler.ReconcileT(TnmT.Parse(statedText), computed);

        Assert.True(expected == result.Agreement, $"{caseId}: {result.Agreement}");
    }

    [Theory]
    [InlineData("T08 20.1 mm against T1c (rounds to 20 mm, which is T1c)", "pT1c", 20.1, true)]
    [InlineData("T19 5.4 mm against T1a (rounds to 5 mm, which is T1a)", "pT1a", 5.4, true)]
    [InlineData("T20 4.6 mm against T1b (rounds to 5 mm, which is still T1a)", "pT1b", 4.6, false)]
    [InlineData("T07 30 mm against T1c (far from a cut-off)", "pT1c", 30.0, false)]
    public void GivenADiscrepancyThatRoundingToWholeMillimetresWouldExplain_WhenReconciling_ThenTheReasonSaysSoButStillFlagsIt(
        string caseId, string statedText, double sizeMm, bool mentionsRounding)
    {
        var result = TnmReconciler.ReconcileT(TnmT.Parse(statedText), PrimaryTumourClassifier.ClassifyBySize(sizeMm));

        Assert.True(result.HasDiscrepancy, caseId);
        Assert.True(mentionsRounding == result.Reason.Contains("whole millimetres", StringComparison.Ordinal), $"{caseId}: {result.Reason}");
    }

    // N: stated text against computed pathologic N from the §3.5 node rows, or clinical N.
    public static TheoryData<string, string, PathologicNodeFindings, StageAgreement> PathologicNRows => new()
    {
        { "N01 §3.5 2 nodes, largest 3 mm (pN1a), stated pN1a", "pN1a", Nodes(3.0, 1.0), StageAgreement.Agrees },
        { "N02 §3.5 2 nodes, largest 3 mm (pN1a), stated pN1 (less exact)", "pN1", Nodes(3.0, 1.0), StageAgreement.Agrees },
        { "N03 §3.5 2 nodes, largest 3 mm (pN1a), stated N1a without prefix", "N1a", Nodes(3.0, 1.0), StageAgreement.Agrees },
        { "N04 §3.5 2 nodes, largest 3 mm (pN1a), stated pN1mi", "pN1mi", Nodes(3.0, 1.0), StageAgreement.Discrepancy },
        { "N05 §3.5 2 nodes, largest 3 mm (pN1a), stated pN2a", "pN2a", Nodes(3.0, 1.0), StageAgreement.Discrepancy },
        { "N06 §3.5 deposits 0.15 mm only (pN0(i+)), stated pN0(i+)", "pN0(i+)", Nodes(0.15), StageAgreement.Agrees },
        { "N07 §3.5 deposits 0.15 mm only (pN0(i+)), stated pN0", "pN0", Nodes(0.15), StageAgreement.Agrees },
        { "N08 §3.5 1 node 1.5 mm (pN1mi), stated pN1mi", "pN1mi", Nodes(1.5), StageAgreement.Agrees },
        { "N09 §3.5 1 node 1.5 mm (pN1mi), stated pN0", "pN0", Nodes(1.5), StageAgreement.Discrepancy },
        { "N10 §3.5 5 nodes (pN2a), stated pN2a", "pN2a", Nodes(3.0, 3.0, 3.0, 3.0, 3.0), StageAgreement.Agrees },
        { "N11 §3.5 5 nodes (pN2a), stated pN1a", "pN1a", Nodes(3.0, 3.0, 3.0, 3.0, 3.0), StageAgreement.Discrepancy },
        { "N12 §3.5 12 nodes (pN3a), stated pN3a", "pN3a", Nodes(Enumerable.Repeat(3.0, 12).ToArray()), StageAgreement.Agrees },
        { "N13 §3.5 12 nodes (pN3a), stated pN3", "pN3", Nodes(Enumerable.Repeat(3.0, 12).ToArray()), StageAgreement.Agrees },
        { "N14 §3.5 12 nodes (pN3a), stated pN3c", "pN3c", Nodes(Enumerable.Repeat(3.0, 12).ToArray()), StageAgreement.Discrepancy },
        { "N15 pathologic pN1a, stated clinical cN1", "cN1", Nodes(3.0, 1.0), StageAgreement.NotComparable },
        { "N16 pathologic pN1a, stated after treatment ypN1a", "ypN1a", Nodes(3.0, 1.0), StageAgreement.NotComparable },
        { "N17 pathologic pN1a, stated NX", "pNX", Nodes(3.0, 1.0), StageAgreement.NotComparable },
    };

    [Theory]
    [MemberData(nameof(PathologicNRows))]
    public void GivenAStatedNAndPathologicNodeFindings_WhenReconciling_ThenAgreementIsAsExpectedAndTheReportWins(
        string caseId, string statedText, PathologicNodeFindings findings, StageAgreement expected)
    {
        var stated = TnmN.Parse(statedText);
        var computed = RegionalNodeClassifier.ClassifyPathologic(findings);

        var result = TnmReconciler.ReconcileN(stated, computed);

        Assert.True(expected == result.Agreement, $"{caseId}: {result.Agreement}: {result.Reason}");
        AssertStatedWins(result.Stated, stated, result.EffectiveCategory, stated.Category);
        AssertWarning(expected, result.HasDiscrepancy, result.DiscrepancyWarning, result.Reason, result.SourceIds);
    }

    [Theory]
    [InlineData("N18 fixed axillary nodes (cN2a), stated cN2a", "cN2a", AxillaryNodeClinicalStatus.FixedOrMatted, StageAgreement.Agrees)]
    [InlineData("N19 mobile axillary nodes (cN1), stated cN1", "cN1", AxillaryNodeClinicalStatus.Mobile, StageAgreement.Agrees)]
    [InlineData("N20 mobile axillary nodes (cN1), stated cN2a", "cN2a", AxillaryNodeClinicalStatus.Mobile, StageAgreement.Discrepancy)]
    [InlineData("N21 mobile axillary nodes (cN1), stated pN1a", "pN1a", AxillaryNodeClinicalStatus.Mobile, StageAgreement.NotComparable)]
    [InlineData("N22 no suspicious nodes (cN0), stated N0", "N0", AxillaryNodeClinicalStatus.NotInvolved, StageAgreement.Agrees)]
    public void GivenAStatedNAndClinicalNodeFindings_WhenReconciling_ThenAgreementIsAsExpected(
        string caseId, string statedText, AxillaryNodeClinicalStatus axilla, StageAgreement expected)
    {
        var computed = RegionalNodeClassifier.ClassifyClinical(new ClinicalNodeFindings { AxillaryLevelIOrII = axilla });

        var result = TnmReconciler.ReconcileN(TnmN.Parse(statedText), computed);

        Assert.True(expected == result.Agreement, $"{caseId}: {result.Agreement}: {result.Reason}");
    }

    // M: stated text against computed M; §3.5 row "T1 N0 cM0(i+) -> IA (CTCs do not make the stage IV)".
    public static TheoryData<string, string, DistantMetastasisFindings, StageAgreement> MRows => new()
    {
        { "M01 no distant findings (M0), stated cM0", "cM0", new DistantMetastasisFindings(), StageAgreement.Agrees },
        { "M02 §3.5 CTCs without symptoms (cM0(i+)), stated cM0(i+)", "cM0(i+)", Ctcs(symptoms: false), StageAgreement.Agrees },
        { "M03 §3.5 CTCs without symptoms (cM0(i+)), stated cM0", "cM0", Ctcs(symptoms: false), StageAgreement.Agrees },
        { "M04 §3.5 CTCs without symptoms (cM0(i+)), stated M1", "M1", Ctcs(symptoms: false), StageAgreement.Discrepancy },
        { "M05 metastasis on imaging (M1), stated cM1", "cM1", new DistantMetastasisFindings { DistantMetastasisFoundClinicallyOrOnImaging = true }, StageAgreement.Agrees },
        { "M06 metastasis on imaging (M1), stated cM0", "cM0", new DistantMetastasisFindings { DistantMetastasisFoundClinicallyOrOnImaging = true }, StageAgreement.Discrepancy },
        { "M07 biopsy deposit 3 mm (M1), stated pM1", "pM1", new DistantMetastasisFindings { LargestHistologicDistantDepositMm = 3 }, StageAgreement.Agrees },
        { "M08 CTCs with symptoms (needs a clinician), stated cM0", "cM0", Ctcs(symptoms: true), StageAgreement.NotComparable },
    };

    [Theory]
    [MemberData(nameof(MRows))]
    public void GivenAStatedMAndDistantFindings_WhenReconciling_ThenAgreementIsAsExpectedAndTheReportWins(
        string caseId, string statedText, DistantMetastasisFindings findings, StageAgreement expected)
    {
        var stated = TnmM.Parse(statedText);
        var computed = DistantMetastasisClassifier.Classify(findings);

        var result = TnmReconciler.ReconcileM(stated, computed);

        Assert.True(expected == result.Agreement, $"{caseId}: {result.Agreement}: {result.Reason}");
        AssertStatedWins(result.Stated, stated, result.EffectiveCategory, stated.Category);
        AssertWarning(expected, result.HasDiscrepancy, result.DiscrepancyWarning, result.Reason, result.SourceIds);
    }

    [Fact]
    public void GivenADiscrepancy_WhenReconcilingT_ThenTheWarningNamesBothCategoriesAndTheReasonSaysTheReportIsShown()
    {
        var result = TnmReconciler.ReconcileT(TnmT.Parse("pT1c"), PrimaryTumourClassifier.ClassifyBySize(30));

        Assert.Equal("Discrepancy – ask your care team: the report says pT1c, but the findings give T2.", result.DiscrepancyWarning);
        Assert.Contains("pT1c", result.Reason, StringComparison.Ordinal);
        Assert.Contains("is the one shown", result.Reason, StringComparison.Ordinal);
        Assert.Equal(TCategory.T1c, result.EffectiveCategory);
        Assert.Equal(TCategory.T2, result.Computed.Category);
    }

    [Fact]
    public void GivenDefaultStatedValues_WhenReconciling_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TnmReconciler.ReconcileT(default, PrimaryTumourClassifier.ClassifyBySize(10)));
        Assert.Throws<ArgumentException>(() => TnmReconciler.ReconcileN(default, RegionalNodeClassifier.ClassifyPathologic(new PathologicNodeFindings())));
        Assert.Throws<ArgumentException>(() => TnmReconciler.ReconcileM(default, DistantMetastasisClassifier.Classify(new DistantMetastasisFindings())));
    }

    [Fact]
    public void GivenNullComputedValues_WhenReconciling_ThenArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => TnmReconciler.ReconcileT(TnmT.Parse("T2"), null!));
        Assert.Throws<ArgumentNullException>(() => TnmReconciler.ReconcileN(TnmN.Parse("N0"), null!));
        Assert.Throws<ArgumentNullException>(() => TnmReconciler.ReconcileM(TnmM.Parse("M0"), null!));
    }

    private static PathologicNodeFindings Nodes(params double[] largestDepositPerNodeMm) =>
        PathologicNodeFindings.FromAxillaryDeposits(largestDepositPerNodeMm.Select(mm => new NodeDeposit(mm)));

    private static DistantMetastasisFindings Ctcs(bool symptoms) =>
        new() { TumourCellsInBloodMarrowOrDistantNodes = true, SymptomsOrSignsOfMetastasis = symptoms };

    private static void AssertStatedWins<TStated, TCategoryValue>(TStated actualStated, TStated stated, TCategoryValue effective, TCategoryValue statedCategory)
    {
        Assert.Equal(stated, actualStated);
        Assert.Equal(statedCategory, effective);
    }

    private static void AssertWarning(StageAgreement expected, bool hasDiscrepancy, string? warning, string reason, IReadOnlyList<string> sourceIds)
    {
        Assert.Equal(expected == StageAgreement.Discrepancy, hasDiscrepancy);
        if (hasDiscrepancy)
        {
            Assert.StartsWith("Discrepancy – ask your care team", warning, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(warning);
        }

        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.NotEmpty(sourceIds);
        Assert.All(sourceIds, id => Assert.True(ClinicalSources.Contains(id), id));
    }
}
