namespace Cairn.Core.Records;

/// <summary>Where a fact was found, so every value in a profile can be traced to its source.</summary>
/// <param name="Document">The file name the user imported.</param>
/// <param name="Page">1-based PDF page, when the document has pages.</param>
/// <param name="Line">1-based line in the text (of the page, for PDFs), when known.</param>
/// <param name="MatchedText">The text the fact was read from, as written (trimmed, at most ~200 characters).</param>
/// <param name="ResourceId">For FHIR: "ResourceType/id" of the resource the fact came from.</param>
public sealed record Provenance(string Document, int? Page, int? Line, string MatchedText, string? ResourceId = null);
