namespace Cairn.Clinical.Markers;

/// <summary>Parses marker names as lab reports write them, and gives each marker its display name and unit.</summary>
public static class TumourMarkerName
{
    // Keys are the name with case, spaces, dots, hyphens, underscores and slashes removed; values are exact matches
    // only, so "CA 125" or "CA 15-30" are never read as a breast marker.
    private static readonly Dictionary<string, TumourMarker> s_aliases = new(StringComparer.Ordinal)
    {
        ["CA153"] = TumourMarker.Ca153,
        ["CANCERANTIGEN153"] = TumourMarker.Ca153,
        ["CA2729"] = TumourMarker.Ca2729,
        ["CANCERANTIGEN2729"] = TumourMarker.Ca2729,
        ["CEA"] = TumourMarker.Cea,
        ["CARCINOEMBRYONICANTIGEN"] = TumourMarker.Cea,
    };

    /// <summary>
    /// Parses "CA15-3", "CA 15.3", "CA 15-3", "CA27.29", "CA 27-29", "CEA", "carcinoembryonic antigen" and the like
    /// (case, spaces, dots, hyphens, underscores and slashes are ignored).
    /// </summary>
    /// <returns>False, with <paramref name="marker"/> set to default, when the text names no §6 marker.</returns>
    public static bool TryParse(string? text, out TumourMarker marker)
    {
        marker = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string key = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '_' or '/')).Select(char.ToUpperInvariant)]);
        return s_aliases.TryGetValue(key, out marker);
    }

    /// <summary>Parses a marker name, like <see cref="TryParse"/>.</summary>
    /// <exception cref="ArgumentException">The text names no marker in ONCOLOGY_RULES.md §6.</exception>
    public static TumourMarker Parse(string text) =>
        TryParse(text, out var marker)
            ? marker
            : throw new ArgumentException(
                $"'{text}' is not a recognised breast tumour marker (expected CA 15-3, CA 27.29 or CEA).", nameof(text));

    /// <summary>The usual printed name: "CA 15-3", "CA 27.29" or "CEA".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined enum value.</exception>
    public static string DisplayName(TumourMarker marker) => marker switch
    {
        TumourMarker.Ca153 => "CA 15-3",
        TumourMarker.Ca2729 => "CA 27.29",
        TumourMarker.Cea => "CEA",
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, $"Unknown tumour marker value {(int)marker}."),
    };

    /// <summary>The canonical unit the marker is reported in: U/mL for CA 15-3 and CA 27.29, ng/mL for CEA.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined enum value.</exception>
    public static MarkerUnit CanonicalUnit(TumourMarker marker) => marker switch
    {
        TumourMarker.Ca153 or TumourMarker.Ca2729 => MarkerUnit.UnitsPerMillilitre,
        TumourMarker.Cea => MarkerUnit.NanogramsPerMillilitre,
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, $"Unknown tumour marker value {(int)marker}."),
    };
}
