using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cairn.Core.Serialization;

/// <summary>
/// The JSON settings of Cairn's public contracts (CLI <c>--json</c>, HTTP API): camelCase names, enums as kebab-case
/// strings ("call-team", "paragraph"), nulls written out so every documented field is always present.
/// </summary>
public static class CairnJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
