namespace Cairn.Records.Text;

/// <summary>What a labelled piece of a biomarker line is about.</summary>
internal enum BiomarkerLabel
{
    /// <summary>Oestrogen receptor.</summary>
    Er,

    /// <summary>Progesterone receptor.</summary>
    Pr,

    /// <summary>HER2 by immunohistochemistry, or HER2 without saying which test.</summary>
    Her2,

    /// <summary>HER2 in situ hybridisation (FISH, CISH, SISH, DISH).</summary>
    Ish,

    /// <summary>The HER2/CEP17 ratio on its own.</summary>
    Ratio,

    /// <summary>The average HER2 copy number on its own.</summary>
    Copies,
}
