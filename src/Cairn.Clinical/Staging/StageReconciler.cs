namespace Cairn.Clinical.Staging;

/// <summary>
/// Compares a stage written in a report with the computed anatomic stage (ONCOLOGY_RULES.md general rule 1 and §3.4).
/// The stated stage always wins; a difference is flagged, never corrected. Prognostic stages are not compared, because
/// they also use grade, ER, PR, HER2 (and sometimes Oncotype DX) and legitimately differ from the anatomic stage (S11, S12).
/// </summary>
public static class StageReconciler
{
    /// <summary>Compares a stated stage with a computed anatomic stage.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="computed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stated"/> is a default (uninitialised) value.</exception>
    public static StageReconciliation Reconcile(StatedStage stated, AnatomicStageResult computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (stated.Group == StageGroup.Unmappable)
        {
            throw new ArgumentException("The stated stage is empty (a default value); parse or construct a real stage group.", nameof(stated));
        }

        var statedText = TnmText.Format(stated.Group);
        var computedText = TnmText.Format(computed.Stage);
        var tnm = $"{TnmText.Format(computed.T)} {TnmText.Format(computed.N)} {TnmText.Format(computed.M)}";

        StageReconciliation Result(StageAgreement agreement, string? warning, string reason) =>
            new(stated, computed.Stage, agreement, warning, reason, StagingSources.StageComparison);

        if (stated.Kind is StatedStageKind.Prognostic or StatedStageKind.ClinicalPrognostic or StatedStageKind.PathologicalPrognostic)
        {
            // AJCC 8th (S11, S12): prognostic stage adds grade, ER, PR, HER2 (± Oncotype DX); it is not comparable.
            return Result(StageAgreement.NotComparable, null,
                $"Your report gives a prognostic stage ({statedText}), which also uses grade and ER, PR and HER2 results, so it can differ from the anatomic stage and is not compared. The stage in your report is the one shown.");
        }

        if (computed.Stage == StageGroup.Unmappable)
        {
            return Result(StageAgreement.NotComparable, null,
                $"The anatomic stage could not be worked out from {tnm}, so it cannot be checked. The stage in your report ({statedText}) is the one shown.");
        }

        if (stated.Group == computed.Stage)
        {
            return Result(StageAgreement.Agrees, null,
                $"The stage in your report ({statedText}) matches the anatomic stage worked out from {tnm}.");
        }

        // General rule 1: the report wins; flag the difference, never overwrite it.
        var warning = $"Discrepancy – ask your care team: the report says {statedText}, but {tnm} gives {computedText} in the anatomic stage table.";
        if (stated.Kind == StatedStageKind.Unspecified)
        {
            warning += " The report may be giving a prognostic stage, which also uses grade, ER, PR and HER2 and can be different.";
        }

        return Result(StageAgreement.Discrepancy, warning,
            $"The stage in your report ({statedText}) is the one shown. It does not match the anatomic stage worked out from {tnm} ({computedText}), so please ask your care team about it.");
    }
}
