using Cairn.Clinical.FollowUp;
using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.FollowUp;

public sealed class StatusLabelPolicyTests
{
    // ONCOLOGY_RULES.md §7.3 engine rule for labels: remission/NED only from the clinician's own note; CR only from
    // RECIST data or an explicit radiology statement; never from CTCs or markers.
    [Theory]
    [InlineData("remission from clinician note", StatusLabel.Remission, LabelEvidenceKind.ClinicianStatement, StatusLabel.Remission, true)]
    [InlineData("NED from clinician note", StatusLabel.NoEvidenceOfDisease, LabelEvidenceKind.ClinicianStatement, StatusLabel.NoEvidenceOfDisease, true)]
    [InlineData("remission from radiology statement", StatusLabel.Remission, LabelEvidenceKind.RadiologyStatement, StatusLabel.Remission, false)]
    [InlineData("remission from RECIST assessment", StatusLabel.Remission, LabelEvidenceKind.RecistAssessment, StatusLabel.Remission, false)]
    [InlineData("remission from RECIST CR", StatusLabel.Remission, LabelEvidenceKind.RecistAssessment, StatusLabel.CompleteResponse, false)]
    [InlineData("remission from CTC count", StatusLabel.Remission, LabelEvidenceKind.CirculatingTumourCells, StatusLabel.Remission, false)]
    [InlineData("remission from tumour markers", StatusLabel.Remission, LabelEvidenceKind.TumourMarkers, StatusLabel.Remission, false)]
    [InlineData("NED from tumour markers", StatusLabel.NoEvidenceOfDisease, LabelEvidenceKind.TumourMarkers, StatusLabel.NoEvidenceOfDisease, false)]
    [InlineData("NED from CTC count", StatusLabel.NoEvidenceOfDisease, LabelEvidenceKind.CirculatingTumourCells, StatusLabel.NoEvidenceOfDisease, false)]
    [InlineData("remission when clinician wrote NED (words not swapped)", StatusLabel.Remission, LabelEvidenceKind.ClinicianStatement, StatusLabel.NoEvidenceOfDisease, false)]
    [InlineData("NED when clinician wrote remission (words not swapped)", StatusLabel.NoEvidenceOfDisease, LabelEvidenceKind.ClinicianStatement, StatusLabel.Remission, false)]
    [InlineData("CR from RECIST data", StatusLabel.CompleteResponse, LabelEvidenceKind.RecistAssessment, StatusLabel.CompleteResponse, true)]
    [InlineData("CR from explicit radiology statement", StatusLabel.CompleteResponse, LabelEvidenceKind.RadiologyStatement, StatusLabel.CompleteResponse, true)]
    [InlineData("CR from clinician note only", StatusLabel.CompleteResponse, LabelEvidenceKind.ClinicianStatement, StatusLabel.CompleteResponse, false)]
    [InlineData("CR from CTC count", StatusLabel.CompleteResponse, LabelEvidenceKind.CirculatingTumourCells, StatusLabel.CompleteResponse, false)]
    [InlineData("CR from tumour markers", StatusLabel.CompleteResponse, LabelEvidenceKind.TumourMarkers, StatusLabel.CompleteResponse, false)]
    public void GivenOneEvidence_WhenDecidingLabel_ThenOnlyTheAllowedSourceLicensesIt(
        string caseId, StatusLabel requested, LabelEvidenceKind kind, StatusLabel states, bool expectedAllowed)
    {
        var decision = StatusLabelPolicy.Decide(requested, [new LabelEvidence(kind, states)]);

        Assert.True(expectedAllowed == decision.IsAllowed, caseId);
        Assert.Equal(expectedAllowed ? requested : null, decision.AllowedLabel);
        Assert.Equal(requested, decision.Requested);
        Assert.NotEmpty(decision.SourceIds);
        Assert.All(decision.SourceIds, id => Assert.True(ClinicalSources.Contains(id), id));
    }

    [Fact]
    public void GivenNoEvidence_WhenDecidingAnyLabel_ThenNotAllowed()
    {
        foreach (var label in Enum.GetValues<StatusLabel>())
        {
            var decision = StatusLabelPolicy.Decide(label, []);

            Assert.False(decision.IsAllowed);
            Assert.Null(decision.AllowedLabel);
            Assert.Empty(decision.SupportingEvidence);
        }
    }

    [Fact]
    public void GivenRemissionFromCtcCount_WhenDeciding_ThenRefusedAndReasonSaysBloodTestsNeverCount()
    {
        var decision = StatusLabelPolicy.Decide(
            StatusLabel.Remission, [new LabelEvidence(LabelEvidenceKind.CirculatingTumourCells, StatusLabel.Remission)]);

        Assert.False(decision.IsAllowed);
        Assert.Single(decision.DisregardedEvidence);
        Assert.Contains("only when your doctor's own note says so", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("CTC counts or tumour markers can never be used", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("S23", decision.SourceIds);
    }

    [Fact]
    public void GivenClinicianRemissionAndAlsoMarkers_WhenDeciding_ThenAllowedOnTheClinicianNoteAndMarkersDisregarded()
    {
        LabelEvidence clinician = new(LabelEvidenceKind.ClinicianStatement, StatusLabel.Remission);
        LabelEvidence markers = new(LabelEvidenceKind.TumourMarkers, StatusLabel.Remission);

        var decision = StatusLabelPolicy.Decide(StatusLabel.Remission, [markers, clinician]);

        Assert.True(decision.IsAllowed);
        Assert.Equal([clinician], decision.SupportingEvidence);
        Assert.Equal([markers], decision.DisregardedEvidence);
        Assert.Contains("not the same as cure", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("S33", decision.SourceIds);
    }

    [Fact]
    public void GivenRecistCompleteResponse_WhenDeciding_ThenAllowedAndReasonNamesRecistAndOnePointInTime()
    {
        var decision = StatusLabelPolicy.Decide(
            StatusLabel.CompleteResponse, [new LabelEvidence(LabelEvidenceKind.RecistAssessment, StatusLabel.CompleteResponse)]);

        Assert.True(decision.IsAllowed);
        Assert.Equal(StatusLabel.CompleteResponse, decision.AllowedLabel);
        Assert.Contains("RECIST", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("one point in time", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("S16", decision.SourceIds);
    }

    [Fact]
    public void GivenInvalidInput_WhenDeciding_ThenRejected()
    {
        Assert.Throws<ArgumentNullException>(() => StatusLabelPolicy.Decide(StatusLabel.Remission, null!));
        Assert.Throws<ArgumentException>(() => StatusLabelPolicy.Decide(StatusLabel.Remission, [null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusLabelPolicy.Decide((StatusLabel)8, []));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => StatusLabelPolicy.Decide(StatusLabel.Remission, [new LabelEvidence((LabelEvidenceKind)8, StatusLabel.Remission)]));
    }

    [FsCheck.Xunit.Property]
    public void GivenOnlyCtcAndMarkerEvidence_WhenDecidingAnyLabel_ThenNeverAllowed(bool[] kinds, int[] labels, int requestedSeed)
    {
        var evidence = kinds.Zip(labels, (isCtc, label) => new LabelEvidence(
            isCtc ? LabelEvidenceKind.CirculatingTumourCells : LabelEvidenceKind.TumourMarkers,
            (StatusLabel)Math.Abs(label % 3))).ToArray();
        var requested = (StatusLabel)Math.Abs(requestedSeed % 3);

        var decision = StatusLabelPolicy.Decide(requested, evidence);

        Assert.False(decision.IsAllowed);
        Assert.Null(decision.AllowedLabel);
    }
}
