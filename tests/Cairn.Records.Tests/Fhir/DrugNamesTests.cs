using Cairn.Records.Fhir;

namespace Cairn.Records.Tests.Fhir;

public sealed class DrugNamesTests
{
    [Theory]
    [InlineData("10 ML doxorubicin hydrochloride 2 MG/ML Injection", "doxorubicin")]
    [InlineData("cisplatin 1 MG/ML Injectable Solution", "cisplatin")]
    [InlineData("gefitinib 250 MG Oral Tablet", "gefitinib")]
    [InlineData("PACLitaxel", "paclitaxel")]
    [InlineData("capecitabine 500 MG Oral Tablet [Xeloda]", "capecitabine")]
    [InlineData("lapatinib ditosylate 250 MG Oral Tablet", "lapatinib")]
    [InlineData("cyclophosphamide 500 MG / doxorubicin 50 MG Injection", "cyclophosphamide and doxorubicin")]
    public void GivenAnRxNormName_WhenCleaning_ThenOnlyTheIngredientWordsRemain(string name, string expected)
    {
        Assert.Equal(expected, DrugNames.Clean(name));
    }

    [Theory]
    [InlineData("Herceptin", "trastuzumab")]
    [InlineData("trastuzumab-anns 420 MG Injection [Kanjinti]", "trastuzumab-anns")]
    [InlineData("Kadcyla", "ado-trastuzumab emtansine")]
    [InlineData("T-DXd", "fam-trastuzumab deruxtecan-nxki")]
    [InlineData("Perjeta 420 MG in 14 ML Injection", "pertuzumab")]
    [InlineData("tucatinib 150 MG Oral Tablet [Tukysa]", "tucatinib")]
    [InlineData("HERCEPTIN HYLECTA", "trastuzumab and hyaluronidase-oysk")]
    public void GivenAnAntiHer2DrugByAnyName_WhenNaming_ThenTheCataloguesGenericNameIsUsed(string name, string expected)
    {
        Assert.Equal(expected, DrugNames.GenericName(new Hl7.Fhir.Model.CodeableConcept { Text = name }));
    }

    [Theory]
    [InlineData("Infiltrating duct carcinoma (morphologic abnormality)", "invasive ductal carcinoma")]
    [InlineData("Infiltrating lobular carcinoma", "invasive lobular carcinoma")]
    [InlineData("Infiltrating duct carcinoma, NOS", "invasive ductal carcinoma")]
    [InlineData("Intraductal carcinoma, noninfiltrating, NOS", "ductal carcinoma in situ")]
    [InlineData("Lobular carcinoma in situ (morphologic abnormality)", "lobular carcinoma in situ")]
    [InlineData("Adenocarcinoma", "adenocarcinoma")]
    public void GivenAMorphologyName_WhenNormalising_ThenItReadsAsReportsWriteIt(string name, string expected)
    {
        Assert.Equal(expected, ConditionExtractor.NormaliseHistology(name));
    }
}
