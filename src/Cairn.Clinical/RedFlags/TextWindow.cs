namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Bounded slices of a sentence around a phrase. Every look-around the extractor makes is local, so the work per
/// phrase is constant and the whole check stays linear in the length of the text, whatever a person pastes in.
/// </summary>
internal static class TextWindow
{
    /// <summary>At most <paramref name="length"/> characters ending at <paramref name="index"/>.</summary>
    public static string Before(string text, int index, int length) => text[Math.Max(0, index - length)..index];

    /// <summary>At most <paramref name="length"/> characters starting at <paramref name="index"/>.</summary>
    public static string After(string text, int index, int length) => text[index..Math.Min(text.Length, index + length)];
}
