namespace Cairn.Clinical.Ctc;

/// <summary>What a CTC count means against the cut-off for its setting (ONCOLOGY_RULES.md §5 table).</summary>
public enum CtcCategory
{
    /// <summary>The count is 0. True in any setting and any volume; never a sign of remission.</summary>
    NoneDetected = 0,

    /// <summary>Metastatic setting, 1–4 per 7.5 mL: below the ≥5 cut-off (S18).</summary>
    BelowThreshold = 1,

    /// <summary>Metastatic setting, ≥5 per 7.5 mL: unfavourable prognostic group, not a treatment trigger (S18, S22).</summary>
    Elevated = 2,

    /// <summary>Early setting (stage I–III), ≥1 per 7.5 mL: associated with higher recurrence risk (S20, S21).</summary>
    Detected = 3,

    /// <summary>The count is above 0 but no cut-off could be applied; <see cref="CtcInterpretation.Flags"/> says why.</summary>
    NotInterpreted = 4,
}
