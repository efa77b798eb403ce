using Cairn.Clinical.Recist;
using static Cairn.Clinical.Tests.Recist.RecistBuilders;

namespace Cairn.Clinical.Tests.Recist;

public sealed class RecistOverallResponseTests
{
    private static readonly TargetResponse[] s_anyTarget = Enum.GetValues<TargetResponse>();
    private static readonly NonTargetResponse[] s_anyNonTarget = Enum.GetValues<NonTargetResponse>();
    private static readonly NewLesionStatus[] s_anyNew = Enum.GetValues<NewLesionStatus>();

    /// <summary>ONCOLOGY_RULES.md §4 overall response table (RECIST Table 1), "Any" and "Non-PD or not all evaluated" expanded.</summary>
    public static TheoryData<string, TargetResponse, NonTargetResponse, NewLesionStatus, OverallResponse> Table1
    {
        get
        {
            var data = new TheoryData<string, TargetResponse, NonTargetResponse, NewLesionStatus, OverallResponse>
            {
                { "T1 row 1: CR | CR | No -> CR", TargetResponse.CompleteResponse, NonTargetResponse.CompleteResponse, NewLesionStatus.None, OverallResponse.CompleteResponse },
                { "T1 row 2: CR | Non-CR/non-PD | No -> PR", TargetResponse.CompleteResponse, NonTargetResponse.NonCRNonPD, NewLesionStatus.None, OverallResponse.PartialResponse },
                { "T1 row 3: CR | NE | No -> PR", TargetResponse.CompleteResponse, NonTargetResponse.NotEvaluable, NewLesionStatus.None, OverallResponse.PartialResponse },
                { "T1 row 4: PR | CR | No -> PR", TargetResponse.PartialResponse, NonTargetResponse.CompleteResponse, NewLesionStatus.None, OverallResponse.PartialResponse },
                { "T1 row 4: PR | Non-CR/non-PD | No -> PR", TargetResponse.PartialResponse, NonTargetResponse.NonCRNonPD, NewLesionStatus.None, OverallResponse.PartialResponse },
                { "T1 row 4: PR | NE | No -> PR", TargetResponse.PartialResponse, NonTargetResponse.NotEvaluable, NewLesionStatus.None, OverallResponse.PartialResponse },
                { "T1 row 5: SD | CR | No -> SD", TargetResponse.StableDisease, NonTargetResponse.CompleteResponse, NewLesionStatus.None, OverallResponse.StableDisease },
                { "T1 row 5: SD | Non-CR/non-PD | No -> SD", TargetResponse.StableDisease, NonTargetResponse.NonCRNonPD, NewLesionStatus.None, OverallResponse.StableDisease },
                { "T1 row 5: SD | NE | No -> SD", TargetResponse.StableDisease, NonTargetResponse.NotEvaluable, NewLesionStatus.None, OverallResponse.StableDisease },
                { "T1 row 6: NE | CR | No -> NE", TargetResponse.NotEvaluable, NonTargetResponse.CompleteResponse, NewLesionStatus.None, OverallResponse.NotEvaluable },
                { "T1 row 6: NE | Non-CR/non-PD | No -> NE", TargetResponse.NotEvaluable, NonTargetResponse.NonCRNonPD, NewLesionStatus.None, OverallResponse.NotEvaluable },
                { "T1 row 6 (implied): NE | NE | No -> NE", TargetResponse.NotEvaluable, NonTargetResponse.NotEvaluable, NewLesionStatus.None, OverallResponse.NotEvaluable },
            };

            // T1 row 7: PD | Any | Any -> PD.
            foreach (var nonTarget in s_anyNonTarget)
            {
                foreach (var newLesions in s_anyNew)
                {
                    data.Add($"T1 row 7: PD | {nonTarget.ToRecistCode()} | {newLesions} -> PD", TargetResponse.ProgressiveDisease, nonTarget, newLesions, OverallResponse.ProgressiveDisease);
                }
            }

            // T1 row 8: Any | PD | Any -> PD.
            foreach (var target in s_anyTarget)
            {
                foreach (var newLesions in s_anyNew)
                {
                    data.Add($"T1 row 8: {target.ToRecistCode()} | PD | {newLesions} -> PD", target, NonTargetResponse.ProgressiveDisease, newLesions, OverallResponse.ProgressiveDisease);
                }
            }

            // T1 row 9: Any | Any | Yes -> PD.
            foreach (var target in s_anyTarget)
            {
                foreach (var nonTarget in s_anyNonTarget)
                {
                    data.Add($"T1 row 9: {target.ToRecistCode()} | {nonTarget.ToRecistCode()} | Yes -> PD", target, nonTarget, NewLesionStatus.Unequivocal, OverallResponse.ProgressiveDisease);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Table1))]
    public void GivenTable1Row_WhenCombining_ThenOverallResponseMatchesSpec(string caseId, TargetResponse target, NonTargetResponse nonTarget, NewLesionStatus newLesions, OverallResponse expected)
    {
        var result = RecistOverallResponse.Combine(target, nonTarget, newLesions);

        Assert.True(expected == result.Response, $"{caseId}: expected {expected}, got {result.Response}");
        Assert.Equal(["S16", "S17"], result.SourceIds);
    }

    /// <summary>Non-target-only table (RECIST Table 2).</summary>
    public static TheoryData<string, NonTargetResponse, NewLesionStatus, OverallResponse> Table2
    {
        get
        {
            var data = new TheoryData<string, NonTargetResponse, NewLesionStatus, OverallResponse>
            {
                { "T2 row 1: CR | No -> CR", NonTargetResponse.CompleteResponse, NewLesionStatus.None, OverallResponse.CompleteResponse },
                { "T2 row 2: Non-CR/non-PD | No -> Non-CR/non-PD (not SD)", NonTargetResponse.NonCRNonPD, NewLesionStatus.None, OverallResponse.NonCRNonPD },
                { "T2 row 3: Not all evaluated | No -> NE", NonTargetResponse.NotEvaluable, NewLesionStatus.None, OverallResponse.NotEvaluable },
                { "T2 row 4: Unequivocal PD | No -> PD", NonTargetResponse.ProgressiveDisease, NewLesionStatus.None, OverallResponse.ProgressiveDisease },
                { "T2 row 4: Unequivocal PD | Yes -> PD", NonTargetResponse.ProgressiveDisease, NewLesionStatus.Unequivocal, OverallResponse.ProgressiveDisease },
                { "T2 row 4: Unequivocal PD | Equivocal -> PD", NonTargetResponse.ProgressiveDisease, NewLesionStatus.Equivocal, OverallResponse.ProgressiveDisease },
            };

            // T2 row 5: Any | Yes -> PD.
            foreach (var nonTarget in s_anyNonTarget)
            {
                data.Add($"T2 row 5: {nonTarget.ToRecistCode()} | Yes -> PD", nonTarget, NewLesionStatus.Unequivocal, OverallResponse.ProgressiveDisease);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Table2))]
    public void GivenTable2Row_WhenCombiningNonTargetOnly_ThenOverallResponseMatchesSpec(string caseId, NonTargetResponse nonTarget, NewLesionStatus newLesions, OverallResponse expected)
    {
        var result = RecistOverallResponse.CombineNonTargetOnly(nonTarget, newLesions);

        Assert.True(expected == result.Response, $"{caseId}: expected {expected}, got {result.Response}");
    }

    [Fact]
    public void GivenAnyCombination_WhenCombining_ThenTablesNeverMixTheirCategories()
    {
        foreach (var target in s_anyTarget)
        {
            foreach (var nonTarget in s_anyNonTarget)
            {
                foreach (var newLesions in s_anyNew)
                {
                    Assert.NotEqual(OverallResponse.NonCRNonPD, RecistOverallResponse.Combine(target, nonTarget, newLesions).Response);
                    var nonTargetOnly = RecistOverallResponse.CombineNonTargetOnly(nonTarget, newLesions).Response;
                    Assert.NotEqual(OverallResponse.StableDisease, nonTargetOnly);
                    Assert.NotEqual(OverallResponse.PartialResponse, nonTargetOnly);
                }
            }
        }
    }

    [Theory]
    [InlineData("target CR, non-target CR", TargetResponse.CompleteResponse, NonTargetResponse.CompleteResponse, OverallResponse.CompleteResponse)]
    [InlineData("target PR", TargetResponse.PartialResponse, NonTargetResponse.NonCRNonPD, OverallResponse.PartialResponse)]
    [InlineData("target SD", TargetResponse.StableDisease, NonTargetResponse.CompleteResponse, OverallResponse.StableDisease)]
    public void GivenEquivocalNewLesion_WhenCombining_ThenNotPdButFlaggedForFollowUp(string caseId, TargetResponse target, NonTargetResponse nonTarget, OverallResponse expected)
    {
        var result = RecistOverallResponse.Combine(target, nonTarget, NewLesionStatus.Equivocal);

        Assert.True(expected == result.Response, caseId);
        Assert.True(result.EquivocalNewLesionNeedsFollowUp);
        Assert.Contains("follow-up", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenEquivocalNewLesionWithNonTargetOnlyDisease_WhenCombining_ThenNotPdButFlagged()
    {
        var result = RecistOverallResponse.CombineNonTargetOnly(NonTargetResponse.NonCRNonPD, NewLesionStatus.Equivocal);

        Assert.Equal(OverallResponse.NonCRNonPD, result.Response);
        Assert.True(result.EquivocalNewLesionNeedsFollowUp);
    }

    [Fact]
    public void GivenUndefinedValues_WhenCombining_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RecistOverallResponse.Combine(TargetResponse.PartialResponse, NonTargetResponse.CompleteResponse, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecistOverallResponse.Combine((TargetResponse)42, NonTargetResponse.CompleteResponse, NewLesionStatus.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecistOverallResponse.CombineNonTargetOnly((NonTargetResponse)42, NewLesionStatus.None));
    }

    [Fact]
    public void GivenNonTargetOnlyBaseline_WhenEvaluatingTimePoint_ThenTable2IsUsedAndTargetIsNull()
    {
        var baseline = RecistTargetSelection.Select([Special("bone", SpecialLesionType.BlasticBone), Special("fluid", SpecialLesionType.EffusionOrAscites, "pleura")]);
        var scan = Scan([], [new NonTargetAssessment("bone", NonTargetLesionState.Present), new NonTargetAssessment("fluid", NonTargetLesionState.Absent)]);

        var result = RecistEvaluator.EvaluateTimePoint(baseline, [], scan);

        Assert.Null(result.Target);
        Assert.Equal(OverallResponse.NonCRNonPD, result.Overall);
        Assert.Equal("Non-CR/non-PD", result.Overall.ToRecistCode());
    }

    [Fact]
    public void GivenPartialResponse_WhenEvaluatingTimePoint_ThenNotesExplainConfirmationAndInterpretation()
    {
        var result = RecistEvaluator.EvaluateTimePoint(SingleTarget(100), [], SingleTargetScan(60));

        Assert.Equal(OverallResponse.PartialResponse, result.Overall);
        Assert.Contains(RecistEvaluator.InterpretationNote, result.Notes);
        Assert.Contains(RecistEvaluator.ConfirmationNote, result.Notes);
        Assert.DoesNotContain(RecistEvaluator.StableDiseaseNote, result.Notes);
    }

    [Fact]
    public void GivenStableDisease_WhenEvaluatingTimePoint_ThenMinimumIntervalNoteIsAdded()
    {
        var result = RecistEvaluator.EvaluateTimePoint(SingleTarget(100), [], SingleTargetScan(90));

        Assert.Equal(OverallResponse.StableDisease, result.Overall);
        Assert.Contains(RecistEvaluator.StableDiseaseNote, result.Notes);
    }

    [Fact]
    public void GivenEquivocalNewLesion_WhenEvaluatingTimePoint_ThenFollowUpNoteAndFlag()
    {
        var result = RecistEvaluator.EvaluateTimePoint(SingleTarget(100), [], SingleTargetScan(60, NewLesionStatus.Equivocal));

        Assert.Equal(OverallResponse.PartialResponse, result.Overall);
        Assert.True(result.EquivocalNewLesionNeedsFollowUp);
        Assert.Contains(RecistEvaluator.EquivocalNewLesionNote, result.Notes);
    }

    [Fact]
    public void GivenBaselineWithNoDisease_WhenEvaluatingTimePoint_ThenArgumentException()
    {
        var baseline = RecistTargetSelection.Select([Node("normal", 6)]);

        Assert.Throws<ArgumentException>(() => RecistEvaluator.EvaluateTimePoint(baseline, [], Scan([])));
    }

    [Fact]
    public void GivenEveryOutcome_ThenNoReasonOrNoteMentionsRemissionCureOrRecurrence()
    {
        var texts = new List<string>();
        foreach (var target in s_anyTarget)
        {
            foreach (var nonTarget in s_anyNonTarget)
            {
                foreach (var newLesions in s_anyNew)
                {
                    texts.Add(RecistOverallResponse.Combine(target, nonTarget, newLesions).Reason);
                    texts.Add(RecistOverallResponse.CombineNonTargetOnly(nonTarget, newLesions).Reason);
                }
            }
        }

        foreach (var now in new[] { 0.0, 5.0, 60.0, 90.0, 130.0 })
        {
            var result = RecistEvaluator.EvaluateTimePoint(SingleTarget(100), [], SingleTargetScan(now));
            texts.Add(result.Reason);
            texts.Add(result.Target!.Reason);
            texts.Add(result.NonTarget.Reason);
            texts.AddRange(result.Notes);
        }

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("remission", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("cure", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("recurrence", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData(TargetResponse.CompleteResponse, "CR")]
    [InlineData(TargetResponse.PartialResponse, "PR")]
    [InlineData(TargetResponse.StableDisease, "SD")]
    [InlineData(TargetResponse.ProgressiveDisease, "PD")]
    [InlineData(TargetResponse.NotEvaluable, "NE")]
    public void GivenTargetResponse_WhenAbbreviating_ThenRecistCodeIsUsed(TargetResponse response, string code)
    {
        Assert.Equal(code, response.ToRecistCode());
    }
}
