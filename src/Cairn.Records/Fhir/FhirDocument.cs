using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>A deserialized FHIR file: the root resource and where its parts start in the text.</summary>
/// <param name="Root">The file's resource (often a Bundle).</param>
/// <param name="RootLine">1-based line of the root object.</param>
/// <param name="EntryLines">For a Bundle root: entry index → 1-based line of that entry's resource.</param>
internal sealed record FhirDocument(Resource Root, int RootLine, IReadOnlyDictionary<int, int> EntryLines);
