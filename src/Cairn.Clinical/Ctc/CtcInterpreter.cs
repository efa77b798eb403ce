using System.Globalization;

namespace Cairn.Clinical.Ctc;

/// <summary>
/// Setting-aware reading of a circulating tumour cell count (ONCOLOGY_RULES.md §5). Pure and deterministic.
/// </summary>
public static class CtcInterpreter
{
    /// <summary>The only blood volume the cut-offs are defined for, in mL (CellSearch, S18, S20).</summary>
    public const decimal StandardBloodVolumeMl = 7.5m;

    /// <summary>Metastatic cut-off: ≥5 CTCs per 7.5 mL is the unfavourable group (S18, S19).</summary>
    public const int MetastaticElevatedThreshold = 5;

    /// <summary>Early-stage cut-off: ≥1 CTC per 7.5 mL is "detected" (S20, S21).</summary>
    public const int EarlyDetectedThreshold = 1;

    // Every reading carries the "not established" half of §5: ASCO 2015 (S23) and the 2022 update (S24).
    private const string NotEstablishedSentence =
        "No guideline uses CTC counts to define remission, and ASCO advises against changing treatment because of " +
        "blood tests like this alone, so please talk about this result with your care team.";

    /// <summary>Reads a CTC count in its setting.</summary>
    /// <param name="measurement">The validated count, volume and assay.</param>
    /// <param name="setting">The disease setting; <see cref="CtcSetting.Unknown"/> means no cut-off is applied.</param>
    /// <returns>
    /// A reading whose <see cref="CtcInterpretation.SupportsRemission"/> is always false. A count of 0 is
    /// <see cref="CtcCategory.NoneDetected"/> in every setting; a count above 0 with a non-standard volume,
    /// a non-CellSearch assay or an unknown setting is <see cref="CtcCategory.NotInterpreted"/>, with flags.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurement"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not a defined value.</exception>
    public static CtcInterpretation Interpret(CtcMeasurement measurement, CtcSetting setting)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        if (!Enum.IsDefined(setting))
        {
            throw new ArgumentOutOfRangeException(nameof(setting), setting, $"Unknown CTC setting value {(int)setting}.");
        }

