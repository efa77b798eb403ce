namespace Cairn.Records.Fhir;

/// <summary>What an ER / PR / HER2 tumour marker Observation (or component) measures.</summary>
internal enum ReceptorTest
{
    /// <summary>Not an ER, PR or HER2 tissue test.</summary>
    None = 0,

    /// <summary>ER result (interpretation or presence by IHC).</summary>
    ErStatus,

    /// <summary>Percent of tumour nuclei staining for ER ("cells.estrogen receptor/100 cells").</summary>
    ErPercent,

    /// <summary>PR result (interpretation or presence by IHC).</summary>
    PrStatus,

    /// <summary>Percent of tumour nuclei staining for PR.</summary>
    PrPercent,

    /// <summary>The overall HER2 interpretation (no method named).</summary>
    Her2Status,

    /// <summary>HER2 protein by IHC / immunoassay in tissue: an IHC score, or a result stated for that test.</summary>
    Her2Ihc,

    /// <summary>ERBB2 (HER2) gene amplification by in situ hybridisation: a stated result.</summary>
    Her2IshResult,

    /// <summary>HER2/CEP17 ratio by ISH.</summary>
    Her2IshRatio,

    /// <summary>HER2 copies (signals) per cell by ISH.</summary>
    Her2IshCopies,

    /// <summary>A HER2 ISH panel: only its components carry values.</summary>
    Her2IshPanel,

    /// <summary>ER, PR or HER2 measured in a way Cairn does not read (ligand binding in fmol/mg, intensity, combined ER+PR).</summary>
    Unreadable,
}
