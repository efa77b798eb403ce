namespace Cairn.Records.Text;

/// <summary>A date written in a line: its position, the text, and either its value or why it could not be used.</summary>
/// <param name="Index">Start of <paramref name="Raw"/> in the line.</param>
/// <param name="Length">Length of <paramref name="Raw"/>.</param>
/// <param name="Raw">The date as written.</param>
/// <param name="Value">The date, or null when it is ambiguous, incomplete or invalid.</param>
/// <param name="Problem">Why <paramref name="Value"/> is null, in words for a warning; null when the date was read.</param>
internal sealed record FoundDate(int Index, int Length, string Raw, DateOnly? Value, string? Problem)
{
    public int End => Index + Length;
}
