namespace Cairn.Knowledge.Articles;

/// <summary>An article or source file is not in the knowledge-base format; the message names the file and line.</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message)
        : base(message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
