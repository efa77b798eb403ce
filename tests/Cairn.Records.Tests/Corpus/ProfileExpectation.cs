using System.Globalization;
using System.Text.Json;
using Cairn.Core.Profiles;

namespace Cairn.Records.Tests.Corpus;

/// <summary>
/// Compares a built <see cref="PatientProfile"/> with a case's <c>expected.json</c>, field by field. A property left
/// out of expected.json is not checked; <c>null</c> means the field must be null; an array (treatments, observations)
/// must match the profile's list exactly, in any order, each expected entry checking only the properties it gives.
/// </summary>
/// <remarks>
/// expected.json is read strictly: an unknown property is itself a mismatch (field <c>expected.json</c>), so a typo
/// cannot silently turn a check off.
/// </remarks>
internal static class ProfileExpectation
{
    private static readonly string[] s_topLevel =
        ["description", "cancer", "biomarkers", "stage", "treatments", "observations", "warningsContain", "warningsNotContain"];

    /// <summary>Every difference between <paramref name="expected"/> and <paramref name="profile"/>.</summary>
    public static List<Mismatch> Compare(JsonElement expected, PatientProfile profile)
    {
        var mismatches = new List<Mismatch>();
        RequireObject(expected, "(root)", s_topLevel, mismatches);

        if (Section(expected, "cancer", ["site", "histology", "laterality"], mismatches) is { } cancer)
        {
            Text(cancer, "site", "cancer.site", profile.Cancer.Site, mismatches);
            Text(cancer, "histology", "cancer.histology", profile.Cancer.Histology, mismatches);
            Text(cancer, "laterality", "cancer.laterality", profile.Cancer.Laterality, mismatches);
        }

        if (Section(expected, "biomarkers", ["er", "pr", "her2"], mismatches) is { } biomarkers)
        {
            Receptor(biomarkers, "er", profile.Biomarkers.Er, mismatches);
            Receptor(biomarkers, "pr", profile.Biomarkers.Pr, mismatches);
            Her2(biomarkers, profile.Biomarkers.Her2, mismatches);
        }

        if (Section(expected, "stage", ["t", "n", "m", "group", "basis"], mismatches) is { } stage)
        {
            Text(stage, "t", "stage.t", profile.Stage.T, mismatches);
            Text(stage, "n", "stage.n", profile.Stage.N, mismatches);
            Text(stage, "m", "stage.m", profile.Stage.M, mismatches);
            Text(stage, "group", "stage.group", profile.Stage.Group, mismatches);
            Text(stage, "basis", "stage.basis", profile.Stage.Basis, mismatches);
        }

        if (expected.TryGetProperty("treatments", out var treatments))
        {
            List(treatments, "treatments", ["name", "start", "end"], profile.Treatments, Describe, MatchesTreatment, mismatches);
        }

        if (expected.TryGetProperty("observations", out var observations))
        {
            List(observations, "observations", ["name", "value", "unit", "date", "referenceHigh", "lab"], profile.Observations, Describe, MatchesObservation, mismatches);
        }

        Warnings(expected, profile.Warnings, mismatches);
        return mismatches;
    }

    private static JsonElement? Section(JsonElement parent, string name, string[] allowed, List<Mismatch> mismatches)
    {
        if (!parent.TryGetProperty(name, out var section))
        {
            return null;
        }

        return RequireObject(section, name, allowed, mismatches) ? section : null;
    }

