using Cairn.Clinical.Staging;

namespace Cairn.Clinical.Tests.Staging;

public sealed class TnmParsingTests
{
    // Strings named in the task, plus common report spellings.
    [Theory]
    [InlineData("pT2", TnmBasis.Pathologic, TCategory.T2, TisSubtype.Unspecified, "pT2")]
    [InlineData("T1c", TnmBasis.Unspecified, TCategory.T1c, TisSubtype.Unspecified, "T1c")]
    [InlineData("ypT1a", TnmBasis.PostNeoadjuvantPathologic, TCategory.T1a, TisSubtype.Unspecified, "ypT1a")]
    [InlineData("T4d", TnmBasis.Unspecified, TCategory.T4d, TisSubtype.Unspecified, "T4d")]
    [InlineData("Tis", TnmBasis.Unspecified, TCategory.Tis, TisSubtype.Unspecified, "Tis")]
    [InlineData("Tis (DCIS)", TnmBasis.Unspecified, TCategory.Tis, TisSubtype.Dcis, "Tis (DCIS)")]
    [InlineData("pTis(DCIS)", TnmBasis.Pathologic, TCategory.Tis, TisSubtype.Dcis, "pTis (DCIS)")]
    [InlineData("Tis (Paget)", TnmBasis.Unspecified, TCategory.Tis, TisSubtype.Paget, "Tis (Paget)")]
    [InlineData("  cT1mi ", TnmBasis.Clinical, TCategory.T1mi, TisSubtype.Unspecified, "cT1mi")]
    [InlineData("PT1B", TnmBasis.Pathologic, TCategory.T1b, TisSubtype.Unspecified, "pT1b")]
    [InlineData("ycT3", TnmBasis.PostNeoadjuvantClinical, TCategory.T3, TisSubtype.Unspecified, "ycT3")]
    [InlineData("ypT0", TnmBasis.PostNeoadjuvantPathologic, TCategory.T0, TisSubtype.Unspecified, "ypT0")]
    [InlineData("TX", TnmBasis.Unspecified, TCategory.TX, TisSubtype.Unspecified, "TX")]
    [InlineData("T4", TnmBasis.Unspecified, TCategory.T4, TisSubtype.Unspecified, "T4")]
    [InlineData("cT4c", TnmBasis.Clinical, TCategory.T4c, TisSubtype.Unspecified, "cT4c")]
    public void GivenTText_WhenParsing_ThenTypedValueAndBasisAreSeparate(string text, TnmBasis basis, TCategory category, TisSubtype subtype, string canonical)
    {
        var value = TnmT.Parse(text);

        Assert.Equal(basis, value.Basis);
        Assert.Equal(category, value.Category);
        Assert.Equal(subtype, value.TisSubtype);
        Assert.Equal(canonical, value.ToString());
        Assert.True(TnmT.TryParse(text, out var again));
        Assert.Equal(value, again);
    }

    [Theory]
    [InlineData("pT1c(m)")]
    [InlineData("pT2 (3)")]
    public void GivenMultipleTumourSuffix_WhenParsingT_ThenFlagIsSet(string text)
    {
        var value = TnmT.Parse(text);

        Assert.True(value.MultipleTumours);
    }

    [Theory]
    [InlineData("cN1", TnmBasis.Clinical, NCategory.N1, "cN1")]
    [InlineData("pN1mi", TnmBasis.Pathologic, NCategory.N1mi, "pN1mi")]
    [InlineData("N0(i+)", TnmBasis.Unspecified, NCategory.N0ItcPositive, "N0(i+)")]
    [InlineData("pN0 (i+)", TnmBasis.Pathologic, NCategory.N0ItcPositive, "pN0(i+)")]
    [InlineData("pN0(i-)", TnmBasis.Pathologic, NCategory.N0, "pN0")]
    [InlineData("pN0(mol+)", TnmBasis.Pathologic, NCategory.N0MolecularPositive, "pN0(mol+)")]
    [InlineData("pN1a", TnmBasis.Pathologic, NCategory.N1a, "pN1a")]
    [InlineData("cN2a", TnmBasis.Clinical, NCategory.N2a, "cN2a")]
    [InlineData("cN2b", TnmBasis.Clinical, NCategory.N2b, "cN2b")]
    [InlineData("cN3a", TnmBasis.Clinical, NCategory.N3a, "cN3a")]
    [InlineData("cN3b", TnmBasis.Clinical, NCategory.N3b, "cN3b")]
    [InlineData("cN3c", TnmBasis.Clinical, NCategory.N3c, "cN3c")]
    [InlineData("ypN2a", TnmBasis.PostNeoadjuvantPathologic, NCategory.N2a, "ypN2a")]
    [InlineData("NX", TnmBasis.Unspecified, NCategory.NX, "NX")]
    [InlineData("N2", TnmBasis.Unspecified, NCategory.N2, "N2")]
    [InlineData("pn1c", TnmBasis.Pathologic, NCategory.N1c, "pN1c")]
    public void GivenNText_WhenParsing_ThenTypedValueAndBasisAreSeparate(string text, TnmBasis basis, NCategory category, string canonical)
    {
        var value = TnmN.Parse(text);

        Assert.Equal(basis, value.Basis);
        Assert.Equal(category, value.Category);
        Assert.Equal(canonical, value.ToString());
    }

