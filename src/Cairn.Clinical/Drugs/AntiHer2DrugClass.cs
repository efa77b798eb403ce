namespace Cairn.Clinical.Drugs;

/// <summary>Broad drug class of an anti-HER2 agent (ONCOLOGY_RULES.md §8). The finer wording is in <see cref="AntiHer2Drug.ClassDescription"/>.</summary>
public enum AntiHer2DrugClass
{
    /// <summary>A single monoclonal antibody (including biosimilars and Fc-engineered antibodies).</summary>
    MonoclonalAntibody,

    /// <summary>A fixed-dose combination of antibodies in one product (Phesgo).</summary>
    AntibodyCombination,

    /// <summary>An antibody–drug conjugate (ADC): an antibody that carries a chemotherapy payload to the cancer cells.</summary>
    AntibodyDrugConjugate,

    /// <summary>A bispecific antibody that binds two sites on HER2.</summary>
    BispecificAntibody,

    /// <summary>A small-molecule tyrosine kinase inhibitor (TKI), taken by mouth.</summary>
    TyrosineKinaseInhibitor,
}
