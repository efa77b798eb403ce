namespace Cairn.Clinical.RedFlags;

/// <summary>The unit a temperature was given in. Cairn's canonical unit is °C.</summary>
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius (°C).</summary>
    Celsius,

    /// <summary>Degrees Fahrenheit (°F).</summary>
    Fahrenheit,
}
