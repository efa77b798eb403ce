using Cairn.Clinical.Ctc;

namespace Cairn.Clinical.Tests.Ctc;

public sealed class CtcAssayNameTests
{
    [Theory]
    [InlineData("CellSearch")]
    [InlineData("CELLSEARCH")]
    [InlineData("CellSearch®")]
    [InlineData("Cell Search CTC Kit")]
    [InlineData(" cellsearch system ")]
    public void GivenCellSearchSpellings_WhenClassifying_ThenCellSearch(string name)
    {
        Assert.Equal(CtcAssay.CellSearch, CtcAssayName.Classify(name));
    }

    [Theory]
    [InlineData("Parsortix")]
    [InlineData("Epic Sciences")]
    [InlineData("CTC-iChip")]
    [InlineData("Cell")]
    public void GivenOtherAssays_WhenClassifying_ThenOther(string name)
    {
        Assert.Equal(CtcAssay.Other, CtcAssayName.Classify(name));
    }

    [Fact]
    public void GivenMeasurement_WhenCreated_ThenAssayNameIsTrimmedAndClassified()
    {
        var measurement = new CtcMeasurement(0, 7.5m, "  CellSearch  ");

        Assert.Equal("CellSearch", measurement.AssayName);
        Assert.Equal(CtcAssay.CellSearch, measurement.Assay);
    }
}
