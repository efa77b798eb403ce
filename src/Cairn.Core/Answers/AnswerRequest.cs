namespace Cairn.Core.Answers;

/// <summary>A question to answer, optionally for a stored patient.</summary>
/// <param name="Question">The question in the person's own words.</param>
/// <param name="PatientId">A stored patient whose profile personalises the answer; null for a general answer.</param>
public sealed record AnswerRequest(string Question, string? PatientId = null);
