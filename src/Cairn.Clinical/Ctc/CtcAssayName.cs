namespace Cairn.Clinical.Ctc;

/// <summary>Maps a free-text CTC assay name (as a lab report writes it) to a <see cref="CtcAssay"/>.</summary>
public static class CtcAssayName
{
    /// <summary>
    /// Classifies an assay name. Case, spaces, punctuation and trademark signs are ignored, so "CellSearch®",
    /// "CELLSEARCH CTC Kit" and "Cell Search" are all <see cref="CtcAssay.CellSearch"/>. Anything else is
    /// <see cref="CtcAssay.Other"/>; nothing is guessed.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="assayName"/> is null, empty or whitespace.</exception>
    public static CtcAssay Classify(string assayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assayName);
        string letters = new string([.. assayName.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
        return letters.Contains("cellsearch", StringComparison.Ordinal) ? CtcAssay.CellSearch : CtcAssay.Other;
    }
}
