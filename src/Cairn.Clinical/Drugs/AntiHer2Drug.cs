namespace Cairn.Clinical.Drugs;

/// <summary>
/// One anti-HER2 drug product in the US, as catalogued in ONCOLOGY_RULES.md §8 (S6, S7, S35–S40).
/// Get entries from <see cref="AntiHer2DrugCatalogue"/>; they are immutable.
/// </summary>
public sealed record AntiHer2Drug
{
    internal AntiHer2Drug(
        AntiHer2DrugId id,
        string genericName,
        IReadOnlyList<string> brandNames,
        string? abbreviation,
        AntiHer2DrugClass drugClass,
        string classDescription,
        AdministrationRoute route,
        AntiHer2DrugId? biosimilarOf,
        bool containsTrastuzumab,
        IReadOnlyList<UsApproval> usApprovals,
        IReadOnlyList<BoxedWarning> boxedWarnings,
        bool hasUsBreastIndication,
        IReadOnlyList<string> sourceIds,
        IReadOnlyList<string> otherNames)
    {
        Id = id;
        GenericName = genericName;
        BrandNames = brandNames;
        Abbreviation = abbreviation;
        DrugClass = drugClass;
        ClassDescription = classDescription;
        Route = route;
        BiosimilarOf = biosimilarOf;
        ContainsTrastuzumab = containsTrastuzumab;
        UsApprovals = usApprovals;
        BoxedWarnings = boxedWarnings;
        HasUsBreastIndication = hasUsBreastIndication;
        SourceIds = sourceIds;
        OtherNames = otherNames;
    }

    /// <summary>Stable identifier.</summary>
    public AntiHer2DrugId Id { get; }

    /// <summary>US generic (nonproprietary) name, with its FDA suffix where it has one, e.g. "trastuzumab-dkst".</summary>
    public string GenericName { get; }

    /// <summary>US brand name(s); never empty.</summary>
    public IReadOnlyList<string> BrandNames { get; }

    /// <summary>Common abbreviation ("T-DM1", "T-DXd"), or null.</summary>
    public string? Abbreviation { get; }

    /// <summary>Broad drug class.</summary>
    public AntiHer2DrugClass DrugClass { get; }

    /// <summary>The class as the spec words it, e.g. "ADC (topoisomerase-I payload)".</summary>
    public string ClassDescription { get; }

    /// <summary>How the drug is given, per its US label.</summary>
    public AdministrationRoute Route { get; }

    /// <summary>For a biosimilar, the reference product it copies; otherwise null.</summary>
    public AntiHer2DrugId? BiosimilarOf { get; }

    /// <summary>True when the product contains trastuzumab (alone, combined, or as the antibody of an ADC).</summary>
    public bool ContainsTrastuzumab { get; }

    /// <summary>US approvals, oldest first; never empty.</summary>
    public IReadOnlyList<UsApproval> UsApprovals { get; }

    /// <summary>Topics of the US label's boxed warning; empty when the label has none.</summary>
    public IReadOnlyList<BoxedWarning> BoxedWarnings { get; }

    /// <summary>True when the drug has a US breast cancer indication (false for zanidatamab).</summary>
    public bool HasUsBreastIndication { get; }

    /// <summary>Catalogue ids (S1..S53) of the sources for this entry; never empty.</summary>
    public IReadOnlyList<string> SourceIds { get; }

    /// <summary>Further names the catalogue recognises (INN without prefix or suffix, development codes, spellings).</summary>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>True when the boxed warning covers heart damage: cardiomyopathy, left ventricular dysfunction or cardiac toxicity.</summary>
    public bool HasCardiacBoxedWarning => BoxedWarnings.Any(
        warning => warning is BoxedWarning.Cardiomyopathy or BoxedWarning.LeftVentricularDysfunction or BoxedWarning.CardiacToxicity);

    /// <summary>
    /// "Trastuzumab-class" for red-flag triage: the product contains trastuzumab, or its boxed warning covers heart
    /// damage. See <see cref="AntiHer2DrugCatalogue.IsTrastuzumabClass"/> for why the definition is this broad.
    /// </summary>
    public bool IsTrastuzumabClass => ContainsTrastuzumab || HasCardiacBoxedWarning;

    /// <summary>The earliest dated US approval, or null when none is dated.</summary>
    public UsApproval? FirstDatedUsApproval => UsApprovals
        .Where(approval => approval.Year is not null)
        .OrderBy(approval => approval.Date ?? new DateOnly(approval.Year!.Value, 12, 31))
        .FirstOrDefault();
}
