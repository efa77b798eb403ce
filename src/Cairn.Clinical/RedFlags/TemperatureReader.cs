using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>A temperature found in a sentence, at [Start, End).</summary>
internal readonly record struct TemperatureMatch(BodyTemperature Temperature, int Start, int End);

/// <summary>
/// Finds temperatures in a normalised sentence: "38.3", "38.5 °c", "100.4f", "101 degrees", "temp of 101".
/// </summary>
/// <remarks>
/// With a unit (°C, °F, C, F, degrees) any plausible value counts; a unit that makes the value implausible is read
/// as the other unit ("38.4 f" is 38.4 °C). Without a unit a number counts only in a body-temperature range
/// (35–43 → °C, 95–109 → °F), and then only when it has a decimal point or the sentence speaks of temperature or
/// fever; numbers that belong to something else ("aged 38", "CA 15-3 of 38.5", "pulse 100", "38 kg") are skipped,
/// as are bounds ("below 38").
/// </remarks>
internal static class TemperatureReader
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_number = new(
        @"\b(?<num>\d{2,3}(?:\.\d{1,3})?)(?:\s*(?<unit>°\s*[cf]\b|°|degrees?\s+(?:celsius|centigrade|fahrenheit|c|f)\b|degrees?\b|deg\s*[cf]?\b|celsius\b|centigrade\b|fahrenheit\b|c\b|f\b))?",
        Options);

    private static readonly Regex s_temperatureWord = new(
        @"\b(?:temp|temps|temperature|temperatures|fever|fevers|feverish|febrile|thermometer|degrees|degree|reading|spiked|spiking)\b|°", Options);

    private static readonly Regex s_otherMeasure = new(
        @"\b(?:ca|cea|marker|markers|u/ml|ng/ml|level|levels|count|counts|score|size|mm|cm|kg|lbs|weight|weigh|weighs|blood pressure|bp|pulse|heart rate|oxygen|sats|saturation|spo2|o2|h(?:a)?emoglobin|hb|platelets?|wbc|anc|neutrophils?|ki-67|ki67|er|pr|her2|age|aged|years|old|stage|cycle|cycles|day|days|dose|mg|ml|percent)\b|%",
        Options);

    private static readonly Regex s_excludedBefore = new(
        @"(?:\b(?:pulse|heart rate|hr|bpm|bp|pressure|sats|saturation|oxygen|o2|spo2|weight|weigh|weighs|weighed|platelets?|wbc|anc|neutrophils?|ca|cea|15-3|27-29|27.29|markers?|levels?|stage|cycles?|days?|weeks?|dose|age|score|ki-67|ki67|er|pr|room|bed|ward|page|number|size|tumou?r|mass|lump|node|nodes)(?:\s+(?:is|was|of|at|about|around|now|today|=|:|-))?|\b(?:i am|she is|he is|aged|turned|age))\s*$",
        Options);

    private static readonly Regex s_excludedAfter = new(
        @"^\s*(?:years?|yrs?|yo|y/o|kg|kgs|kilos?|lbs?|pounds|stone|mg|mcg|g|ml|mm|cm|%|percent|bpm|beats|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|times|cycles?|am|pm|o'clock|units?|u/ml|ng/ml|mmol|/|-|x|and older|year old|years old)\b",
        Options);

    private static readonly Regex s_lowerBound = new(
        @"(?:\b(?:below|under|less than|lower than|beneath|not above|not over|not more than|not higher than|not reach|not reached|never above|never over)|<|<=)\s*$", Options);

    private static readonly Regex s_temperatureSubject = new(
        @"\b(?:temp|temperature|fever|thermometer|reading|running|spiked|spiking|hit|reached|up to)\b(?:\s+[a-z]+){0,3}\s*$", Options);

    private static readonly Regex s_estimate = new(
        @"\b(?:about|around|approximately|approx|roughly|maybe|probably|perhaps|think|guess|feels like|feel like|estimate|something like)\b(?:\s+[a-z]+){0,2}\s*$", Options);

    /// <summary>Every plausible temperature in the sentence, in text order.</summary>
    public static List<TemperatureMatch> Find(string sentence)
    {
        var found = new List<TemperatureMatch>();
        var speaksOfTemperature = s_temperatureWord.IsMatch(sentence);
        var hasOtherMeasures = s_otherMeasure.IsMatch(sentence);
        foreach (Match match in s_number.Matches(sentence))
        {
            if (TryRead(sentence, match, speaksOfTemperature, hasOtherMeasures) is { } temperature)
            {
                // "fever of 38.5": the reading starts at its temperature word, so "I have a fever of 38.5" is judged
                // (negation, personal report) from "fever", not from the bare number.
                var before = TextWindow.Before(sentence, match.Index, 60);
                var subject = s_temperatureSubject.Match(before);
                var start = subject.Success ? match.Index - before.Length + subject.Index : match.Index;
                found.Add(new TemperatureMatch(temperature, start, match.Index + match.Length));
            }
        }

        return found;
    }

    private static BodyTemperature? TryRead(string sentence, Match match, bool speaksOfTemperature, bool hasOtherMeasures)
    {
        var number = match.Groups["num"].Value;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var before = TextWindow.Before(sentence, match.Index, 60);
        var after = TextWindow.After(sentence, match.Index + match.Length, 30);
        if (s_lowerBound.IsMatch(before))
        {
            return null;
        }

        var isMeasured = !s_estimate.IsMatch(before);
        var unitText = match.Groups["unit"].Value;
        if (unitText.Length > 0)
        {
            var unit = BodyTemperature.UnitOf(unitText);
            if (BodyTemperature.TryCreate(value, unit, isMeasured, out var stated) || BodyTemperature.TryCreate(value, null, isMeasured, out stated))
            {
                return stated;
            }

            return null;
        }

        var isCelsiusLike = value is >= 35m and <= 43m;
        var isFahrenheitLike = value is >= 95m and <= 109m;
        if (!(isCelsiusLike || isFahrenheitLike) || s_excludedAfter.IsMatch(after))
        {
            return null;
        }

        // A number right after a temperature word ("temp of 101", "fever 38.4", "thermometer says 38.2") is a reading
        // even when the words before it would otherwise exclude it ("temp is 38.2").
        var namedAsTemperature = s_temperatureSubject.IsMatch(before);
        if (!namedAsTemperature && s_excludedBefore.IsMatch(before))
        {
            return null;
        }

        var hasDecimal = number.Contains('.', StringComparison.Ordinal);
        var accepted = namedAsTemperature || speaksOfTemperature || (hasDecimal && !hasOtherMeasures);
        return accepted && BodyTemperature.TryCreate(value, null, isMeasured, out var inferred) ? inferred : null;
    }
}
