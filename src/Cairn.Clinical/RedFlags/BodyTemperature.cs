using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// A body temperature, kept exactly in °C (the canonical unit) with the value and unit it was given in.
/// Values are <see cref="decimal"/> so the °F boundary converts exactly: 100.4 °F is exactly 38.0 °C.
/// </summary>
/// <remarks>
/// Only plausible human body temperatures are accepted: <see cref="MinimumCelsius"/> to <see cref="MaximumCelsius"/>
/// (86 °F to 113 °F). Anything else is rejected rather than guessed.
/// </remarks>
public sealed partial record BodyTemperature
{
    /// <summary>The fever threshold for people on or after chemotherapy: 38.0 °C (S49). Inclusive.</summary>
    public const decimal FeverThresholdCelsius = 38.0m;

    /// <summary>The same threshold in °F: 100.4 °F. Inclusive.</summary>
    public const decimal FeverThresholdFahrenheit = 100.4m;

    /// <summary>The lowest accepted body temperature, °C.</summary>
    public const decimal MinimumCelsius = 30m;

    /// <summary>The highest accepted body temperature, °C.</summary>
    public const decimal MaximumCelsius = 45m;

    private const decimal MinimumFahrenheit = 86m;
    private const decimal MaximumFahrenheit = 113m;

    private BodyTemperature(decimal value, TemperatureUnit unit, decimal celsius, bool isMeasured)
    {
        Value = value;
        Unit = unit;
        Celsius = celsius;
        IsMeasured = isMeasured;
    }

    /// <summary>The number as given, in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit the number was given in.</summary>
    public TemperatureUnit Unit { get; }

    /// <summary>The temperature in °C, exact (°F is converted as (F − 32) × 5 / 9 without rounding).</summary>
    public decimal Celsius { get; }

    /// <summary>The temperature in °F.</summary>
    public decimal Fahrenheit => Unit == TemperatureUnit.Fahrenheit ? Value : (Celsius * 9m / 5m) + 32m;

    /// <summary>
    /// True when the number came from a thermometer reading; false when the person gave an estimate
    /// ("about 38", "feels like 39"). The rules treat both alike; the flag is kept for the record.
    /// </summary>
    public bool IsMeasured { get; }

    /// <summary>True at or above 38.0 °C (100.4 °F), the patient-facing fever trigger of S49. 37.9 °C is not a fever.</summary>
    public bool IsFever => Celsius >= FeverThresholdCelsius;

    /// <summary>Creates a temperature from °C.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 30–45 °C.</exception>
    public static BodyTemperature FromCelsius(decimal celsius, bool isMeasured = true) =>
        celsius is < MinimumCelsius or > MaximumCelsius
            ? throw new ArgumentOutOfRangeException(
                nameof(celsius), celsius, $"{celsius} °C is not a plausible body temperature (expected {MinimumCelsius}–{MaximumCelsius} °C).")
            : new BodyTemperature(celsius, TemperatureUnit.Celsius, celsius, isMeasured);

    /// <summary>Creates a temperature from °F; <see cref="Celsius"/> is the exact conversion.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 86–113 °F.</exception>
    public static BodyTemperature FromFahrenheit(decimal fahrenheit, bool isMeasured = true) =>
        fahrenheit is < MinimumFahrenheit or > MaximumFahrenheit
            ? throw new ArgumentOutOfRangeException(
                nameof(fahrenheit), fahrenheit, $"{fahrenheit} °F is not a plausible body temperature (expected {MinimumFahrenheit}–{MaximumFahrenheit} °F).")
            : new BodyTemperature(fahrenheit, TemperatureUnit.Fahrenheit, (fahrenheit - 32m) * 5m / 9m, isMeasured);

    /// <summary>
    /// Parses one temperature: a number with an optional unit, e.g. "38.3", "38,5 °C", "100.4F", "101 °F",
    /// "39 degrees", "38.2 celsius". Without a unit the range decides: 30–45 is °C, 86–113 is °F.
    /// </summary>
    /// <exception cref="FormatException">The text is not one plausible body temperature.</exception>
    public static BodyTemperature Parse(string text) =>
        TryParse(text, out var temperature)
            ? temperature
            : throw new FormatException($"'{text}' is not a body temperature in °C or °F (e.g. \"38.3 °C\" or \"100.4 °F\").");

    /// <summary>Parses like <see cref="Parse"/>; returns false instead of throwing. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out BodyTemperature? temperature)
    {
        temperature = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var match = SingleTemperaturePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["number"].Value.Replace(',', '.');
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return TryCreate(value, UnitOf(match.Groups["unit"].Value), isMeasured: true, out temperature);
    }

    /// <summary>
    /// Creates a temperature when the value is plausible in the given unit; with no unit, infers it from the range.
    /// </summary>
    internal static bool TryCreate(decimal value, TemperatureUnit? unit, bool isMeasured, [NotNullWhen(true)] out BodyTemperature? temperature)
    {
        var inCelsiusRange = value is >= MinimumCelsius and <= MaximumCelsius;
        var inFahrenheitRange = value is >= MinimumFahrenheit and <= MaximumFahrenheit;
        temperature = (unit, inCelsiusRange, inFahrenheitRange) switch
        {
            (TemperatureUnit.Celsius, true, _) or (null, true, _) => FromCelsius(value, isMeasured),
            (TemperatureUnit.Fahrenheit, _, true) or (null, _, true) => FromFahrenheit(value, isMeasured),
            _ => null,
        };
        return temperature is not null;
    }

    /// <summary>Maps a unit word ("°C", "f", "degrees fahrenheit") to a unit; null when it names none ("degrees").</summary>
    internal static TemperatureUnit? UnitOf(string unitText)
    {
        var unit = unitText.Trim().ToUpperInvariant();
        if (unit.EndsWith('C') || unit.Contains("CELSIUS", StringComparison.Ordinal) || unit.Contains("CENTIGRADE", StringComparison.Ordinal))
        {
            return TemperatureUnit.Celsius;
        }

        return unit.EndsWith('F') || unit.Contains("FAHRENHEIT", StringComparison.Ordinal) ? TemperatureUnit.Fahrenheit : null;
    }

    /// <summary>Plain text: "38.2 °C", or "101 °F (38.3 °C)" when given in °F.</summary>
    public override string ToString()
    {
        var celsius = FormatCelsius(Celsius);
        return Unit == TemperatureUnit.Celsius
            ? celsius
            : $"{Value.ToString("0.###", CultureInfo.InvariantCulture)} °F ({celsius})";
    }

    private static string FormatCelsius(decimal celsius)
    {
        var rounded = Math.Round(celsius, 1, MidpointRounding.AwayFromZero);

        // Never show a sub-threshold value as "38.0": 100.39 °F (37.994 °C) reads as 37.99, not 38.0.
        var text = celsius < FeverThresholdCelsius && rounded >= FeverThresholdCelsius
            ? Math.Truncate(celsius * 100m) / 100m
            : rounded;
        return text.ToString("0.0#", CultureInfo.InvariantCulture) + " °C";
    }

    [GeneratedRegex(@"^\s*(?<number>\d{1,3}(?:[.,]\d{1,3})?)\s*(?<unit>°\s*[cf]|°|degrees?\s*(?:celsius|centigrade|fahrenheit|c|f)?|deg\s*[cf]?|celsius|centigrade|fahrenheit|[cf])?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleTemperaturePattern();
}