    [Fact]
    public void GivenSentinelAndFnaSuffixes_WhenParsingN_ThenFlagsAreKept()
    {
        var sentinel = TnmN.Parse("pN0(i+)(sn)");
        var fineNeedle = TnmN.Parse("cN1(f)");

        Assert.Equal(NCategory.N0ItcPositive, sentinel.Category);
        Assert.True(sentinel.SentinelNodeProcedure);
        Assert.Equal("pN0(i+)(sn)", sentinel.ToString());
        Assert.True(fineNeedle.FineNeedleOrCoreBiopsy);
    }

    [Theory]
    [InlineData("cM0(i+)", TnmBasis.Clinical, MCategory.M0ItcPositive, "cM0(i+)")]
    [InlineData("M0(i+)", TnmBasis.Unspecified, MCategory.M0ItcPositive, "M0(i+)")]
    [InlineData("M1", TnmBasis.Unspecified, MCategory.M1, "M1")]
    [InlineData("cM1", TnmBasis.Clinical, MCategory.M1, "cM1")]
    [InlineData("pM1", TnmBasis.Pathologic, MCategory.M1, "pM1")]
    [InlineData("M0", TnmBasis.Unspecified, MCategory.M0, "M0")]
    [InlineData("cM0", TnmBasis.Clinical, MCategory.M0, "cM0")]
    public void GivenMText_WhenParsing_ThenTypedValueAndBasisAreSeparate(string text, TnmBasis basis, MCategory category, string canonical)
    {
        var value = TnmM.Parse(text);

        Assert.Equal(basis, value.Basis);
        Assert.Equal(category, value.Category);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("empty", "", "empty")]
    [InlineData("whitespace", "   ", "empty")]
    [InlineData("LCIS is not Tis", "Tis (LCIS)", "LCIS")]
    [InlineData("unknown Tis subtype", "Tis (foo)", "foo")]
    [InlineData("unknown category", "T5", "T5")]
    [InlineData("N string given to T", "pN1", "N category")]
    [InlineData("garbage", "stage 2", "stage 2")]
    [InlineData("subtype on invasive T", "T2 (DCIS)", "dcis")]
    [InlineData("T1d does not exist", "T1d", "T1d")]
    public void GivenBadTText_WhenParsing_ThenArgumentExceptionNamesTheValue(string caseId, string text, string mentioned)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => TnmT.Parse(text));

        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(TnmT.TryParse(text, out _), caseId);
    }

    [Theory]
    [InlineData("clinical N1 has no subcategory", "cN1a", "cN1a")]
    [InlineData("clinical ITC suffix", "cN0(i+)", "cN0(i+)")]
    [InlineData("ITC suffix on N1", "pN1(i+)", "N0")]
    [InlineData("two molecular suffixes", "pN0(i+)(mol+)", "only one")]
    [InlineData("unknown suffix", "pN1a(xyz)", "xyz")]
    [InlineData("unknown category", "N4", "N4")]
    [InlineData("M string given to N", "M1", "M category")]
    public void GivenBadNText_WhenParsing_ThenArgumentExceptionNamesTheValue(string caseId, string text, string mentioned)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => TnmN.Parse(text));

        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(TnmN.TryParse(text, out _), caseId);
    }

    [Theory]
    [InlineData("MX is not a category", "MX", "MX")]
    [InlineData("pM0 is not a category", "pM0", "pM0")]
    [InlineData("(i+) on M1", "M1(i+)", "M1(i+)")]
    [InlineData("y prefix on M", "ypM0", "ypM0")]
    [InlineData("unknown category", "M2", "M2")]
    public void GivenBadMText_WhenParsing_ThenArgumentExceptionNamesTheValue(string caseId, string text, string mentioned)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => TnmM.Parse(text));

        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(TnmM.TryParse(text, out _), caseId);
    }

    [Fact]
    public void GivenNull_WhenTryParsing_ThenFalse()
    {
        Assert.False(TnmT.TryParse(null, out _));
        Assert.False(TnmN.TryParse(null, out _));
        Assert.False(TnmM.TryParse(null, out _));
        Assert.False(StatedStage.TryParse(null, out _));
    }

    [Fact]
    public void GivenTisSubtypeOnInvasiveCategory_WhenConstructing_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new TnmT(TCategory.T2, tisSubtype: TisSubtype.Dcis));
    }
}
