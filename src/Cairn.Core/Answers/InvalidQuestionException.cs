namespace Cairn.Core.Answers;

/// <summary>The question cannot be answered as given (empty, too long, not text). Hosts map this to bad input.</summary>
public sealed class InvalidQuestionException : Exception
{
    public InvalidQuestionException()
    {
    }

    public InvalidQuestionException(string message)
        : base(message)
    {
    }

    public InvalidQuestionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
