using System.Collections.ObjectModel;

namespace Cairn.Clinical.Recist;

/// <summary>Source ids for RECIST 1.1 rules (ONCOLOGY_RULES.md §4): the guideline (S16) and the faithful copy read (S17).</summary>
internal static class RecistSources
{
    public static readonly ReadOnlyCollection<string> Recist = new(["S16", "S17"]);
}
