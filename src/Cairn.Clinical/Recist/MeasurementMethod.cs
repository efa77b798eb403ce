namespace Cairn.Clinical.Recist;

/// <summary>How a lesion was measured (RECIST 1.1, ONCOLOGY_RULES.md §4, S16). No zero member: the method must be stated.</summary>
public enum MeasurementMethod
{
    /// <summary>CT scan; give the slice thickness too.</summary>
    Ct = 1,

    /// <summary>Calipers on clinical examination (superficial lesions such as skin nodules).</summary>
    Caliper = 2,

    /// <summary>Chest X-ray (lesions clearly outlined by aerated lung).</summary>
    ChestXRay = 3,
}
