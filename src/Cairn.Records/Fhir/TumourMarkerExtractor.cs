using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Clinical.Her2;
using Cairn.Core.Records;
using Cairn.Records.Fhir.Resources;
using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>
/// mCODE TumorMarkerTest Observations (and their components) for ER, PR and HER2 → ErStatus / ErPercent / PrStatus /
/// PrPercent / Her2Ihc / Her2Status / Her2IshResult / Her2IshRatio / Her2IshCopies.
/// </summary>
/// <remarks>
/// A stated result and a measured value are separate facts (a "Positive (95%)" string gives both). Nothing is
/// derived: a HER2 IHC test reported only as "Positive" gives a stated HER2 status (Qualifier "ihc"), not a score of
/// 3+; an integer on an IHC test (2 rather than 2+) is not read as a score, because the house parser treats a bare
/// number as possibly a percentage (<see cref="Her2IhcScoreParser"/>). A HER2 "negative" stays "negative": the
/// low / ultralow / zero subgroups come only from words that say so.
/// </remarks>
internal static partial class TumourMarkerExtractor
{
    public const string IhcQualifier = "ihc";

    // LOINC and SNOMED CT answer codes for stated results.
    private static readonly Dictionary<string, string> s_resultCodes = new(StringComparer.Ordinal)
    {
        [$"{KnownFhirCodes.Loinc}|LA6576-8"] = "positive",
        [$"{KnownFhirCodes.Loinc}|LA6577-6"] = "negative",
        [$"{KnownFhirCodes.Loinc}|LA11884-6"] = "indeterminate",
        [$"{KnownFhirCodes.Loinc}|LA13538-6"] = "not tested",
        [$"{KnownFhirCodes.Snomed}|10828004"] = "positive",
        [$"{KnownFhirCodes.Snomed}|260385009"] = "negative",
        [$"{KnownFhirCodes.Snomed}|42425007"] = "equivocal",
        [$"{KnownFhirCodes.Snomed}|82334004"] = "indeterminate",
    };

    // LOINC answers of the HER2 IHC answer list, and SNOMED "+" / "++" / "+++" qualifiers.
    private static readonly Dictionary<string, Her2IhcScore> s_ihcCodes = new(StringComparer.Ordinal)
    {
        [$"{KnownFhirCodes.Loinc}|LA6111-4"] = Her2IhcScore.Zero,
        [$"{KnownFhirCodes.Loinc}|LA11841-6"] = Her2IhcScore.OnePlus,
        [$"{KnownFhirCodes.Loinc}|LA11842-4"] = Her2IhcScore.TwoPlus,
        [$"{KnownFhirCodes.Loinc}|LA11843-2"] = Her2IhcScore.ThreePlus,
        [$"{KnownFhirCodes.Snomed}|260347006"] = Her2IhcScore.OnePlus,
        [$"{KnownFhirCodes.Snomed}|260348001"] = Her2IhcScore.TwoPlus,
        [$"{KnownFhirCodes.Snomed}|260349009"] = Her2IhcScore.ThreePlus,
    };

