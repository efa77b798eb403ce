namespace Cairn.Clinical.Markers;

/// <summary>Parses unit text into a canonical <see cref="MarkerUnit"/>; only exact 1:1 equivalents are accepted.</summary>
public static class MarkerUnitName
{
    // kU/L = 1000 U / 1000 mL = U/mL and µg/L = 1000 ng / 1000 mL = ng/mL: same number, so no conversion is needed.
    private static readonly Dictionary<string, MarkerUnit> s_aliases = new(StringComparer.Ordinal)
    {
        ["U/ML"] = MarkerUnit.UnitsPerMillilitre,
        ["UNITS/ML"] = MarkerUnit.UnitsPerMillilitre,
        ["KU/L"] = MarkerUnit.UnitsPerMillilitre,
        ["NG/ML"] = MarkerUnit.NanogramsPerMillilitre,
        ["µG/L"] = MarkerUnit.NanogramsPerMillilitre,
        ["ΜG/L"] = MarkerUnit.NanogramsPerMillilitre,
        ["UG/L"] = MarkerUnit.NanogramsPerMillilitre,
        ["MCG/L"] = MarkerUnit.NanogramsPerMillilitre,
    };

    /// <summary>Parses "U/mL", "kU/L", "ng/mL", "µg/L" and close spellings (case and spaces ignored).</summary>
    /// <returns>False when the text is not one of those units; no other unit is converted.</returns>
    public static bool TryParse(string? text, out MarkerUnit unit)
    {
        unit = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string key = new string([.. text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
        return s_aliases.TryGetValue(key, out unit);
    }

    /// <summary>Parses a unit, like <see cref="TryParse"/>.</summary>
    /// <exception cref="ArgumentException">The text is not U/mL, ng/mL or an exact equivalent.</exception>
    public static MarkerUnit Parse(string text) =>
        TryParse(text, out var unit)
            ? unit
            : throw new ArgumentException($"'{text}' is not a supported marker unit (expected U/mL or ng/mL).", nameof(text));

    /// <summary>The printed symbol: "U/mL" or "ng/mL".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined enum value.</exception>
    public static string Symbol(MarkerUnit unit) => unit switch
    {
        MarkerUnit.UnitsPerMillilitre => "U/mL",
        MarkerUnit.NanogramsPerMillilitre => "ng/mL",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unknown marker unit value {(int)unit}."),
    };
}
