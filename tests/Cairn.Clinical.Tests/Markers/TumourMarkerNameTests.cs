using Cairn.Clinical.Markers;

namespace Cairn.Clinical.Tests.Markers;

public sealed class TumourMarkerNameTests
{
    [Theory]
    [InlineData("CA15-3", TumourMarker.Ca153)]
    [InlineData("CA 15.3", TumourMarker.Ca153)]
    [InlineData("CA 15-3", TumourMarker.Ca153)]
    [InlineData("ca 15 3", TumourMarker.Ca153)]
    [InlineData("CA-15-3", TumourMarker.Ca153)]
    [InlineData("Cancer antigen 15-3", TumourMarker.Ca153)]
    [InlineData("CA27.29", TumourMarker.Ca2729)]
    [InlineData("CA 27-29", TumourMarker.Ca2729)]
    [InlineData("CA 27.29", TumourMarker.Ca2729)]
    [InlineData("ca27_29", TumourMarker.Ca2729)]
    [InlineData("CEA", TumourMarker.Cea)]
    [InlineData(" cea ", TumourMarker.Cea)]
    [InlineData("carcinoembryonic antigen", TumourMarker.Cea)]
    [InlineData("Carcinoembryonic Antigen", TumourMarker.Cea)]
    public void GivenReportSpelling_WhenParsing_ThenMarkerIsRecognised(string text, TumourMarker expected)
    {
        Assert.True(TumourMarkerName.TryParse(text, out var marker));
        Assert.Equal(expected, marker);
        Assert.Equal(expected, TumourMarkerName.Parse(text));
    }

    [Theory]
    [InlineData("CA 125")]
    [InlineData("CA 19-9")]
    [InlineData("CA 15-30")]
    [InlineData("CA 15")]
    [InlineData("CA")]
    [InlineData("PSA")]
    [InlineData("CEA-like")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void GivenOtherText_WhenParsing_ThenNotRecognised(string? text)
    {
        Assert.False(TumourMarkerName.TryParse(text, out _));
    }

    [Fact]
    public void GivenUnknownName_WhenParsingStrictly_ThenArgumentExceptionNamesTheText()
    {
        var error = Assert.Throws<ArgumentException>(() => TumourMarkerName.Parse("CA 125"));

        Assert.Contains("CA 125", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TumourMarker.Ca153, "CA 15-3", MarkerUnit.UnitsPerMillilitre)]
    [InlineData(TumourMarker.Ca2729, "CA 27.29", MarkerUnit.UnitsPerMillilitre)]
    [InlineData(TumourMarker.Cea, "CEA", MarkerUnit.NanogramsPerMillilitre)]
    public void GivenMarker_WhenAskingNameAndUnit_ThenCanonicalValues(TumourMarker marker, string name, MarkerUnit unit)
    {
        Assert.Equal(name, TumourMarkerName.DisplayName(marker));
        Assert.Equal(unit, TumourMarkerName.CanonicalUnit(marker));
    }

    [Theory]
    [InlineData("U/mL", MarkerUnit.UnitsPerMillilitre)]
    [InlineData("u/ml", MarkerUnit.UnitsPerMillilitre)]
    [InlineData("units/mL", MarkerUnit.UnitsPerMillilitre)]
    [InlineData("kU/L", MarkerUnit.UnitsPerMillilitre)]
    [InlineData("ng/mL", MarkerUnit.NanogramsPerMillilitre)]
    [InlineData("ng / mL", MarkerUnit.NanogramsPerMillilitre)]
    [InlineData("\u00B5g/L", MarkerUnit.NanogramsPerMillilitre)]
    [InlineData("\u03BCg/L", MarkerUnit.NanogramsPerMillilitre)]
    [InlineData("ug/L", MarkerUnit.NanogramsPerMillilitre)]
    public void GivenUnitSpelling_WhenParsing_ThenCanonicalUnit(string text, MarkerUnit expected)
    {
        Assert.True(MarkerUnitName.TryParse(text, out var unit));
        Assert.Equal(expected, unit);
    }

    [Theory]
    [InlineData("mg/dL")]
    [InlineData("IU/L")]
    [InlineData("ng/L")]
    [InlineData("mmol/L")]
    [InlineData("")]
    [InlineData(null)]
    public void GivenUnsupportedUnit_WhenParsing_ThenNotConverted(string? text)
    {
        Assert.False(MarkerUnitName.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<ArgumentException>(() => MarkerUnitName.Parse(text));
        }
    }
}
