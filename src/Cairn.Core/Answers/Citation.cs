namespace Cairn.Core.Answers;

/// <summary>A source cited by an answer, with the knowledge-base passage the cited text came from.</summary>
/// <param name="Id">Source id, e.g. "S27"; unique within one answer.</param>
/// <param name="Title">Title of the source document.</param>
/// <param name="Publisher">Who published it (journal, society, agency).</param>
/// <param name="Year">Publication year, when known.</param>
/// <param name="Url">Where the source can be read, when known.</param>
/// <param name="Passage">The knowledge-base passage (article and section) the citing text was taken from.</param>
public sealed record Citation(string Id, string Title, string? Publisher, int? Year, string? Url, string Passage);
