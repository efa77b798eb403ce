using Cairn.Clinical.Staging;

namespace Cairn.Clinical.Tests.Staging;

public sealed class StageReconcilerTests
{
    [Theory]
    [InlineData("Stage IIA", StageGroup.StageIIA, StatedStageKind.Unspecified)]
    [InlineData("IIA", StageGroup.StageIIA, StatedStageKind.Unspecified)]
    [InlineData("stage 2a", StageGroup.StageIIA, StatedStageKind.Unspecified)]
    [InlineData("Stage 0", StageGroup.Stage0, StatedStageKind.Unspecified)]
    [InlineData("Stage IV", StageGroup.StageIV, StatedStageKind.Unspecified)]
    [InlineData("stage IIIC", StageGroup.StageIIIC, StatedStageKind.Unspecified)]
    [InlineData("Anatomic stage IIIA", StageGroup.StageIIIA, StatedStageKind.Anatomic)]
    [InlineData("Pathological prognostic stage IB", StageGroup.StageIB, StatedStageKind.PathologicalPrognostic)]
    [InlineData("pathologic  prognostic stage IA", StageGroup.StageIA, StatedStageKind.PathologicalPrognostic)]
    [InlineData("Clinical Prognostic Stage IIB", StageGroup.StageIIB, StatedStageKind.ClinicalPrognostic)]
    [InlineData("Prognostic stage IA", StageGroup.StageIA, StatedStageKind.Prognostic)]
    [InlineData("Pathologic stage IIB", StageGroup.StageIIB, StatedStageKind.Unspecified)]
    public void GivenStageText_WhenParsing_ThenGroupAndKindAreRead(string text, StageGroup group, StatedStageKind kind)
    {
        var stated = StatedStage.Parse(text);

        Assert.Equal(group, stated.Group);
        Assert.Equal(kind, stated.Kind);
    }

    [Theory]
    [InlineData("coarse stage I", "Stage I", "letter")]
    [InlineData("coarse stage II", "Stage II", "letter")]
    [InlineData("coarse stage III", "Stage III", "letter")]
    [InlineData("IIC does not exist", "Stage IIC", "IIC")]
    [InlineData("IVA does not exist", "Stage IVA", "IVA")]
    [InlineData("0A does not exist", "Stage 0A", "0A")]
    [InlineData("not a stage", "advanced", "advanced")]
    [InlineData("empty", "", "empty")]
    public void GivenBadStageText_WhenParsing_ThenArgumentException(string caseId, string text, string mentioned)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => StatedStage.Parse(text));

        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(StatedStage.TryParse(text, out _), caseId);
    }

    [Fact]
    public void GivenStatedEqualsComputed_WhenReconciling_ThenAgreesWithoutWarning()
    {
        var computed = AnatomicStaging.Group(TCategory.T2, NCategory.N0, MCategory.M0);

        var result = StageReconciler.Reconcile(StatedStage.Parse("Stage IIA"), computed);

        Assert.Equal(StageAgreement.Agrees, result.Agreement);
        Assert.False(result.HasDiscrepancy);
        Assert.Null(result.DiscrepancyWarning);
        Assert.Equal(StageGroup.StageIIA, result.EffectiveStage);
    }

    [Fact]
    public void GivenStatedAnatomicDiffersFromComputed_WhenReconciling_ThenStatedWinsWithDiscrepancyWarning()
    {
        var computed = AnatomicStaging.Group(TCategory.T2, NCategory.N0, MCategory.M0);

        var result = StageReconciler.Reconcile(StatedStage.Parse("Anatomic stage IIB"), computed);

        Assert.Equal(StageAgreement.Discrepancy, result.Agreement);
        Assert.True(result.HasDiscrepancy);
        Assert.Equal(StageGroup.StageIIB, result.EffectiveStage);
        Assert.Equal(StageGroup.StageIIA, result.ComputedAnatomicStage);
        Assert.StartsWith("Discrepancy – ask your care team", result.DiscrepancyWarning, StringComparison.Ordinal);
        Assert.DoesNotContain("prognostic", result.DiscrepancyWarning, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenUnspecifiedStatedStageDiffers_WhenReconciling_ThenWarningMentionsPrognosticStage()
    {
        var computed = AnatomicStaging.Group(TCategory.T2, NCategory.N0, MCategory.M0);

        var result = StageReconciler.Reconcile(StatedStage.Parse("Stage IB"), computed);

        Assert.True(result.HasDiscrepancy);
        Assert.Equal(StageGroup.StageIB, result.EffectiveStage);
        Assert.Contains("prognostic stage", result.DiscrepancyWarning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pathological prognostic stage IA")]
    [InlineData("Clinical prognostic stage IB")]
    [InlineData("Prognostic stage IA")]
    public void GivenStatedPrognosticStage_WhenReconciling_ThenNotComparableAndStatedWins(string text)
    {
        var computed = AnatomicStaging.Group(TCategory.T2, NCategory.N0, MCategory.M0);

        var result = StageReconciler.Reconcile(StatedStage.Parse(text), computed);

        Assert.Equal(StageAgreement.NotComparable, result.Agreement);
        Assert.False(result.HasDiscrepancy);
        Assert.Null(result.DiscrepancyWarning);
        Assert.Equal(StatedStage.Parse(text).Group, result.EffectiveStage);
        Assert.Contains("prognostic stage", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenUnmappableComputedStage_WhenReconciling_ThenNotComparableAndStatedWins()
    {
        var computed = AnatomicStaging.Group(TCategory.Tis, NCategory.N1, MCategory.M0);

        var result = StageReconciler.Reconcile(StatedStage.Parse("Stage IIA"), computed);

        Assert.Equal(StageAgreement.NotComparable, result.Agreement);
        Assert.Equal(StageGroup.StageIIA, result.EffectiveStage);
        Assert.Equal(StageGroup.Unmappable, result.ComputedAnatomicStage);
    }

    [Fact]
    public void GivenDefaultStatedStage_WhenReconciling_ThenArgumentException()
    {
        var computed = AnatomicStaging.Group(TCategory.T2, NCategory.N0, MCategory.M0);

        Assert.Throws<ArgumentException>(() => StageReconciler.Reconcile(default, computed));
        Assert.Throws<ArgumentNullException>(() => StageReconciler.Reconcile(StatedStage.Parse("IIA"), null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedStage(StageGroup.Unmappable));
    }
}
