using Cairn.Clinical.Drugs;

namespace Cairn.Clinical.Tests.Drugs;

/// <summary>ONCOLOGY_RULES.md §8: lookup by generic, brand, abbreviation and biosimilar suffix; unknown names are not found.</summary>
public sealed class AntiHer2DrugLookupTests
{
    [Theory]
    [InlineData("Herceptin", AntiHer2DrugId.Trastuzumab)]
    [InlineData("herceptin", AntiHer2DrugId.Trastuzumab)]
    [InlineData("HERCEPTIN®", AntiHer2DrugId.Trastuzumab)]
    [InlineData("trastuzumab", AntiHer2DrugId.Trastuzumab)]
    [InlineData("Herceptin Hylecta", AntiHer2DrugId.TrastuzumabHyaluronidase)]
    [InlineData("herceptin  hylecta™", AntiHer2DrugId.TrastuzumabHyaluronidase)]
    [InlineData("trastuzumab and hyaluronidase-oysk", AntiHer2DrugId.TrastuzumabHyaluronidase)]
    [InlineData("trastuzumab + hyaluronidase-oysk", AntiHer2DrugId.TrastuzumabHyaluronidase)]
    [InlineData("hyaluronidase-oysk and trastuzumab", AntiHer2DrugId.TrastuzumabHyaluronidase)]
    [InlineData("trastuzumab-dkst", AntiHer2DrugId.TrastuzumabDkst)]
    [InlineData("Trastuzumab-DKST", AntiHer2DrugId.TrastuzumabDkst)]
    [InlineData("trastuzumab – dkst", AntiHer2DrugId.TrastuzumabDkst)]
    [InlineData("Ogivri", AntiHer2DrugId.TrastuzumabDkst)]
    [InlineData("trastuzumab-pkrb", AntiHer2DrugId.TrastuzumabPkrb)]
    [InlineData("Herzuma", AntiHer2DrugId.TrastuzumabPkrb)]
    [InlineData("trastuzumab-dttb", AntiHer2DrugId.TrastuzumabDttb)]
    [InlineData("Ontruzant", AntiHer2DrugId.TrastuzumabDttb)]
    [InlineData("trastuzumab-qyyp", AntiHer2DrugId.TrastuzumabQyyp)]
    [InlineData("Trazimera", AntiHer2DrugId.TrastuzumabQyyp)]
    [InlineData("trastuzumab-anns", AntiHer2DrugId.TrastuzumabAnns)]
    [InlineData("Kanjinti", AntiHer2DrugId.TrastuzumabAnns)]
    [InlineData("trastuzumab-strf", AntiHer2DrugId.TrastuzumabStrf)]
    [InlineData("Hercessi", AntiHer2DrugId.TrastuzumabStrf)]
    [InlineData("pertuzumab", AntiHer2DrugId.Pertuzumab)]
    [InlineData("Perjeta", AntiHer2DrugId.Pertuzumab)]
    [InlineData("Phesgo", AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase)]
    [InlineData("pertuzumab, trastuzumab, and hyaluronidase-zzxf", AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase)]
    [InlineData("pertuzumab/trastuzumab/hyaluronidase-zzxf", AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase)]
    [InlineData("ado-trastuzumab emtansine", AntiHer2DrugId.TrastuzumabEmtansine)]
    [InlineData("trastuzumab emtansine", AntiHer2DrugId.TrastuzumabEmtansine)]
    [InlineData("T-DM1", AntiHer2DrugId.TrastuzumabEmtansine)]
    [InlineData("t-dm1", AntiHer2DrugId.TrastuzumabEmtansine)]
    [InlineData("Kadcyla", AntiHer2DrugId.TrastuzumabEmtansine)]
    [InlineData("fam-trastuzumab deruxtecan-nxki", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("trastuzumab deruxtecan", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("T-DXd", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("T-DXD", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("TDXd", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("Enhertu", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("ENHERTU®", AntiHer2DrugId.TrastuzumabDeruxtecan)]
    [InlineData("tucatinib", AntiHer2DrugId.Tucatinib)]
    [InlineData("Tukysa", AntiHer2DrugId.Tucatinib)]
    [InlineData("neratinib", AntiHer2DrugId.Neratinib)]
    [InlineData("Nerlynx", AntiHer2DrugId.Neratinib)]
    [InlineData("lapatinib", AntiHer2DrugId.Lapatinib)]
    [InlineData("Tykerb", AntiHer2DrugId.Lapatinib)]
    [InlineData("margetuximab-cmkb", AntiHer2DrugId.Margetuximab)]
    [InlineData("Margenza", AntiHer2DrugId.Margetuximab)]
    [InlineData("zanidatamab-hrii", AntiHer2DrugId.Zanidatamab)]
    [InlineData("Ziihera", AntiHer2DrugId.Zanidatamab)]
    public void GivenKnownName_WhenFinding_ThenTheRightEntryIsReturned(string name, AntiHer2DrugId expected)
    {
        Assert.True(AntiHer2DrugCatalogue.TryFind(name, out var drug), name);
        Assert.Equal(expected, drug.Id);
    }

    [Fact]
    public void GivenHerceptinAndHerceptinHylecta_WhenFinding_ThenTheyAreDifferentEntries()
    {
        Assert.True(AntiHer2DrugCatalogue.TryFind("Herceptin", out var herceptin));
        Assert.True(AntiHer2DrugCatalogue.TryFind("Herceptin Hylecta", out var hylecta));

        Assert.NotEqual(herceptin.Id, hylecta.Id);
        Assert.Equal(AdministrationRoute.Intravenous, herceptin.Route);
        Assert.Equal(AdministrationRoute.Subcutaneous, hylecta.Route);
    }

    [Fact]
    public void GivenEveryCatalogueName_WhenFinding_ThenItResolvesToItsOwnEntry()
    {
        foreach (var drug in AntiHer2DrugCatalogue.All)
        {
            IEnumerable<string?> names = [drug.GenericName, drug.Abbreviation, .. drug.BrandNames, .. drug.OtherNames];
            foreach (var name in names.OfType<string>())
            {
                Assert.True(AntiHer2DrugCatalogue.TryFind(name, out var found), name);
                Assert.Equal(drug.Id, found.Id);
                Assert.True(AntiHer2DrugCatalogue.TryFind(name.ToUpperInvariant(), out var upper), name);
                Assert.Equal(drug.Id, upper.Id);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("aspirin")]
    [InlineData("docetaxel")]
    [InlineData("trastuzumab-zzzz")]
    [InlineData("trastuzumab-")]
    [InlineData("Herceptin 440 mg")]
    [InlineData("Hylecta Herceptin SC")]
    [InlineData("pertuzumab + trastuzumab")]
    [InlineData("trastuzumab and pertuzumab")]
    [InlineData("T-DX")]
    [InlineData("Enhertuu")]
    [InlineData("+")]
    [InlineData("and")]
    [InlineData("®")]
    public void GivenUnknownName_WhenFinding_ThenNotFoundAndNothingThrows(string? name)
    {
        Assert.False(AntiHer2DrugCatalogue.TryFind(name, out var drug));
        Assert.Null(drug);
    }

    [Theory]
    [InlineData("Herceptin", true)]
    [InlineData("trastuzumab-dkst", true)]
    [InlineData("Enhertu", true)]
    [InlineData("Tukysa", true)]
    [InlineData("Ziihera", true)]
    [InlineData("trastuzumab-zzzz", true)]
    [InlineData("docetaxel, trastuzumab and pertuzumab", true)]
    [InlineData("capecitabine with tucatinib", true)]
    [InlineData("letrozole plus lapatinib", true)]
    [InlineData("docetaxel", false)]
    [InlineData("letrozole", false)]
    [InlineData("capecitabine", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void GivenNameOrRegimen_WhenAskingIsAntiHer2Agent_ThenAnswerIsExact(string? text, bool expected)
    {
        Assert.Equal(expected, AntiHer2DrugCatalogue.IsAntiHer2Agent(text));
    }

    [Theory]
    [InlineData("Herceptin", true)]
    [InlineData("trastuzumab", true)]
    [InlineData("Ogivri", true)]
    [InlineData("trastuzumab-anns", true)]
    [InlineData("trastuzumab-abcd", true)]
    [InlineData("Herceptin Hylecta", true)]
    [InlineData("Phesgo", true)]
    [InlineData("Kadcyla", true)]
    [InlineData("T-DXd", true)]
    [InlineData("Perjeta", true)]
    [InlineData("Margenza", true)]
    [InlineData("paclitaxel + trastuzumab", true)]
    [InlineData("Tukysa", false)]
    [InlineData("Nerlynx", false)]
    [InlineData("Tykerb", false)]
    [InlineData("Ziihera", false)]
    [InlineData("capecitabine and tucatinib", false)]
    [InlineData("docetaxel", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void GivenNameOrRegimen_WhenAskingIsTrastuzumabClass_ThenTheDocumentedDefinitionApplies(string? text, bool expected)
    {
        Assert.Equal(expected, AntiHer2DrugCatalogue.IsTrastuzumabClass(text));
    }

    [Theory]
    [InlineData("Enhertu", true)]
    [InlineData("T-DXd", true)]
    [InlineData("fam-trastuzumab deruxtecan-nxki", true)]
    [InlineData("trastuzumab deruxtecan", true)]
    [InlineData("Enhertu + pertuzumab", true)]
    [InlineData("Kadcyla", false)]
    [InlineData("Herceptin", false)]
    [InlineData("trastuzumab", false)]
    [InlineData("trastuzumab-abcd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void GivenNameOrRegimen_WhenAskingIsTrastuzumabDeruxtecan_ThenOnlyTDxdMatches(string? text, bool expected)
    {
        Assert.Equal(expected, AntiHer2DrugCatalogue.IsTrastuzumabDeruxtecan(text));
    }

    [Fact]
    public void GivenTrastuzumabClassDefinition_ThenItIsContainsTrastuzumabOrACardiacBoxedWarning()
    {
        var members = AntiHer2DrugCatalogue.All.Where(drug => drug.IsTrastuzumabClass).Select(drug => drug.Id).Order().ToArray();

        AntiHer2DrugId[] expected =
        [
            AntiHer2DrugId.Trastuzumab,
            AntiHer2DrugId.TrastuzumabHyaluronidase,
            AntiHer2DrugId.TrastuzumabDkst,
            AntiHer2DrugId.TrastuzumabPkrb,
            AntiHer2DrugId.TrastuzumabDttb,
            AntiHer2DrugId.TrastuzumabQyyp,
            AntiHer2DrugId.TrastuzumabAnns,
            AntiHer2DrugId.TrastuzumabStrf,
            AntiHer2DrugId.Pertuzumab,
            AntiHer2DrugId.PertuzumabTrastuzumabHyaluronidase,
            AntiHer2DrugId.TrastuzumabEmtansine,
            AntiHer2DrugId.TrastuzumabDeruxtecan,
            AntiHer2DrugId.Margetuximab,
        ];
        Assert.Equal(expected.Order(), members);
        Assert.False(AntiHer2DrugCatalogue.Get(AntiHer2DrugId.TrastuzumabDeruxtecan).HasCardiacBoxedWarning);
        Assert.True(AntiHer2DrugCatalogue.Get(AntiHer2DrugId.TrastuzumabEmtansine).HasCardiacBoxedWarning);
    }
}