    [GeneratedRegex(@"\bnot[- ]amplified\b|\bnon-?amplified\b|\bno amplification\b|\bamplification not (?:detected|present)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAmplifiedWords();

    [GeneratedRegex(@"\bamplified\b|\bamplification\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmplifiedWords();

    [GeneratedRegex(@"\blow[- ]positive\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowPositiveWords();

    [GeneratedRegex(@"\bultra-?low\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UltralowWords();

    [GeneratedRegex(@"\bher-?2[- ]low\b|^\s*low\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowWords();

    [GeneratedRegex(@"\bher-?2[- ]zero\b|^\s*zero\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZeroWords();

    [GeneratedRegex(@"\bequivocal\b|\bborderline\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EquivocalWords();

    [GeneratedRegex(@"\bindeterminate\b|\binconclusive\b|\bnot tested\b|\bnot performed\b|\bunknown\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoResultWords();

    [GeneratedRegex(@"\bnegative\b|\bnot detected\b|\babsent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeWords();

    [GeneratedRegex(@"\bpositive\b|(?<!\bnot )\bdetected\b|\bpresent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveWords();

    // A percentage as a value ("95%"), not as a limit ("<1%", "≥ 10 %").
    [GeneratedRegex(@"(?<![<>≤≥]\s*)(?<![\d.])(?<number>\d{1,3}(?:\.\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentInText();

    [GeneratedRegex(@"[<>≤≥]\s*\d{1,3}(?:\.\d+)?\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentLimitInText();

    [GeneratedRegex(@"^\s*(?<number>\d{1,3}(?:\.\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"(?<![\w.+])(?<score>[0-3])\s*\+", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreInText();

    /// <summary>
    /// Reads the Observation if it (or any component) is an ER, PR or HER2 tissue test. Returns true when it is one,
    /// whether or not a fact could be read (unreadable values become warnings).
    /// </summary>
    public static bool TryExtract(Observation observation, FhirResourceEntry entry, FhirImportContext context, DateOnly? date)
    {
        var allowAbbreviations = FhirValues.HasProfile(observation, KnownFhirCodes.TumorMarkerTestProfile);
        var handled = false;
        var (test, name) = ReceptorTestClassifier.Classify(observation.Code, allowAbbreviations);
        if (test != ReceptorTest.None)
        {
            handled = true;
            var reading = new Reading(test, name, observation.Code, observation.Value, entry, context, date);
            if (observation.DataAbsentReason is null && (observation.Value is not null || observation.Component.Count == 0))
            {
                reading.Read();
            }
        }

        foreach (var component in observation.Component)
        {
            var (componentTest, componentName) = ReceptorTestClassifier.Classify(component.Code, allowAbbreviations);
            if (componentTest == ReceptorTest.None)
            {
                continue;
            }

            handled = true;
            if (component.DataAbsentReason is null)
            {
                new Reading(componentTest, componentName, component.Code, component.Value, entry, context, date).Read();
            }
        }

        return handled;
    }

    /// <summary>The stated result a value gives ("positive", "negative", "low-positive", "equivocal", "amplified", ...), or null.</summary>
    internal static string? StatedResult(DataType? value)
    {
        switch (value)
        {
            case CodeableConcept concept:
                foreach (var coding in concept.Coding)
                {
                    if (FhirValues.CodeOf(coding) is { } code && s_resultCodes.TryGetValue(code, out var known))
                    {
                        return known;
                    }
                }

                return FhirValues.Displays(concept).Select(ResultInWords).FirstOrDefault(result => result is not null);
            case FhirString text:
                return ResultInWords(text.Value);
            default:
                return null;
        }
    }

    private static string? ResultInWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = FhirValues.StripSemanticTag(text);
        if (NotAmplifiedWords().IsMatch(words))
        {
            return "not-amplified";
        }

        if (AmplifiedWords().IsMatch(words))
        {
            return "amplified";
        }

        if (LowPositiveWords().IsMatch(words))
        {
            return "low-positive";
        }

        if (UltralowWords().IsMatch(words))
        {
            return "ultralow";
        }

        if (LowWords().IsMatch(words))
        {
            return "low";
        }

        if (ZeroWords().IsMatch(words))
        {
            return "zero";
        }

        if (EquivocalWords().IsMatch(words))
        {
            return "equivocal";
        }

        if (NoResultWords().IsMatch(words))
        {
            return "indeterminate";
        }

        var negative = NegativeWords().IsMatch(words);
        var positive = PositiveWords().IsMatch(words);
        return (negative, positive) switch
        {
            (true, false) => "negative",
            (false, true) => "positive",
            _ => null,
        };
    }

    /// <summary>An IHC score from a coded answer or text ("2+", "score 2+", "++"), or null.</summary>
    internal static Her2IhcScore? IhcScore(DataType? value)
    {
        switch (value)
        {
            case CodeableConcept concept:
                foreach (var coding in concept.Coding)
                {
                    if (FhirValues.CodeOf(coding) is { } code && s_ihcCodes.TryGetValue(code, out var known))
                    {
                        return known;
                    }
                }

                return FhirValues.Displays(concept).Select(IhcScoreInText).FirstOrDefault(score => score is not null);
            case FhirString text:
                return IhcScoreInText(text.Value);
            default:
                return null;
        }
    }

    private static Her2IhcScore? IhcScoreInText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = FhirValues.StripSemanticTag(text);
        if (Her2IhcScoreParser.TryParse(trimmed, out var score))
        {
            return score;
        }

        switch (trimmed)
        {
            case "+":
                return Her2IhcScore.OnePlus;
            case "++":
                return Her2IhcScore.TwoPlus;
            case "+++":
                return Her2IhcScore.ThreePlus;
            default:
                break;
        }

        // "Equivocal (score 2+)": exactly one score written with its "+" anywhere in the text.
        var scores = ScoreInText().Matches(trimmed).Select(m => m.Groups["score"].Value).Distinct(StringComparer.Ordinal).ToList();
        return scores.Count == 1 && Her2IhcScoreParser.TryParse(scores[0] + "+", out score) ? score : null;
    }

    /// <summary>Reads one test's value into facts or a warning.</summary>
    private sealed class Reading(
        ReceptorTest test, string name, CodeableConcept? code, DataType? value, FhirResourceEntry entry, FhirImportContext context, DateOnly? date)
    {
        private readonly string _label = FhirValues.Describe(code);

        public void Read()
        {
            if (value is null)
            {
                context.Warn(entry, FhirMessages.ReceptorWithoutResult(name, _label));
                return;
            }

            switch (test)
            {
                case ReceptorTest.ErStatus or ReceptorTest.PrStatus:
                    ReadHormoneReceptor(statusTest: true);
                    break;
                case ReceptorTest.ErPercent or ReceptorTest.PrPercent:
                    ReadHormoneReceptor(statusTest: false);
                    break;
                case ReceptorTest.Her2Status:
                    ReadHer2(ihcTest: false);
                    break;
                case ReceptorTest.Her2Ihc:
                    ReadHer2(ihcTest: true);
                    break;
                case ReceptorTest.Her2IshResult:
                    ReadIshResult();
                    break;
                case ReceptorTest.Her2IshRatio:
                    ReadNumber(FactKind.Her2IshRatio, "HER2/CEP17 ratio");
                    break;
                case ReceptorTest.Her2IshCopies:
                    ReadNumber(FactKind.Her2IshCopies, "HER2 copy number");
                    break;
                case ReceptorTest.Her2IshPanel:
                    break;
                default:
                    context.Warn(entry, FhirMessages.ReceptorOtherScale(_label, name, Shown()));
                    break;
            }
        }

        private void ReadHormoneReceptor(bool statusTest)
        {
            var isEr = test is ReceptorTest.ErStatus or ReceptorTest.ErPercent;
            var made = false;
            var result = StatedResult(value);
            if (result is not null)
            {
                var allowed = isEr ? result is "positive" or "negative" or "low-positive" : result is "positive" or "negative";
                if (allowed)
                {
                    Add(isEr ? FactKind.ErStatus : FactKind.PrStatus, text: result);
                }
                else
                {
                    context.Warn(entry, isEr ? FhirMessages.ErResultNotUsable(name, Shown()) : FhirMessages.PrResultNotUsable(name, Shown()));
                }

                made = true;
            }

            var (percent, isLimit) = Percent(allowBareNumber: !statusTest);
            if (isLimit)
            {
                context.Warn(entry, FhirMessages.PercentIsLimit(name, Shown()));
                made = true;
            }
            else if (percent is { } p)
            {
                if (p is < 0 or > 100)
                {
                    context.Warn(entry, FhirMessages.PercentOutOfRange(name, Shown()));
                }
                else
                {
                    Add(isEr ? FactKind.ErPercent : FactKind.PrPercent, number: p);
                }

                made = true;
            }

            if (!made)
            {
                Unreadable();
            }
        }

        // A percentage of stained cells, or (null, true) when the value is only a limit such as "<1%".
        private (decimal? Percent, bool IsLimit) Percent(bool allowBareNumber)
        {
            switch (value)
            {
                case Quantity quantity when quantity.Value is { } number:
                    var unit = (quantity.Code ?? quantity.Unit ?? "").Trim();
                    var isPercent = unit.Contains('%', StringComparison.Ordinal) || unit.Contains("percent", StringComparison.OrdinalIgnoreCase)
                                    || unit.Contains("100", StringComparison.Ordinal) || (allowBareNumber && unit.Length == 0);
                    if (!isPercent)
                    {
                        return (null, false);
                    }

                    return quantity.Comparator is null ? (number, false) : (null, true);
                case Integer integer when allowBareNumber && integer.Value is { } whole:
                    return (whole, false);
                case FhirString text when !string.IsNullOrWhiteSpace(text.Value):
                    var match = PercentInText().Match(text.Value);
                    if (!match.Success && allowBareNumber)
                    {
                        match = BareNumber().Match(text.Value);
                    }

                    if (match.Success)
                    {
                        return (decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), false);
                    }

                    return (null, PercentLimitInText().IsMatch(text.Value));
                default:
                    return (null, false);
            }
        }

        private void ReadHer2(bool ihcTest)
        {
            if (IhcScore(value) is { } score)
            {
                Add(FactKind.Her2Ihc, text: Her2IhcScoreParser.Format(score));
                return;
            }

            var result = StatedResult(value);
            switch (result)
            {
                case "positive" or "negative" or "equivocal" or "low" or "ultralow" or "zero":
                    Add(FactKind.Her2Status, text: result, qualifier: ihcTest ? IhcQualifier : null);
                    return;
                case "amplified" or "not-amplified" when !ihcTest:
                    Add(FactKind.Her2IshResult, text: result);
                    return;
                default:
                    break;
            }

            if (result is null && value is Integer or Quantity)
            {
                context.Warn(entry, ihcTest ? FhirMessages.Her2IhcBareNumber(Shown()) : FhirMessages.Her2BareNumber(Shown()));
                return;
            }

            Unreadable();
        }

        private void ReadIshResult()
        {
            var result = StatedResult(value) switch
            {
                "amplified" or "positive" => "amplified",
                "not-amplified" or "negative" => "not-amplified",
                "equivocal" => "equivocal",
                _ => null,
            };
            if (result is null)
            {
                Unreadable();
                return;
            }

            Add(FactKind.Her2IshResult, text: result);
        }

        private void ReadNumber(FactKind kind, string what)
        {
            decimal? number = value switch
            {
                Quantity { Comparator: null, Value: { } v } quantity when !(quantity.Unit ?? quantity.Code ?? "").Contains('%', StringComparison.Ordinal) => v,
                Integer { Value: { } whole } => whole,
                FhirString text when text.Value is not null && BareNumber().Match(text.Value) is { Success: true } match =>
                    decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture),
                Ratio { Numerator.Value: { } n, Denominator.Value: { } d } when d != 0 => decimal.Round(n / d, 4),
                Ratio { Numerator.Value: { } n, Denominator: null } => n,
                _ => null,
            };
            if (number is null)
            {
                Unreadable();
                return;
            }

            if (number is <= 0 or > 100)
            {
                context.Warn(entry, FhirMessages.NumberImplausible(what, Shown()));
                return;
            }

            Add(kind, number: number);
        }

        private void Unreadable() =>
            context.Warn(entry, FhirMessages.ReceptorUnreadable(name, _label, Shown()));

        private string Shown() => FhirValues.DescribeValue(value);

        private void Add(FactKind kind, string? text = null, decimal? number = null, string? qualifier = null) =>
            context.Facts.Add(new RecordFact
            {
                Kind = kind,
                Text = text,
                Number = number,
                Date = date,
                Qualifier = qualifier,
                Codes = FhirValues.Codes(code, value as CodeableConcept),
                Provenance = context.ProvenanceFor(entry, FhirValues.Quote(_label, Shown())),
            });
    }
}
