namespace Cairn.Clinical.FollowUp;

/// <summary>A range such as "every 2–4 months" or "every 2–4 cycles"; 1–1 cycles means "before each cycle".</summary>
public sealed record Cadence
{
    /// <summary>Creates a validated cadence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Minimum below 1, maximum below minimum, or undefined unit.</exception>
    public Cadence(int minimum, int maximum, CadenceUnit unit)
    {
        if (minimum < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, $"A cadence minimum must be at least 1 (got {minimum}).");
        }

        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maximum), maximum, $"A cadence maximum ({maximum}) cannot be below its minimum ({minimum}).");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unknown cadence unit value {(int)unit}.");
        }

        Minimum = minimum;
        Maximum = maximum;
        Unit = unit;
    }

    /// <summary>Shortest gap.</summary>
    public int Minimum { get; }

    /// <summary>Longest gap.</summary>
    public int Maximum { get; }

    /// <summary>Months or cycles.</summary>
    public CadenceUnit Unit { get; }
}
