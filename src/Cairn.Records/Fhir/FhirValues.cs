using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace Cairn.Records.Fhir;

/// <summary>Small readers for FHIR data types: names of codes, dates, numbers and the text provenance quotes.</summary>
internal static partial class FhirValues
{
    public const int MaxMatchedText = 200;

    // SNOMED CT fully specified names end in a semantic tag such as "(disorder)"; it is not part of what was stated.
    [GeneratedRegex(
        @"\s*\((?:body structure|disorder|finding|procedure|qualifier value|morphologic abnormality|observable entity|regime/therapy|situation|substance|product|medicinal product|clinical drug|tumor staging|tumour staging|attribute|record artifact|cell structure)\)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SemanticTag();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^\d{4}(?:-\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDate();

    /// <summary>The text without a trailing SNOMED semantic tag, trimmed.</summary>
    public static string StripSemanticTag(string text) => SemanticTag().Replace(text, "").Trim();

    /// <summary>The concept's text, else its first coding display, else null.</summary>
    public static string? Display(CodeableConcept? concept) => Displays(concept).FirstOrDefault();

    /// <summary>The concept's text, then each coding's display (non-blank only, in order).</summary>
    public static IEnumerable<string> Displays(CodeableConcept? concept)
    {
        if (concept is null)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(concept.Text))
        {
            yield return concept.Text.Trim();
        }

        foreach (var coding in concept.Coding)
        {
            if (!string.IsNullOrWhiteSpace(coding.Display))
            {
                yield return coding.Display.Trim();
            }
        }
    }

    /// <summary>A name for the concept for messages and provenance: its display, else "system|code", else "(no code)".</summary>
    public static string Describe(CodeableConcept? concept) =>
        Display(concept) ?? concept?.Coding.Select(CodeOf).FirstOrDefault(code => code is not null) ?? "(no code)";

    /// <summary>"system|code" of every coding that has a code, in order, without repeats.</summary>
    public static IReadOnlyList<string> Codes(params CodeableConcept?[] concepts) =>
        concepts.Where(concept => concept is not null)
            .SelectMany(concept => concept!.Coding)
            .Select(CodeOf)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>"system|code", or null when the coding has no code.</summary>
    public static string? CodeOf(Coding coding) =>
        string.IsNullOrWhiteSpace(coding.Code) ? null : $"{coding.System}|{coding.Code.Trim()}";

    /// <summary>The first code of <paramref name="system"/> in the concept, or null.</summary>
    public static IEnumerable<string> CodesIn(CodeableConcept? concept, string system) =>
        concept?.Coding
            .Where(coding => string.Equals(coding.System, system, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(coding.Code))
            .Select(coding => coding.Code!.Trim())
        ?? [];

    /// <summary>True when the concept has a coding with this system and code.</summary>
    public static bool Has(CodeableConcept? concept, string system, string code) =>
        CodesIn(concept, system).Contains(code, StringComparer.Ordinal);

    /// <summary>True when the resource claims an mCODE (or other) profile whose canonical URL ends in <paramref name="name"/>.</summary>
    public static bool HasProfile(Resource resource, string name) =>
        resource.Meta?.Profile.Any(profile => ProfileName(profile).Equals(name, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>True when a claimed profile's name starts with <paramref name="prefix"/>.</summary>
    public static bool HasProfilePrefix(Resource resource, string prefix) =>
        resource.Meta?.Profile.Any(profile => ProfileName(profile).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) == true;

    private static string ProfileName(string? profile)
    {
        if (string.IsNullOrEmpty(profile))
        {
            return "";
        }

        var withoutVersion = profile.Split('|')[0];
        return withoutVersion[(withoutVersion.LastIndexOf('/') + 1)..];
    }

    /// <summary>The start and end of a time value: a dateTime, a date, an instant or a Period.</summary>
    public static (string? Start, string? End) Times(DataType? value) => value switch
    {
        FhirDateTime dateTime => (dateTime.Value, null),
        Date date => (date.Value, null),
        Instant instant => (instant.Value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), null),
        Period period => (period.Start, period.End),
        _ => (null, null),
    };

    /// <summary>Reads a FHIR date or dateTime as the calendar date written (no time-zone conversion).</summary>
    /// <returns>The date; null when absent, when only a year or month is given (<paramref name="partial"/> true) or unreadable.</returns>
    public static DateOnly? ToDate(string? value, out bool partial)
    {
        partial = false;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = FullDate().Match(value.Trim());
        if (match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        partial = PartialDate().IsMatch(value.Trim());
        return null;
    }

    /// <summary>The FHIR code of an enum value ("entered-in-error"), or "unknown".</summary>
    public static string Literal<T>(T? value)
        where T : struct, Enum => value is { } v ? EnumUtility.GetLiteral(v) ?? v.ToString() : "unknown";

    /// <summary>The text quoted in provenance for a value.</summary>
    public static string DescribeValue(DataType? value) => value switch
    {
        null => "",
        CodeableConcept concept => Describe(concept),
        Quantity quantity => DescribeQuantity(quantity),
        FhirString text => text.Value ?? "",
        Integer integer => integer.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
        FhirBoolean boolean => boolean.Value switch { true => "true", false => "false", null => "" },
        Ratio ratio => $"{DescribeQuantity(ratio.Numerator)} : {DescribeQuantity(ratio.Denominator)}",
        Hl7.Fhir.Model.Range range => $"{DescribeQuantity(range.Low)} – {DescribeQuantity(range.High)}",
        _ => value.TypeName,
    };

    public static string DescribeQuantity(Quantity? quantity)
    {
        if (quantity?.Value is not { } number)
        {
            return "";
        }

        var comparator = quantity.Comparator is { } c ? EnumUtility.GetLiteral(c) : "";
        var unit = quantity.Unit ?? quantity.Code;
        var text = comparator + number.ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(unit) ? text : $"{text} {unit}";
    }

    /// <summary>"label: value", trimmed to the provenance limit.</summary>
    public static string Quote(string label, string value) =>
        Truncate(string.IsNullOrWhiteSpace(value) ? label : $"{label}: {value}");

    public static string Truncate(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxMatchedText ? trimmed : string.Concat(trimmed.AsSpan(0, MaxMatchedText - 1), "…");
    }
}
