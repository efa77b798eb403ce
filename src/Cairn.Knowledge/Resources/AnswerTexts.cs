using System.Globalization;
using System.Resources;

namespace Cairn.Knowledge.Resources;

/// <summary>Patient-facing fixed texts of answers, kept in <c>AnswerTexts.resx</c>.</summary>
internal static class AnswerTexts
{
    private static readonly ResourceManager s_resources =
        new("Cairn.Knowledge.Resources.AnswerTexts", typeof(AnswerTexts).Assembly);

    public static string Disclaimer => Get(nameof(Disclaimer));

    public static string NotCoveredHeading => Get(nameof(NotCoveredHeading));

    public static string NotCoveredText => Get(nameof(NotCoveredText));

    public static string NotCoveredScope => Get(nameof(NotCoveredScope));

    public static string PartNotCoveredHeading => Get(nameof(PartNotCoveredHeading));

    public static string UrgentTitle => Get(nameof(UrgentTitle));

    public static string TriageNoteHeading => Get(nameof(TriageNoteHeading));

    public static IReadOnlyList<string> FallbackQuestions =>
        Enumerable.Range(1, 5).Select(n => Get($"FallbackQuestion{n}")).ToArray();

    public static string PartNotCovered(string part) =>
        string.Format(CultureInfo.InvariantCulture, Get(nameof(PartNotCovered)), part);

    private static string Get(string name) =>
        s_resources.GetString(name, CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"The answer text '{name}' is missing from AnswerTexts.resx.");
}
