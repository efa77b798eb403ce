namespace Cairn.Core.Knowledge;

/// <summary>A named, real source behind knowledge-base text (a guideline, a paper, a patient resource).</summary>
/// <param name="Id">Stable id, e.g. "S27". The same id names the same source across the whole knowledge base.</param>
public sealed record SourceReference(string Id, string Title, string? Publisher, int? Year, string? Url);
