using Cairn.Core.Safety;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// The free-text red-flag check behind the answer service: reads a question or note with
/// <see cref="SymptomExtractor"/> and applies <see cref="RedFlagRules"/> (ONCOLOGY_RULES.md §9).
/// Stateless, so one instance can serve every thread; <see cref="Assess"/> never throws.
/// </summary>
/// <remarks>
/// Known-cancer default: every Cairn user has cancer or cares for someone who does, so free text is read with
/// <see cref="PatientContext.KnownCancer"/> set (back pain with leg weakness is a possible spinal cord compression
/// even when the question does not say "cancer"). Chemotherapy, T-DXd, trastuzumab-class drugs and metastases are
/// never assumed: they come from the text or from the baseline given to the constructor.
/// </remarks>
public sealed class RedFlagTriage : ISymptomTriage
{
    private readonly PatientContext _baseline;

    /// <summary>Reads text with the known-cancer default and nothing else assumed.</summary>
    public RedFlagTriage()
        : this(PatientContext.KnownCancer)
    {
    }

    /// <summary>Reads text with a baseline the caller knows (e.g. from the person's records), added to what the text says.</summary>
    /// <param name="baseline">Context always applied; include <see cref="PatientContext.KnownCancer"/> to keep the default.</param>
    /// <exception cref="ArgumentException"><paramref name="baseline"/> has bits that are not defined flags.</exception>
    public RedFlagTriage(PatientContext baseline)
    {
        // Validated here (SymptomReport rejects undefined flags) so that Assess can never throw.
        _baseline = (SymptomReport.Empty with { Context = baseline }).Context;
    }

    /// <inheritdoc />
    public TriageResult Assess(string text) => AssessInDetail(text).ToTriageResult();

    /// <summary>Like <see cref="Assess"/>, with the typed report and rule-level triggers. Never throws.</summary>
    public RedFlagAssessment AssessInDetail(string? text)
    {
        var extracted = SymptomExtractor.Extract(text);
        return RedFlagRules.Assess(extracted with { Context = extracted.Context | _baseline });
    }
}
