namespace Cairn.Clinical.Markers;

/// <summary>The outcome of looking for a rising trend in a series of marker results.</summary>
public enum MarkerTrendStatus
{
    /// <summary>The most recent N or more results (same marker, same lab and assay) rise strictly one after another.</summary>
    RisingAcrossConsecutiveResults = 0,

    /// <summary>Enough results, but the most recent ones do not rise strictly across N in a row.</summary>
    NoSustainedRise = 1,

    /// <summary>Fewer results than the N needed to judge a rise.</summary>
    TooFewResults = 2,

    /// <summary>The series mixes markers, which cannot be compared; no trend computed.</summary>
    NotComputedMixedMarkers = 3,

    /// <summary>The series mixes labs or assays, whose values cannot be compared (S25, S26); no trend computed.</summary>
    NotComputedMixedLabsOrAssays = 4,
}
