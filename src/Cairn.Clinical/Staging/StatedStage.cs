using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.Staging;

/// <summary>
/// A stage group as written in a report, with what kind of stage it says it is. Parses "Stage IIA", "IIA", "stage 2a",
/// "Anatomic stage IIIC", "Pathological prognostic stage IB", "Clinical prognostic stage IIB", "Prognostic stage IA",
/// "Stage 0" or "Stage IV" (case-insensitive).
/// </summary>
/// <remarks>
/// A coarse group without its letter ("Stage I", "Stage II", "Stage III") is rejected: the AJCC 8th edition always
/// divides them (IA/IB, IIA/IIB, IIIA/IIIB/IIIC), and guessing the letter would be unsafe.
/// </remarks>
public readonly partial record struct StatedStage
{
    /// <summary>Creates a stated stage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The group is <see cref="StageGroup.Unmappable"/> or undefined, or the kind is undefined.</exception>
    public StatedStage(StageGroup group, StatedStageKind kind = StatedStageKind.Unspecified)
    {
        if (group == StageGroup.Unmappable || !Enum.IsDefined(group))
        {
            throw new ArgumentOutOfRangeException(nameof(group), group, $"A stated stage must be a real stage group, not '{group}'.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a defined stated-stage kind.");
        }

        Group = group;
        Kind = kind;
    }

    /// <summary>The stage group written in the report.</summary>
    public StageGroup Group { get; }

    /// <summary>Whether the report called it anatomic, prognostic, or did not say.</summary>
    public StatedStageKind Kind { get; }

    /// <summary>Parses a stated stage.</summary>
    /// <exception cref="ArgumentException">The text is empty, is not a stage, or is a coarse group without its letter; the message names the bad value.</exception>
    public static StatedStage Parse(string text) =>
        TryParseCore(text, out var value, out var error) ? value : throw new ArgumentException(error, nameof(text));

    /// <summary>Parses a stated stage; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out StatedStage value) => TryParseCore(text, out value, out _);

    /// <summary>For example "Stage IIA (pathological prognostic)".</summary>
    public override string ToString() => Kind switch
    {
        StatedStageKind.Anatomic => $"{TnmText.Format(Group)} (anatomic)",
        StatedStageKind.Prognostic => $"{TnmText.Format(Group)} (prognostic)",
        StatedStageKind.ClinicalPrognostic => $"{TnmText.Format(Group)} (clinical prognostic)",
        StatedStageKind.PathologicalPrognostic => $"{TnmText.Format(Group)} (pathological prognostic)",
        _ => TnmText.Format(Group),
    };

    [GeneratedRegex(
        @"^(?:(?<kind>anatomic(?:al)?|clinical\s+prognostic|pathologic(?:al)?\s+prognostic|prognostic|clinical|pathologic(?:al)?)\s+)?(?:stage\s*)?(?<number>0|iv|iii|ii|i|1|2|3|4)(?<letter>[abc])?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    private static bool TryParseCore(string? text, out StatedStage value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A stage is required, but the text was empty.";
            return false;
        }

        var shown = text.Trim();
        var match = Shape().Match(Regex.Replace(shown, @"\s+", " "));
        if (!match.Success)
        {
            error = $"'{shown}' is not a breast cancer stage group (expected something like \"Stage IIA\").";
            return false;
        }

        var kindText = Regex.Replace(match.Groups["kind"].Value.ToLowerInvariant(), @"\s+", " ");
        var kind = kindText switch
        {
            "anatomic" or "anatomical" => StatedStageKind.Anatomic,
            "prognostic" => StatedStageKind.Prognostic,
            "clinical prognostic" => StatedStageKind.ClinicalPrognostic,
            "pathologic prognostic" or "pathological prognostic" => StatedStageKind.PathologicalPrognostic,
            _ => StatedStageKind.Unspecified,
        };

        var number = match.Groups["number"].Value.ToLowerInvariant() switch
        {
            "0" => 0,
            "i" or "1" => 1,
            "ii" or "2" => 2,
            "iii" or "3" => 3,
            _ => 4,
        };
        var letter = match.Groups["letter"].Value.ToLowerInvariant();

        StageGroup? group = (number, letter) switch
        {
            (0, "") => StageGroup.Stage0,
            (1, "a") => StageGroup.StageIA,
            (1, "b") => StageGroup.StageIB,
            (2, "a") => StageGroup.StageIIA,
            (2, "b") => StageGroup.StageIIB,
            (3, "a") => StageGroup.StageIIIA,
            (3, "b") => StageGroup.StageIIIB,
            (3, "c") => StageGroup.StageIIIC,
            (4, "") => StageGroup.StageIV,
            _ => null,
        };

        if (group is null)
        {
            error = letter.Length == 0
                ? $"'{shown}' gives a stage without its letter; the AJCC 8th edition always splits stages I–III (for example IA or IB), so the exact group cannot be known."
                : $"'{shown}' is not an AJCC 8th stage group (stage 0 and IV have no letter; I and II only have A and B).";
            return false;
        }

        value = new StatedStage(group.Value, kind);
        error = null;
        return true;
    }
}
