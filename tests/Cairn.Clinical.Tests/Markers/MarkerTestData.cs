using Cairn.Clinical.Markers;
using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.Markers;

/// <summary>Builders and shared assertions for marker tests.</summary>
internal static class MarkerTestData
{
    public const string LabA = "City Lab / Roche Elecsys";
    public const string LabB = "County Lab / Abbott Architect";

    public static readonly DateOnly Day0 = new(2026, 1, 5);

    public static MarkerResult Cea(decimal value, int dayOffset = 0, string lab = LabA, decimal? labUpperLimit = null) =>
        new(TumourMarker.Cea, value, MarkerUnit.NanogramsPerMillilitre, Day0.AddDays(dayOffset), lab, labUpperLimit);

    public static MarkerResult Ca153(decimal value, int dayOffset = 0, string lab = LabA, decimal? labUpperLimit = null) =>
        new(TumourMarker.Ca153, value, MarkerUnit.UnitsPerMillilitre, Day0.AddDays(dayOffset), lab, labUpperLimit);

    public static MarkerResult Ca2729(decimal value, int dayOffset = 0, string lab = LabA, decimal? labUpperLimit = null) =>
        new(TumourMarker.Ca2729, value, MarkerUnit.UnitsPerMillilitre, Day0.AddDays(dayOffset), lab, labUpperLimit);

    /// <summary>A marker output never claims recurrence or progression and always sends the person to their team.</summary>
    public static void AssertSafeWording(string reason, IEnumerable<MarkerNote> notes, IReadOnlyList<string> sourceIds)
    {
        foreach (string? text in notes.Select(note => note.Text).Prepend(reason))
        {
            Assert.DoesNotContain("recur", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("progress", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("remission", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("has spread", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("discuss", reason, StringComparison.Ordinal);
        Assert.Contains("care team", reason, StringComparison.Ordinal);
        Assert.NotEmpty(sourceIds);
        Assert.All(sourceIds, id => Assert.True(ClinicalSources.Contains(id), id));
        Assert.All(notes.SelectMany(note => note.SourceIds), id => Assert.True(ClinicalSources.Contains(id), id));
    }
}
