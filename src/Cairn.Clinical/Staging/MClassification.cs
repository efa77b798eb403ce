namespace Cairn.Clinical.Staging;

/// <summary>The M category computed from <see cref="DistantMetastasisFindings"/>, with its reason and sources.</summary>
/// <param name="Category">
/// M0, cM0(i+) or M1; null when the findings cannot be classified without a clinician (tumour cells were found and the
/// person has symptoms or signs of spread, but no metastasis has been shown).
/// </param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record MClassification(MCategory? Category, string Reason, IReadOnlyList<string> SourceIds) : IClinicalFinding
{
    /// <summary>True when <see cref="Category"/> is null and a clinician has to assess the findings.</summary>
    public bool NeedsClinicalAssessment => Category is null;
}
