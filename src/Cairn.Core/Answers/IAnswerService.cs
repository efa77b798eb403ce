namespace Cairn.Core.Answers;

/// <summary>
/// Answers patient questions. Transport-agnostic: the CLI, the web app and the HTTP API all call this one service.
/// </summary>
public interface IAnswerService
{
    /// <summary>Answers one question.</summary>
    /// <remarks>
    /// Red-flag symptoms are checked first: when found, the answer carries <see cref="Answer.Urgent"/> and no sections.
    /// When the knowledge base does not cover the question the answer has <see cref="Answer.Grounded"/> false and
    /// no medical content. The answer never states remission, recurrence or progression from a single value.
    /// </remarks>
    /// <exception cref="InvalidQuestionException">The question is empty, too long, or not text.</exception>
    Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default);
}
