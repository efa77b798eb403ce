using Hl7.Fhir.Model;

namespace Cairn.Records.Fhir;

/// <summary>One resource read from the file, with what provenance needs: its "Type/id" and the line it starts on.</summary>
/// <param name="Resource">The resource (a Bundle's entry, or the file's single resource).</param>
/// <param name="ResourceId">"Type/id"; "Type/fullUrl" or "Type (entry N)" when the resource has no id.</param>
/// <param name="Line">1-based line of the resource's opening brace in the file, when known.</param>
internal sealed record FhirResourceEntry(Resource Resource, string ResourceId, int? Line);
