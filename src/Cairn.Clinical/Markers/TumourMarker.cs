namespace Cairn.Clinical.Markers;

/// <summary>The serum tumour markers covered by ONCOLOGY_RULES.md §6.</summary>
public enum TumourMarker
{
    /// <summary>CA 15-3, reported in U/mL.</summary>
    Ca153 = 0,

    /// <summary>CA 27.29, reported in U/mL.</summary>
    Ca2729 = 1,

    /// <summary>Carcinoembryonic antigen (CEA), reported in ng/mL.</summary>
    Cea = 2,
}
