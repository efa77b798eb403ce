using Cairn.Clinical.RedFlags;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class BodyTemperatureTests
{
    [Theory]
    [InlineData("P1", "38.3", "38.3", TemperatureUnit.Celsius)]
    [InlineData("P2", "38,5 °C", "38.5", TemperatureUnit.Celsius)]
    [InlineData("P3", "100.4F", "38.0", TemperatureUnit.Fahrenheit)]
    [InlineData("P4", "101 °F", "38.33", TemperatureUnit.Fahrenheit)]
    [InlineData("P5", "39 degrees", "39", TemperatureUnit.Celsius)]
    [InlineData("P6", "102 degrees", "38.89", TemperatureUnit.Fahrenheit)]
    [InlineData("P7", "38.2 celsius", "38.2", TemperatureUnit.Celsius)]
    [InlineData("P8", "99.5 fahrenheit", "37.5", TemperatureUnit.Fahrenheit)]
    [InlineData("P9", " 37.9 C ", "37.9", TemperatureUnit.Celsius)]
    [InlineData("P10", "100", "37.78", TemperatureUnit.Fahrenheit)]
    public void GivenATemperatureText_WhenParsing_ThenUnitAndCelsiusAreRight(string caseId, string text, string celsius, TemperatureUnit unit)
    {
        var temperature = BodyTemperature.Parse(text);

        Assert.True(unit == temperature.Unit, caseId);
        Assert.Equal(decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture), Math.Round(temperature.Celsius, 2));
    }

    [Fact]
    public void Given100Point4Fahrenheit_WhenConverting_ThenItIsExactly38Celsius()
    {
        var temperature = BodyTemperature.FromFahrenheit(100.4m);

        Assert.Equal(38.0m, temperature.Celsius);
        Assert.True(temperature.IsFever);
    }

    [Theory]
    [InlineData("F1 37.9 °C", "37.9", false)]
    [InlineData("F2 38.0 °C", "38.0", true)]
    [InlineData("F3 100.3 °F", "100.3 F", false)]
    [InlineData("F4 100.4 °F", "100.4 F", true)]
    [InlineData("F5 39.5 °C", "39.5", true)]
    public void GivenATemperature_WhenCheckingFever_ThenTheThresholdIs38Inclusive(string caseId, string text, bool expected)
    {
        Assert.True(expected == BodyTemperature.Parse(text).IsFever, caseId);
    }

    [Theory]
    [InlineData("X1", "")]
    [InlineData("X2", "hot")]
    [InlineData("X3", "38.4 F")]
    [InlineData("X4", "101 C")]
    [InlineData("X5", "12")]
    [InlineData("X6", "200")]
    [InlineData("X7", "38.2.1")]
    [InlineData("X8", "-38")]
    [InlineData("X9", null)]
    public void GivenTextThatIsNotABodyTemperature_WhenTryParsing_ThenFalse(string caseId, string? text)
    {
        Assert.False(BodyTemperature.TryParse(text, out var temperature), caseId);
        Assert.Null(temperature);
    }

    [Fact]
    public void GivenTextThatIsNotABodyTemperature_WhenParsing_ThenFormatExceptionNamesTheText()
    {
        var exception = Assert.Throws<FormatException>(() => BodyTemperature.Parse("warm"));

        Assert.Contains("'warm'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("O1", "29.9")]
    [InlineData("O2", "45.1")]
    [InlineData("O3", "0")]
    public void GivenAnImplausibleCelsiusValue_WhenCreating_ThenArgumentOutOfRange(string caseId, string celsius)
    {
        var value = decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => BodyTemperature.FromCelsius(value));

        Assert.Contains(celsius, exception.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(caseId));
    }

    [Theory]
    [InlineData("O4", "85.9")]
    [InlineData("O5", "113.1")]
    public void GivenAnImplausibleFahrenheitValue_WhenCreating_ThenArgumentOutOfRange(string caseId, string fahrenheit)
    {
        var value = decimal.Parse(fahrenheit, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => BodyTemperature.FromFahrenheit(value));
        Assert.False(string.IsNullOrEmpty(caseId));
    }

    [Theory]
    [InlineData("S1", "38.2", "38.2 °C")]
    [InlineData("S2", "38", "38.0 °C")]
    [InlineData("S3", "101 F", "101 °F (38.3 °C)")]
    [InlineData("S4", "100.4 F", "100.4 °F (38.0 °C)")]
    [InlineData("S5", "100.39 F", "100.39 °F (37.99 °C)")]
    [InlineData("S6", "37.95", "37.95 °C")]
    public void GivenATemperature_WhenFormatting_ThenAValueBelow38NeverReadsAs38(string caseId, string text, string expected)
    {
        Assert.True(expected == BodyTemperature.Parse(text).ToString(), $"{caseId}: {BodyTemperature.Parse(text)}");
    }

    [Fact]
    public void GivenTheSameReadingTwice_WhenComparing_ThenTheyAreEqual()
    {
        Assert.Equal(BodyTemperature.FromCelsius(38.1m), BodyTemperature.Parse("38.1 °C"));
        Assert.NotEqual(BodyTemperature.FromCelsius(38.1m), BodyTemperature.FromCelsius(38.1m, isMeasured: false));
    }
}
