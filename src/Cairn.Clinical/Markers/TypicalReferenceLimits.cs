namespace Cairn.Clinical.Markers;

/// <summary>
/// The typical upper limits of ONCOLOGY_RULES.md §6, used only when a result has no lab range. Boundaries are kept
/// exactly as the spec writes them.
/// </summary>
public static class TypicalReferenceLimits
{
    /// <summary>CA 27.29: within range when ≤38.0 U/mL (Mayo Clinic Labs, S25).</summary>
    public static MarkerReferenceLimit Ca2729 { get; } =
        new(38.0m, IsInclusive: true, MarkerUnit.UnitsPerMillilitre, ReferenceLimitSource.TypicalDefault, "typical range", ["S25"]);

    /// <summary>CEA, non-smokers: within range when ≤3.0 ng/mL (Mayo Clinic Labs, S26).</summary>
    public static MarkerReferenceLimit CeaNonSmoker { get; } =
        new(3.0m, IsInclusive: true, MarkerUnit.NanogramsPerMillilitre, ReferenceLimitSource.TypicalDefault,
            "typical range for non-smokers", ["S26"]);

    /// <summary>CEA, smokers: within range when &lt;5.0 ng/mL ("smokers are usually &lt;5.0", S26).</summary>
    public static MarkerReferenceLimit CeaSmoker { get; } =
        new(5.0m, IsInclusive: false, MarkerUnit.NanogramsPerMillilitre, ReferenceLimitSource.TypicalDefault,
            "typical range for smokers", ["S26"]);

    /// <summary>
    /// CA 15-3: within range when &lt;30 U/mL ("about 30 U/mL"; ≥30 was "elevated" in a 2018 study). The spec marks this
    /// [P] from secondary lab pages, so it has no catalogue id.
    /// </summary>
    public static MarkerReferenceLimit Ca153 { get; } =
        new(30m, IsInclusive: false, MarkerUnit.UnitsPerMillilitre, ReferenceLimitSource.TypicalDefault, "typical range", []);

    /// <summary>
    /// The typical limit(s) for a marker. Returns one limit, except for CEA with unknown smoking status, which returns
    /// both CEA limits (non-smoker first) because the right one cannot be chosen.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined marker or smoking value.</exception>
    public static IReadOnlyList<MarkerReferenceLimit> For(TumourMarker marker, SmokingStatus smoking)
    {
        if (!Enum.IsDefined(smoking))
        {
            throw new ArgumentOutOfRangeException(nameof(smoking), smoking, $"Unknown smoking status value {(int)smoking}.");
        }

        return marker switch
        {
            TumourMarker.Ca2729 => [Ca2729],
            TumourMarker.Ca153 => [Ca153],
            TumourMarker.Cea => smoking switch
            {
                SmokingStatus.NonSmoker => [CeaNonSmoker],
                SmokingStatus.Smoker => [CeaSmoker],
                _ => [CeaNonSmoker, CeaSmoker],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, $"Unknown tumour marker value {(int)marker}."),
        };
    }
}