    private static bool RequireObject(JsonElement element, string path, string[] allowed, List<Mismatch> mismatches)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            mismatches.Add(new Mismatch("expected.json", $"'{path}' must be an object, not {element.ValueKind}"));
            return false;
        }

        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
        {
            mismatches.Add(new Mismatch("expected.json", $"unknown property '{property.Name}' in '{path}' (allowed: {string.Join(", ", allowed)})"));
        }

        return true;
    }

    private static void Receptor(JsonElement biomarkers, string name, ReceptorInfo actual, List<Mismatch> mismatches)
    {
        if (Section(biomarkers, name, ["status", "percent"], mismatches) is { } receptor)
        {
            Text(receptor, "status", $"biomarkers.{name}.status", actual.Status, mismatches);
            Number(receptor, "percent", $"biomarkers.{name}.percent", actual.Percent, mismatches);
        }
    }

    private static void Her2(JsonElement biomarkers, Her2Info actual, List<Mismatch> mismatches)
    {
        if (Section(biomarkers, "her2", ["status", "ihc", "ish"], mismatches) is not { } her2)
        {
            return;
        }

        Text(her2, "status", "biomarkers.her2.status", actual.Status, mismatches);
        Text(her2, "ihc", "biomarkers.her2.ihc", actual.Ihc, mismatches);
        if (Section(her2, "ish", ["result", "ratio", "copiesPerCell", "group"], mismatches) is { } ish)
        {
            Text(ish, "result", "biomarkers.her2.ish.result", actual.Ish.Result, mismatches);
            Number(ish, "ratio", "biomarkers.her2.ish.ratio", actual.Ish.Ratio, mismatches);
            Number(ish, "copiesPerCell", "biomarkers.her2.ish.copiesPerCell", actual.Ish.CopiesPerCell, mismatches);
            Number(ish, "group", "biomarkers.her2.ish.group", actual.Ish.Group, mismatches);
        }
    }

    private static void Text(JsonElement parent, string name, string field, string? actual, List<Mismatch> mismatches)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            mismatches.Add(new Mismatch("expected.json", $"'{field}' must be a string or null"));
            return;
        }

        var expected = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            mismatches.Add(new Mismatch(field, $"expected {Show(expected)}, actual {Show(actual)}"));
        }
    }

    private static void Number(JsonElement parent, string name, string field, decimal? actual, List<Mismatch> mismatches)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
        {
            mismatches.Add(new Mismatch("expected.json", $"'{field}' must be a number or null"));
            return;
        }

        decimal? expected = value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
        if (expected != actual)
        {
            mismatches.Add(new Mismatch(field, $"expected {Show(expected)}, actual {Show(actual)}"));
        }
    }

    private static void List<T>(
        JsonElement expected,
        string field,
        string[] allowed,
        IReadOnlyList<T> actual,
        Func<T, string> describe,
        Func<JsonElement, T, bool> matches,
        List<Mismatch> mismatches)
    {
        if (expected.ValueKind != JsonValueKind.Array)
        {
            mismatches.Add(new Mismatch("expected.json", $"'{field}' must be an array"));
            return;
        }

        var unused = actual.ToList();
        var missing = new List<string>();
        foreach (var entry in expected.EnumerateArray())
        {
            if (!RequireObject(entry, field + "[]", allowed, mismatches))
            {
                continue;
            }

            var index = unused.FindIndex(candidate => matches(entry, candidate));
            if (index < 0)
            {
                missing.Add(entry.GetRawText().ReplaceLineEndings(" "));
            }
            else
            {
                unused.RemoveAt(index);
            }
        }

        if (missing.Count > 0 || unused.Count > 0)
        {
            mismatches.Add(new Mismatch(field,
                $"expected but not found: [{string.Join("; ", missing)}]; found but not expected: [{string.Join("; ", unused.Select(describe))}]; actual list: [{string.Join("; ", actual.Select(describe))}]"));
        }
    }

    private static bool MatchesTreatment(JsonElement expected, TreatmentInfo actual) =>
        SameText(expected, "name", actual.Name)
        && SameDate(expected, "start", actual.Start)
        && SameDate(expected, "end", actual.End);

    private static bool MatchesObservation(JsonElement expected, ObservationInfo actual) =>
        SameText(expected, "name", actual.Name)
        && SameNumber(expected, "value", actual.Value)
        && SameText(expected, "unit", actual.Unit)
        && SameDate(expected, "date", actual.Date)
        && SameNumber(expected, "referenceHigh", actual.ReferenceHigh)
        && SameText(expected, "lab", actual.Lab);

    private static bool SameText(JsonElement expected, string name, string? actual) =>
        !expected.TryGetProperty(name, out var value)
        || (value.ValueKind == JsonValueKind.Null ? actual is null : value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), actual, StringComparison.Ordinal));

    private static bool SameNumber(JsonElement expected, string name, decimal? actual) =>
        !expected.TryGetProperty(name, out var value)
        || (value.ValueKind == JsonValueKind.Null ? actual is null : value.ValueKind == JsonValueKind.Number && value.GetDecimal() == actual);

    private static bool SameDate(JsonElement expected, string name, DateOnly? actual) =>
        !expected.TryGetProperty(name, out var value)
        || (value.ValueKind == JsonValueKind.Null
            ? actual is null
            : value.ValueKind == JsonValueKind.String && actual is { } date
              && string.Equals(value.GetString(), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static void Warnings(JsonElement expected, IReadOnlyList<string> warnings, List<Mismatch> mismatches)
    {
        foreach (var (name, mustAppear) in new[] { ("warningsContain", true), ("warningsNotContain", false) })
        {
            if (!expected.TryGetProperty(name, out var list))
            {
                continue;
            }

            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                mismatches.Add(new Mismatch("expected.json", $"'{name}' must be an array of strings"));
                continue;
            }

            foreach (var text in list.EnumerateArray().Select(e => e.GetString()!))
            {
                var found = warnings.Any(w => w.Contains(text, StringComparison.Ordinal));
                if (found != mustAppear)
                {
                    mismatches.Add(new Mismatch(name, mustAppear
                        ? $"no warning contains {Show(text)}"
                        : $"a warning contains {Show(text)}, which must not appear"));
                }
            }
        }
    }

    private static string Describe(TreatmentInfo treatment) =>
        $"{treatment.Name} (start {Show(treatment.Start)}, end {Show(treatment.End)})";

    private static string Describe(ObservationInfo observation) =>
        $"{observation.Name} {Show(observation.Value)} {observation.Unit} on {Show(observation.Date)} (ref high {Show(observation.ReferenceHigh)}, lab {Show(observation.Lab)})";

    private static string Show(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Show(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";
}