        var flags = CollectFlags(measurement, setting);
        return flags.Count > 0
            ? NotApplied(measurement, setting, flags)
            : setting == CtcSetting.Metastatic
                ? Metastatic(measurement)
                : Early(measurement);
    }

    /// <summary>Convenience overload: validates the raw values, then reads them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative count, volume ≤ 0, or an undefined setting.</exception>
    /// <exception cref="ArgumentException">Empty assay name.</exception>
    public static CtcInterpretation Interpret(int count, decimal bloodVolumeMl, string assayName, CtcSetting setting) =>
        Interpret(new CtcMeasurement(count, bloodVolumeMl, assayName), setting);

    private static List<CtcThresholdIssue> CollectFlags(CtcMeasurement measurement, CtcSetting setting)
    {
        var flags = new List<CtcThresholdIssue>();

        // §5 table: "CTC count with a blood volume other than 7.5 mL: do not apply the thresholds; flag it".
        // The count is never rescaled to 7.5 mL: the cut-offs were validated per 7.5 mL draw, not as a concentration.
        if (measurement.BloodVolumeMl != StandardBloodVolumeMl)
        {
            flags.Add(CtcThresholdIssue.NonStandardBloodVolume);
        }

        // §5: the ≥5 cut-off is CellSearch (S18); S20/S21 also counted with CellSearch. Other assays: no cut-off.
        if (measurement.Assay != CtcAssay.CellSearch)
        {
            flags.Add(CtcThresholdIssue.AssayNotValidatedForThresholds);
        }

        // Early (≥1) and metastatic (≥5) cut-offs differ, so an unknown setting gets neither.
        if (setting == CtcSetting.Unknown)
        {
            flags.Add(CtcThresholdIssue.SettingUnknown);
        }

        return flags;
    }

    private static CtcInterpretation Metastatic(CtcMeasurement measurement)
    {
        string[] sources = ["S18", "S19", "S22", "S23", "S24"];
        int count = measurement.Count;

        // Cristofanilli 2004 (S18), confirmed first-line (S19): ≥5 CTCs per 7.5 mL = unfavourable prognostic group.
        // SWOG S0500 (S22): switching chemotherapy on a persistently raised count (>= 5 at the first follow-up draw)
        // did not improve OS (10.7 vs 12.5 months, P = .98). Said gently, with how decisions are made (review item 10).
        if (count >= MetastaticElevatedThreshold)
        {
            string first = Invariant(
                $"{Cells(count)} found in 7.5 mL of blood, which is 5 or more: in metastatic breast cancer, studies link this to a less favourable outlook (prognosis). In a large study (SWOG S0500), changing chemotherapy only because the CTC count stayed high did not change how long people lived, so treatment decisions are made with scans, symptoms and exams.");
            return Applied(measurement, CtcSetting.Metastatic, CtcCategory.Elevated, MetastaticElevatedThreshold, first, sources);
        }

        // §5 table: "any setting, 0 CTC: none detected" takes precedence over "<5".
        var category = count == 0 ? CtcCategory.NoneDetected : CtcCategory.BelowThreshold;
        string below = Invariant(
            $"{Cells(count)} found in 7.5 mL of blood, which is below 5: in metastatic breast cancer, studies link this to a more favourable outlook (prognosis) than 5 or more.");
        return Applied(measurement, CtcSetting.Metastatic, category, MetastaticElevatedThreshold, below, sources);
    }

    private static CtcInterpretation Early(CtcMeasurement measurement)
    {
        // S15: blood CTCs without other evidence of metastasis are cM0(i+), not M1, so the stage does not change.
        string[] sources = ["S20", "S21", "S15", "S23", "S24"];
        int count = measurement.Count;

        // Lucci 2012 (S20) and Janni 2016 pooled (S21): ≥1 CTC per 7.5 mL predicts worse DFS/PFS and OS.
        if (count >= EarlyDetectedThreshold)
        {
            string first = Invariant(
                $"{Cells(count)} found in 7.5 mL of blood: in early breast cancer (stage I to III), finding 1 or more is linked to a higher risk of the cancer returning in the future, but it does not change your stage by itself.");
            return Applied(measurement, CtcSetting.EarlyStage, CtcCategory.Detected, EarlyDetectedThreshold, first, sources);
        }

        const string none =
            "No CTCs were found in 7.5 mL of blood: in early breast cancer (stage I to III), studies link this to a lower risk of the cancer returning in the future than when 1 or more are found.";
        return Applied(measurement, CtcSetting.EarlyStage, CtcCategory.NoneDetected, EarlyDetectedThreshold, none, sources);
    }

    private static CtcInterpretation Applied(
        CtcMeasurement measurement, CtcSetting setting, CtcCategory category, int threshold, string first, string[] sources) =>
        new(measurement, setting, category, ThresholdApplied: true, threshold, [], Combine(first), sources);

    private static CtcInterpretation NotApplied(CtcMeasurement measurement, CtcSetting setting, List<CtcThresholdIssue> flags)
    {
        string why = string.Join("; ", flags.Select(flag => Explain(flag, measurement)));
        string volume = measurement.BloodVolumeMl.ToString(CultureInfo.InvariantCulture);

        // A count of 0 is "none detected" whatever the volume, assay or setting (§5 table, "any setting, 0 CTC");
        // only the prognostic grouping is withheld.
        string first = measurement.Count == 0
            ? Invariant($"No CTCs were found in {volume} mL of blood, but no outlook (prognosis) group was given because {why}.")
            : Invariant($"{Cells(measurement.Count)} found in {volume} mL of blood, but no cut-off was applied because {why}.");
        var category = measurement.Count == 0 ? CtcCategory.NoneDetected : CtcCategory.NotInterpreted;

        return new CtcInterpretation(
            measurement, setting, category, ThresholdApplied: false, ThresholdPer7Point5Ml: null, flags.AsReadOnly(),
            Combine(first), ["S18", "S20", "S23", "S24"]);
    }

    private static string Explain(CtcThresholdIssue flag, CtcMeasurement measurement) => flag switch
    {
        CtcThresholdIssue.NonStandardBloodVolume => "the cut-offs were set for exactly 7.5 mL of blood and the count was not rescaled",
        CtcThresholdIssue.AssayNotValidatedForThresholds =>
            $"the cut-offs were studied with the CellSearch test, not with \"{measurement.AssayName}\"",
        CtcThresholdIssue.SettingUnknown =>
            "we do not know whether this is early breast cancer (cut-off 1) or metastatic breast cancer (cut-off 5)",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown CTC flag."),
    };

    private static string Cells(int count) => count switch
    {
        0 => "No CTCs were",
        1 => "1 CTC was",
        _ => Invariant($"{count} CTCs were"),
    };

    private static string Combine(string first) => first + " " + NotEstablishedSentence;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
