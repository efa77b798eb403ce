using System.Globalization;

namespace Cairn.Clinical.Recist;

/// <summary>Checks that a time point matches its baseline lesion for lesion, so no lesion is silently dropped or guessed.</summary>
internal static class RecistTimePointValidator
{
    public static void Validate(RecistBaseline baseline, RecistTimePoint timePoint, string paramName)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(timePoint, paramName);

        if (!Enum.IsDefined(timePoint.Markers))
        {
            throw new ArgumentOutOfRangeException(paramName, timePoint.Markers, $"'{timePoint.Markers}' is not a defined tumour marker status; it must be stated.");
        }

        if (!Enum.IsDefined(timePoint.NewLesions))
        {
            throw new ArgumentOutOfRangeException(paramName, timePoint.NewLesions, $"'{timePoint.NewLesions}' is not a defined new-lesion status; it must be stated.");
        }

        if (timePoint.Targets is null || timePoint.NonTargets is null)
        {
            throw new ArgumentException("A time point needs target and non-target lists (they may be empty only when the baseline has none).", paramName);
        }

        MatchIds("target", baseline.Targets, timePoint.Targets.Select(m => m?.LesionId), paramName);
        MatchIds("non-target", baseline.NonTargets, timePoint.NonTargets.Select(a => a?.LesionId), paramName);

        var nodes = baseline.NonTargets.ToDictionary(lesion => lesion.Id, lesion => lesion.IsLymphNode, StringComparer.Ordinal);
        foreach (var assessment in timePoint.NonTargets)
        {
            if (!Enum.IsDefined(assessment.State))
            {
                throw new ArgumentOutOfRangeException(paramName, assessment.State, $"Non-target '{assessment.LesionId}': '{assessment.State}' is not a defined state.");
            }

            if (assessment.ShortAxisMm is not { } shortAxis)
            {
                continue;
            }

            if (!nodes[assessment.LesionId])
            {
                throw new ArgumentException($"Non-target '{assessment.LesionId}' is not a lymph node, so a short axis does not apply.", paramName);
            }

            if (double.IsNaN(shortAxis) || double.IsInfinity(shortAxis) || shortAxis < 0)
            {
                throw new ArgumentOutOfRangeException(paramName, shortAxis,
                    $"Non-target '{assessment.LesionId}': the short axis must be a finite number of mm, 0 or more, but it was {shortAxis.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }

    private static void MatchIds(string kind, IReadOnlyList<Lesion> expected, IEnumerable<string?> given, string paramName)
    {
        var ids = given.ToList();
        if (ids.Any(id => id is null))
        {
            throw new ArgumentException($"The {kind} list contains a null entry.", paramName);
        }

        var repeated = ids.GroupBy(id => id!, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException($"{Capital(kind)} lesions are listed more than once: {string.Join(", ", repeated)}.", paramName);
        }

        var expectedIds = expected.Select(lesion => lesion.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = ids.Where(id => !expectedIds.Contains(id!)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"These are not baseline {kind} lesions: {string.Join(", ", unknown)}.", paramName);
        }

        var missing = expectedIds.Where(id => !ids.Contains(id, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"Baseline {kind} lesions are missing from this scan: {string.Join(", ", missing)}. Record them as not evaluated instead of leaving them out.",
                paramName);
        }
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
