using System.Collections.ObjectModel;

namespace Cairn.Clinical.Staging;

/// <summary>Source id lists (ONCOLOGY_RULES.md §10) shared by the staging rules; read-only so no caller can alter them.</summary>
internal static class StagingSources
{
    /// <summary>T categories and clinical N: MSD Manual / Radiopaedia AJCC 8th tables.</summary>
    public static readonly ReadOnlyCollection<string> PrimaryTumour = new(["S13"]);

    /// <summary>Pathologic N: NCI PDQ Table 4 and the Koh &amp; Kim pN table (AJCC 8th).</summary>
    public static readonly ReadOnlyCollection<string> PathologicNodes = new(["S14", "S12"]);

    /// <summary>Clinical N (AJCC 8th via Radiopaedia / MSD Manual).</summary>
    public static readonly ReadOnlyCollection<string> ClinicalNodes = new(["S13"]);

    /// <summary>M0, cM0(i+) and M1 notes, and post-neoadjuvant stage IV.</summary>
    public static readonly ReadOnlyCollection<string> DistantMetastasis = new(["S15"]);

    /// <summary>Anatomic stage table and the N1mi / cM0(i+) / neoadjuvant notes.</summary>
    public static readonly ReadOnlyCollection<string> StageGroups = new(["S13", "S15"]);

    /// <summary>Anatomic stage table plus the prognostic-stage sources, for stated-vs-computed comparisons.</summary>
    public static readonly ReadOnlyCollection<string> StageComparison = new(["S13", "S15", "S11", "S12"]);
}
