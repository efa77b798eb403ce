using System.Globalization;
using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>
/// The resources of one file in order (a Bundle's entries flattened, nested Bundles included), and lookup of
/// references between them: "Type/id", a Bundle entry's fullUrl, an absolute URL ending in "Type/id", or "#id" for a
/// contained resource.
/// </summary>
internal sealed class FhirResourceIndex
{
    private readonly Dictionary<string, FhirResourceEntry> _byKey = new(StringComparer.Ordinal);
    private readonly List<FhirResourceEntry> _entries = [];

    private FhirResourceIndex()
    {
    }

    /// <summary>The resources to read, in file order. A Bundle itself is a container and is not listed.</summary>
    public IReadOnlyList<FhirResourceEntry> Entries => _entries;

    public static FhirResourceIndex Build(FhirDocument document)
    {
        var index = new FhirResourceIndex();
        if (document.Root is Bundle bundle)
        {
            index.AddBundle(bundle, document.EntryLines, document.RootLine);
        }
        else
        {
            index.Add(document.Root, fullUrl: null, position: null, document.RootLine);
        }

        return index;
    }

    /// <summary>The resource a reference points to, or null when it is not in this file.</summary>
    public FhirResourceEntry? Resolve(ResourceReference? reference, FhirResourceEntry from)
    {
        var text = reference?.Reference?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.StartsWith('#'))
        {
            var id = text[1..];
            var contained = (from.Resource as DomainResource)?.Contained.FirstOrDefault(resource => string.Equals(resource.Id, id, StringComparison.Ordinal));
            return contained is null ? null : new FhirResourceEntry(contained, $"{from.ResourceId}#{id}", from.Line);
        }

        if (_byKey.TryGetValue(text, out var entry))
        {
            return entry;
        }

        var key = RelativeKey(text);
        return key is not null && _byKey.TryGetValue(key, out entry) ? entry : null;
    }

    /// <summary>"Type/id" for a reference (resolved when possible), or null when it names no resource.</summary>
    public string? KeyOf(ResourceReference? reference, FhirResourceEntry from)
    {
        var resolved = Resolve(reference, from);
        if (resolved is not null)
        {
            return resolved.ResourceId;
        }

        var text = reference?.Reference?.Trim();
        return string.IsNullOrEmpty(text) ? null : RelativeKey(text) ?? text;
    }

    private void AddBundle(Bundle bundle, IReadOnlyDictionary<int, int>? entryLines, int? bundleLine)
    {
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            if (entry.Resource is null)
            {
                continue;
            }

            int? line = entryLines is not null && entryLines.TryGetValue(i, out var found) ? found : bundleLine;
            if (entry.Resource is Bundle nested)
            {
                // Lines are only mapped for the outer Bundle's entries; nested ones point at their containing entry.
                AddBundle(nested, entryLines: null, line);
            }
            else
            {
                Add(entry.Resource, entry.FullUrl, i + 1, line);
            }
        }
    }

    private void Add(Resource resource, string? fullUrl, int? position, int? line)
    {
        var type = resource.TypeName;
        string resourceId;
        if (!string.IsNullOrWhiteSpace(resource.Id))
        {
            resourceId = $"{type}/{resource.Id}";
        }
        else if (!string.IsNullOrWhiteSpace(fullUrl))
        {
            resourceId = $"{type}/{fullUrl.Trim()}";
        }
        else
        {
            resourceId = position is { } p ? string.Create(CultureInfo.InvariantCulture, $"{type} (entry {p})") : type;
        }

        var entry = new FhirResourceEntry(resource, resourceId, line);
        _entries.Add(entry);
        if (!string.IsNullOrWhiteSpace(resource.Id))
        {
            _byKey.TryAdd($"{type}/{resource.Id}", entry);
        }

        if (!string.IsNullOrWhiteSpace(fullUrl))
        {
            _byKey.TryAdd(fullUrl.Trim(), entry);
            var key = RelativeKey(fullUrl.Trim());
            if (key is not null)
            {
                _byKey.TryAdd(key, entry);
            }
        }
    }

    // "http://example.org/fhir/Observation/abc/_history/2" → "Observation/abc"; "Observation/abc" stays.
    private static string? RelativeKey(string reference)
    {
        var parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = parts.Length;
        if (end >= 4 && string.Equals(parts[end - 2], "_history", StringComparison.Ordinal))
        {
            end -= 2;
        }

        return end >= 2 && parts[end - 2].Length > 0 && char.IsAsciiLetterUpper(parts[end - 2][0])
            ? $"{parts[end - 2]}/{parts[end - 1]}"
            : null;
    }
}
