namespace Cairn.Clinical.FollowUp;

/// <summary>
/// Decides whether "remission", "NED" or "complete response" may be shown (ONCOLOGY_RULES.md §7.3 engine rule):
/// remission/NED only when the clinician's own statement says so; CR only from RECIST data or an explicit radiology
/// statement; never from CTCs or tumour markers. A label is shown in the words the evidence used: a clinician's "NED"
/// does not license "remission", and the reverse. Pure and deterministic.
/// </summary>
public static class StatusLabelPolicy
{
    /// <summary>Decides whether <paramref name="requested"/> may be shown given the evidence.</summary>
    /// <param name="requested">The label a caller wants to show.</param>
    /// <param name="evidence">Statements of labels from any source; order does not matter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined enum value in the request or the evidence.</exception>
    public static StatusLabelDecision Decide(StatusLabel requested, IEnumerable<LabelEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!Enum.IsDefined(requested))
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, $"Unknown status label value {(int)requested}.");
        }

        var items = evidence.ToArray();
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException("Label evidence cannot contain null.", nameof(evidence));
            }

            if (!Enum.IsDefined(item.Kind) || !Enum.IsDefined(item.StatesLabel))
            {
                throw new ArgumentOutOfRangeException(nameof(evidence), item, "Label evidence holds an undefined kind or label.");
            }
        }

        var stating = items.Where(item => item.StatesLabel == requested).ToArray();
        var supporting = stating.Where(item => IsAcceptable(requested, item.Kind)).ToArray();
        var disregarded = stating.Where(item => !IsAcceptable(requested, item.Kind)).ToArray();
        bool fromBloodTests = disregarded.Any(item => item.Kind is LabelEvidenceKind.CirculatingTumourCells or LabelEvidenceKind.TumourMarkers);

        var sources = new List<string>(requested == StatusLabel.CompleteResponse ? ["S16", "S33"] : ["S33", "S34"]);
        if (fromBloodTests)
        {
            // §5/§7.3: no guideline defines remission, CR or NED by CTCs (by absence in S18–S24); ASCO: circulating
            // biomarkers are not used alone (S23) nor recommended for monitoring response (S24).
            sources.AddRange(["S23", "S24"]);
        }

        bool allowed = supporting.Length > 0;
        string reason = allowed ? AllowedReason(requested, supporting) : RefusedReason(requested, fromBloodTests);
        return new StatusLabelDecision(
            requested, allowed, allowed ? requested : null, supporting, disregarded, reason, sources.AsReadOnly());
    }

    /// <summary>The plain-language name of a label, as it would be shown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined enum value.</exception>
    public static string DisplayName(StatusLabel label) => label switch
    {
        StatusLabel.Remission => "remission",
        StatusLabel.NoEvidenceOfDisease => "no evidence of disease (NED)",
        StatusLabel.CompleteResponse => "complete response",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, $"Unknown status label value {(int)label}."),
    };

    private static string Capitalised(StatusLabel label)
    {
        string name = DisplayName(label);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static bool IsAcceptable(StatusLabel label, LabelEvidenceKind kind) => label switch
    {
        // §7.3: "remission/NED" only if the clinician's own note says so.
        StatusLabel.Remission or StatusLabel.NoEvidenceOfDisease => kind == LabelEvidenceKind.ClinicianStatement,

        // §7.3: "CR" only from RECIST data (S16) or an explicit radiology statement.
        StatusLabel.CompleteResponse => kind is LabelEvidenceKind.RecistAssessment or LabelEvidenceKind.RadiologyStatement,
        _ => false,
    };

    private static string AllowedReason(StatusLabel label, LabelEvidence[] supporting)
    {
        if (label != StatusLabel.CompleteResponse)
        {
            return $"Your doctor's own note says \"{DisplayName(label)}\", so this can be shown. It means no cancer can be found on exams and tests; it is not the same as cure, because cells too few to detect may remain.";
        }

        string basis = supporting.Any(item => item.Kind == LabelEvidenceKind.RecistAssessment)
            ? "Your scan measurements meet the RECIST rules for a complete response"
            : "Your radiology report states a complete response";
        return basis + ", so this can be shown. It describes your scans at one point in time; it is not the same as cure.";
    }

    private static string RefusedReason(StatusLabel label, bool fromBloodTests)
    {
        string rule = label == StatusLabel.CompleteResponse
            ? "\"Complete response\" can be shown only when scan measurements assessed with RECIST or a radiology report state it, and neither does here."
            : $"\"{Capitalised(label)}\" can be shown only when your doctor's own note says so, and no such note was given.";
        return fromBloodTests
            ? rule + " Blood tests such as CTC counts or tumour markers can never be used for this label."
            : rule;
    }
}
