namespace Cairn.Knowledge.Articles;

/// <summary>One problem found in the knowledge base.</summary>
/// <param name="IsError">Errors fail <c>cairn kb check</c> and the tests; warnings are reported only.</param>
/// <param name="Origin">The article's file or resource.</param>
/// <param name="Line">1-based line, when known.</param>
public sealed record LintIssue(bool IsError, string Origin, int? Line, string Message)
{
    public override string ToString() =>
        $"{(IsError ? "error" : "warning")}: {Origin}{(Line is { } line ? $":{line}" : string.Empty)}: {Message}";
}
