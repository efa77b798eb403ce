using System.Globalization;
using Cairn.Clinical.Drugs;
using Cairn.Clinical.Sources;

namespace Cairn.Clinical.Tests.Drugs;

/// <summary>ONCOLOGY_RULES.md §8: every drug row and every approval date of the anti-HER2 table.</summary>
public sealed class AntiHer2DrugCatalogueTests
{
    // One row per drug of the §8 table (biosimilars one each). First approval: "yyyy-MM-dd", or "yyyy" when the spec
    // gives only the year.
    [Theory]
    [InlineData("Herceptin", AntiHer2DrugId.Trastuzumab, "trastuzumab", null, AntiHer2DrugClass.MonoclonalAntibody, "monoclonal antibody", AdministrationRoute.Intravenous, "1998-09-25", true)]
    [InlineData("Herceptin Hylecta", AntiHer2DrugId.TrastuzumabHyaluronidase, "trastuzumab and hyaluronidase-oysk", null, AntiHer2DrugClass.MonoclonalAntibody, "subcutaneous antibody", AdministrationRoute.Subcutaneous, "2019-02-28", true)]
    [InlineData("Ogivri", AntiHer2DrugId.TrastuzumabDkst, "trastuzumab-dkst", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (trastuzumab biosimilar)", AdministrationRoute.Intravenous, "2017-12-01", true)]
    [InlineData("Herzuma", AntiHer2DrugId.TrastuzumabPkrb, "trastuzumab-pkrb", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (trastuzumab biosimilar)", AdministrationRoute.Intravenous, "2018-12-14", true)]
    [InlineData("Ontruzant", AntiHer2DrugId.TrastuzumabDttb, "trastuzumab-dttb", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (trastuzumab biosimilar)", AdministrationRoute.Intravenous, "2019-01-18", true)]
    [InlineData("Trazimera", AntiHer2DrugId.TrastuzumabQyyp, "trastuzumab-qyyp", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (trastuzumab biosimilar)", AdministrationRoute.Intravenous, "2019", true)]
    [InlineData("Kanjinti", AntiHer2DrugId.TrastuzumabAnns, "trastuzumab-anns", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (trastuzumab biosimilar)", AdministrationRoute.Intravenous, "2019", true)]
    [InlineData("Hercessi", AntiHer2DrugId.TrastuzumabStrf, "trastuzumab-strf", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (trastuzumab biosimilar)", AdministrationRoute.Intravenous, "2024", true)]
    [InlineData("Perjeta", AntiHer2DrugId.Pertuzumab, "pertuzumab", null, AntiHer2DrugClass.MonoclonalAntibody, "antibody (HER2 dimerisation blocker)", AdministrationRoute.Intravenous, "2012-06-08", true)]
    [InlineData("Phesgo", AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase, "pertuzumab, trastuzumab, and hyaluronidase-zzxf", null, AntiHer2DrugClass.AntibodyCombination, "subcutaneous fixed-dose antibodies", AdministrationRoute.Subcutaneous, "2020-06-29", true)]
    [InlineData("Kadcyla", AntiHer2DrugId.TrastuzumabEmtansine, "ado-trastuzumab emtansine", "T-DM1", AntiHer2DrugClass.AntibodyDrugConjugate, "ADC (microtubule-inhibitor payload)", AdministrationRoute.Intravenous, "2013-02-22", true)]
    [InlineData("Enhertu", AntiHer2DrugId.TrastuzumabDeruxtecan, "fam-trastuzumab deruxtecan-nxki", "T-DXd", AntiHer2DrugClass.AntibodyDrugConjugate, "ADC (topoisomerase-I payload)", AdministrationRoute.Intravenous, "2019-12-20", true)]
    [InlineData("Tukysa", AntiHer2DrugId.Tucatinib, "tucatinib", null, AntiHer2DrugClass.TyrosineKinaseInhibitor, "TKI (HER2-selective)", AdministrationRoute.Oral, "2020-04-17", true)]
    [InlineData("Nerlynx", AntiHer2DrugId.Neratinib, "neratinib", null, AntiHer2DrugClass.TyrosineKinaseInhibitor, "TKI (irreversible pan-HER)", AdministrationRoute.Oral, "2017-07-17", true)]
    [InlineData("Tykerb", AntiHer2DrugId.Lapatinib, "lapatinib", null, AntiHer2DrugClass.TyrosineKinaseInhibitor, "TKI (EGFR/HER2)", AdministrationRoute.Oral, "2007-03-13", true)]
    [InlineData("Margenza", AntiHer2DrugId.Margetuximab, "margetuximab-cmkb", null, AntiHer2DrugClass.MonoclonalAntibody, "Fc-engineered antibody", AdministrationRoute.Intravenous, "2020-12-16", true)]
    [InlineData("Ziihera", AntiHer2DrugId.Zanidatamab, "zanidatamab-hrii", null, AntiHer2DrugClass.BispecificAntibody, "bispecific HER2 antibody", AdministrationRoute.Intravenous, "2024-11-20", false)]
    public void GivenSpecDrugRow_WhenLookingUpTheBrand_ThenTheEntryMatchesTheSpec(
        string brand,
        AntiHer2DrugId id,
        string genericName,
        string? abbreviation,
        AntiHer2DrugClass drugClass,
        string classDescription,
        AdministrationRoute route,
        string firstApproval,
        bool hasBreastIndication)
    {
        Assert.True(AntiHer2DrugCatalogue.TryFind(brand, out var drug), brand);

        Assert.Equal(id, drug.Id);
        Assert.Same(AntiHer2DrugCatalogue.Get(id), drug);
        Assert.Equal(genericName, drug.GenericName);
        Assert.Contains(brand, drug.BrandNames);
        Assert.Equal(abbreviation, drug.Abbreviation);
        Assert.Equal(drugClass, drug.DrugClass);
        Assert.Equal(classDescription, drug.ClassDescription);
        Assert.Equal(route, drug.Route);
        Assert.Equal(hasBreastIndication, drug.HasUsBreastIndication);

        var first = drug.FirstDatedUsApproval;
        Assert.NotNull(first);
        if (firstApproval.Length == 4)
        {
            Assert.Null(first.Date);
            Assert.Equal(int.Parse(firstApproval, CultureInfo.InvariantCulture), first.Year);
        }
        else
        {
            Assert.Equal(DateOnly.ParseExact(firstApproval, "yyyy-MM-dd", CultureInfo.InvariantCulture), first.Date);
            Assert.Equal(first.Date!.Value.Year, first.Year);
        }
    }

    // Every dated approval in §8, including the Enhertu list.
    [Theory]
    [InlineData("Herceptin MBC", AntiHer2DrugId.Trastuzumab, "1998-09-25", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Herceptin Hylecta", AntiHer2DrugId.TrastuzumabHyaluronidase, "2019-02-28", IndicationKind.EarlyAndMetastaticBreastCancer, false)]
    [InlineData("Ogivri", AntiHer2DrugId.TrastuzumabDkst, "2017-12-01", IndicationKind.BiosimilarOfReferenceProduct, false)]
    [InlineData("Herzuma", AntiHer2DrugId.TrastuzumabPkrb, "2018-12-14", IndicationKind.BiosimilarOfReferenceProduct, false)]
    [InlineData("Ontruzant", AntiHer2DrugId.TrastuzumabDttb, "2019-01-18", IndicationKind.BiosimilarOfReferenceProduct, false)]
    [InlineData("Perjeta first-line MBC", AntiHer2DrugId.Pertuzumab, "2012-06-08", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Perjeta neoadjuvant and adjuvant", AntiHer2DrugId.Pertuzumab, "2017-12-20", IndicationKind.EarlyBreastCancer, false)]
    [InlineData("Phesgo neoadjuvant and adjuvant", AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase, "2020-06-29", IndicationKind.EarlyBreastCancer, false)]
    [InlineData("Phesgo first-line MBC", AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase, "2020-06-29", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Kadcyla MBC", AntiHer2DrugId.TrastuzumabEmtansine, "2013-02-22", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Kadcyla adjuvant residual disease", AntiHer2DrugId.TrastuzumabEmtansine, "2019-05-03", IndicationKind.EarlyBreastCancer, false)]
    [InlineData("Enhertu accelerated approval", AntiHer2DrugId.TrastuzumabDeruxtecan, "2019-12-20", IndicationKind.MetastaticBreastCancer, true)]
    [InlineData("Enhertu HER2+ MBC after prior anti-HER2", AntiHer2DrugId.TrastuzumabDeruxtecan, "2022-05-04", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Enhertu HER2-low MBC", AntiHer2DrugId.TrastuzumabDeruxtecan, "2022-08-05", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Enhertu any IHC 3+ solid tumour", AntiHer2DrugId.TrastuzumabDeruxtecan, "2024-04-05", IndicationKind.TumourAgnostic, true)]
    [InlineData("Enhertu HR+ HER2-low/ultralow", AntiHer2DrugId.TrastuzumabDeruxtecan, "2025-01-27", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Enhertu first-line with pertuzumab", AntiHer2DrugId.TrastuzumabDeruxtecan, "2025-12-15", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Tukysa", AntiHer2DrugId.Tucatinib, "2020-04-17", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Nerlynx extended adjuvant", AntiHer2DrugId.Neratinib, "2017-07-17", IndicationKind.EarlyBreastCancer, false)]
    [InlineData("Nerlynx with capecitabine", AntiHer2DrugId.Neratinib, "2020-02-25", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Tykerb with capecitabine", AntiHer2DrugId.Lapatinib, "2007-03-13", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Tykerb with letrozole", AntiHer2DrugId.Lapatinib, "2010-01-29", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Margenza", AntiHer2DrugId.Margetuximab, "2020-12-16", IndicationKind.MetastaticBreastCancer, false)]
    [InlineData("Ziihera biliary tract only", AntiHer2DrugId.Zanidatamab, "2024-11-20", IndicationKind.OtherCancer, true)]
    public void GivenSpecApproval_WhenReadingTheCatalogue_ThenItIsListedWithItsDateAndKind(
        string caseId,
        AntiHer2DrugId id,
        string date,
        IndicationKind kind,
        bool accelerated)
    {
        var expectedDate = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var matches = AntiHer2DrugCatalogue.Get(id).UsApprovals.Where(approval => approval.Date == expectedDate && approval.Kind == kind).ToList();

        var approval = Assert.Single(matches);
        Assert.True(accelerated == approval.IsAccelerated, caseId);
        Assert.Equal(expectedDate.Year, approval.Year);
        Assert.False(string.IsNullOrWhiteSpace(approval.Setting));
    }

    [Fact]
    public void GivenEnhertu_ThenItHasExactlyTheSixSpecApprovalsInOrder()
    {
        var dates = AntiHer2DrugCatalogue.Get(AntiHer2DrugId.TrastuzumabDeruxtecan).UsApprovals.Select(approval => approval.Date).ToArray();

        DateOnly?[] expected =
        [
            new DateOnly(2019, 12, 20),
            new DateOnly(2022, 5, 4),
            new DateOnly(2022, 8, 5),
            new DateOnly(2024, 4, 5),
            new DateOnly(2025, 1, 27),
            new DateOnly(2025, 12, 15),
        ];
        Assert.Equal(expected, dates);
    }

    [Fact]
    public void GivenEnhertuHer2LowAndUltralowApprovals_ThenTheyCiteTheFdaSources()
    {
        var approvals = AntiHer2DrugCatalogue.Get(AntiHer2DrugId.TrastuzumabDeruxtecan).UsApprovals;

        Assert.Contains("S6", approvals.Single(a => a.Date == new DateOnly(2022, 8, 5)).SourceIds);
        Assert.Contains("S7", approvals.Single(a => a.Date == new DateOnly(2025, 1, 27)).SourceIds);
    }

    [Fact]
    public void GivenTrastuzumab_ThenTheAdjuvantApprovalIsListedWithoutADateBecauseTheSpecGivesNone()
    {
        var undated = Assert.Single(AntiHer2DrugCatalogue.Get(AntiHer2DrugId.Trastuzumab).UsApprovals, approval => approval.Year is null);

        Assert.Null(undated.Date);
        Assert.Equal(IndicationKind.EarlyBreastCancer, undated.Kind);
    }

    [Theory]
    [InlineData(AntiHer2DrugId.Trastuzumab, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabDkst, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabPkrb, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabDttb, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabQyyp, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabAnns, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabStrf, "Cardiomyopathy,InfusionReactions,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabHyaluronidase, "Cardiomyopathy,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase, "Cardiomyopathy,EmbryoFetalToxicity,PulmonaryToxicity")]
    [InlineData(AntiHer2DrugId.Pertuzumab, "LeftVentricularDysfunction,EmbryoFetalToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabEmtansine, "Hepatotoxicity,CardiacToxicity,EmbryoFetalToxicity")]
    [InlineData(AntiHer2DrugId.TrastuzumabDeruxtecan, "InterstitialLungDisease,EmbryoFetalToxicity")]
    [InlineData(AntiHer2DrugId.Tucatinib, "")]
    [InlineData(AntiHer2DrugId.Neratinib, "")]
    [InlineData(AntiHer2DrugId.Lapatinib, "Hepatotoxicity")]
    [InlineData(AntiHer2DrugId.Margetuximab, "LeftVentricularDysfunction,EmbryoFetalToxicity")]
    [InlineData(AntiHer2DrugId.Zanidatamab, "Diarrhea,EmbryoFetalToxicity")]
    public void GivenDrug_WhenReadingBoxedWarnings_ThenTheyMatchTheUsLabel(AntiHer2DrugId id, string expected)
    {
        var expectedWarnings = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BoxedWarning>).Order();

        Assert.Equal(expectedWarnings, AntiHer2DrugCatalogue.Get(id).BoxedWarnings.Order());
    }

    [Fact]
    public void GivenTheCatalogue_ThenEveryIdHasExactlyOneWellFormedEntry()
    {
        Assert.Equal(Enum.GetValues<AntiHer2DrugId>(), AntiHer2DrugCatalogue.All.Select(drug => drug.Id));

        Assert.All(AntiHer2DrugCatalogue.All, drug =>
        {
            Assert.Same(drug, AntiHer2DrugCatalogue.Get(drug.Id));
            Assert.NotEmpty(drug.BrandNames);
            Assert.NotEmpty(drug.UsApprovals);
            Assert.NotEmpty(drug.SourceIds);
            Assert.All(drug.SourceIds, id => Assert.True(ClinicalSources.Contains(id), $"{drug.Id}: unknown source {id}"));
            Assert.All(drug.UsApprovals, approval =>
            {
                Assert.NotEmpty(approval.SourceIds);
                Assert.All(approval.SourceIds, id => Assert.True(ClinicalSources.Contains(id), $"{drug.Id}: unknown source {id}"));
                if (approval.Date is { } date)
                {
                    Assert.Equal(date.Year, approval.Year);
                }
            });

            // Approvals are listed oldest first (undated ones last).
            var years = drug.UsApprovals.Select(approval => approval.Date ?? new DateOnly(approval.Year ?? 9999, 12, 31)).ToArray();
            Assert.Equal(years.Order(), years);
        });
    }

    [Fact]
    public void GivenBiosimilars_ThenEachPointsToTrastuzumabAndCitesS37()
    {
        var biosimilars = AntiHer2DrugCatalogue.All.Where(drug => drug.BiosimilarOf is not null).ToList();

        Assert.Equal(6, biosimilars.Count);
        Assert.All(biosimilars, drug =>
        {
            Assert.Equal(AntiHer2DrugId.Trastuzumab, drug.BiosimilarOf);
            Assert.StartsWith("trastuzumab-", drug.GenericName, StringComparison.Ordinal);
            Assert.Contains("S37", drug.SourceIds);
            Assert.True(drug.ContainsTrastuzumab);
        });
    }

    [Fact]
    public void GivenZanidatamab_ThenItHasNoBreastIndicationAndOnlyANonBreastApproval()
    {
        var drug = AntiHer2DrugCatalogue.Get(AntiHer2DrugId.Zanidatamab);

        Assert.False(drug.HasUsBreastIndication);
        Assert.All(drug.UsApprovals, approval => Assert.Equal(IndicationKind.OtherCancer, approval.Kind));
        Assert.Contains("S38", drug.SourceIds);
        Assert.Equal(1, AntiHer2DrugCatalogue.All.Count(d => !d.HasUsBreastIndication));
    }

    [Fact]
    public void GivenUndefinedId_WhenGetting_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AntiHer2DrugCatalogue.Get((AntiHer2DrugId)99));
    }
}
