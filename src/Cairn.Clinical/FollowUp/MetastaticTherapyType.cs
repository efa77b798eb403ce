namespace Cairn.Clinical.FollowUp;

/// <summary>The kind of therapy for metastatic breast cancer; it sets the monitoring cadence (§7.2).</summary>
public enum MetastaticTherapyType
{
    /// <summary>Endocrine (hormone) therapy.</summary>
    Endocrine = 0,

    /// <summary>Chemotherapy, given in cycles.</summary>
    Chemotherapy = 1,

    /// <summary>
    /// Anti-HER2 or other targeted therapy without chemotherapy. The sources read give no separate cadence, so ESO's
    /// general one is used and flagged as a project decision. With chemotherapy, also plan for <see cref="Chemotherapy"/>.
    /// </summary>
    AntiHer2OrTargeted = 2,
}
