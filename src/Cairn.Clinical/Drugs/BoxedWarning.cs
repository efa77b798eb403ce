namespace Cairn.Clinical.Drugs;

/// <summary>A topic of a US label boxed warning ("black box"), as named on the label.</summary>
public enum BoxedWarning
{
    /// <summary>Cardiomyopathy: heart muscle weakening and heart failure (trastuzumab products).</summary>
    Cardiomyopathy,

    /// <summary>Infusion reactions.</summary>
    InfusionReactions,

    /// <summary>Embryo-fetal toxicity: harm to an unborn baby.</summary>
    EmbryoFetalToxicity,

    /// <summary>Pulmonary (lung) toxicity.</summary>
    PulmonaryToxicity,

    /// <summary>Left ventricular dysfunction: the heart's main pumping chamber works less well.</summary>
    LeftVentricularDysfunction,

    /// <summary>Hepatotoxicity: liver damage.</summary>
    Hepatotoxicity,

    /// <summary>Cardiac toxicity: heart damage, such as a lower ejection fraction.</summary>
    CardiacToxicity,

    /// <summary>Interstitial lung disease (ILD) / pneumonitis: lung inflammation and scarring.</summary>
    InterstitialLungDisease,

    /// <summary>Severe diarrhoea.</summary>
    Diarrhea,
}
