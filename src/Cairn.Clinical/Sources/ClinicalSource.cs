namespace Cairn.Clinical.Sources;

/// <summary>One entry of the clinical source catalogue.</summary>
/// <param name="Id">"S1".."S53", as in ONCOLOGY_RULES.md §10.</param>
/// <param name="Citation">The bibliographic citation as recorded in the spec.</param>
/// <param name="Year">Publication year, when the citation states one.</param>
/// <param name="Url">A link (DOI, PubMed, PMC or publisher page), when the citation gives one.</param>
public sealed record ClinicalSource(string Id, string Citation, int? Year, string? Url);
