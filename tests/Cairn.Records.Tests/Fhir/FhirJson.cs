using System.Text;
using Cairn.Core.Records;

namespace Cairn.Records.Tests.Fhir;

/// <summary>Builds small synthetic FHIR JSON files for tests.</summary>
internal static class FhirJson
{
    public const string TumourMarkerProfile = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker-test";

    /// <summary>An Observation "obs-1" with the given code and value members (JSON fragments).</summary>
    public static RecordFile Observation(string code, string value, string? profile = TumourMarkerProfile, string category = "laboratory", string extra = "")
    {
        var meta = profile is null ? "" : $$"""  "meta": { "profile": ["{{profile}}"] },""";
        var json = $$"""
            {
              "resourceType": "Observation",
              "id": "obs-1",
              {{meta}}
              "status": "final",
              "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "{{category}}" }] }],
              "code": {{code}},
              "effectiveDateTime": "2026-02-03",
              {{(extra.Length == 0 ? "" : extra + ",")}}
              {{value}}
            }
            """;
        return File(json);
    }

    /// <summary>A LOINC code fragment.</summary>
    public static string Loinc(string code, string display = "") =>
        $$"""{ "coding": [{ "system": "http://loinc.org", "code": "{{code}}"{{(display.Length == 0 ? "" : $", \"display\": \"{display}\"")}} }] }""";

    /// <summary>A SNOMED CT code fragment.</summary>
    public static string Snomed(string code, string display) =>
        $$"""{ "coding": [{ "system": "http://snomed.info/sct", "code": "{{code}}", "display": "{{display}}" }] }""";

    /// <summary>A code fragment with text only.</summary>
    public static string CodeText(string text) => $$"""{ "text": "{{text}}" }""";

    public static RecordFile File(string json, string name = "test.json") => new(name, Encoding.UTF8.GetBytes(json));
}
