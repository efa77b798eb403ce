using System.Collections.Frozen;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// What a person reports, in typed form: symptoms, an optional temperature, the features of any spinal pain, and
/// what is known about them. This is the input of <see cref="RedFlagRules.Assess"/>; free text becomes one through
/// <see cref="SymptomExtractor.Extract"/>.
/// </summary>
/// <remarks>
/// Build one with <see cref="Of"/> and <c>with</c>:
/// <c>SymptomReport.Of(Symptom.LimbWeakness) with { Context = PatientContext.KnownMetastaticDisease }</c>.
/// Equality compares the symptoms as a set.
/// </remarks>
public sealed record SymptomReport
{
    private readonly FrozenSet<Symptom> _symptoms = FrozenSet<Symptom>.Empty;
    private readonly SpinalPainFeatures _spinalPainFeatures;
    private readonly PatientContext _context;

    /// <summary>A report with nothing in it.</summary>
    public static SymptomReport Empty { get; } = new();

    /// <summary>The symptoms reported (a set; order and duplicates do not matter).</summary>
    /// <exception cref="ArgumentException">A value is not a defined <see cref="Symptom"/>.</exception>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlySet<Symptom> Symptoms
    {
        get => _symptoms;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var symptom in value)
            {
                if (!Enum.IsDefined(symptom))
                {
                    throw new ArgumentException($"{(int)symptom} is not a defined symptom.", nameof(value));
                }
            }

            _symptoms = value.ToFrozenSet();
        }
    }

    /// <summary>
    /// The person's current temperature, if reported. A reading wins over <see cref="Symptom.FeverWithoutReading"/>, so
    /// <see cref="SymptomExtractor"/> only sets both when the reading is itself a fever; a lower reading from another
    /// time or person than the fever complaint is not put here.
    /// </summary>
    public BodyTemperature? Temperature { get; init; }

    /// <summary>Features of spinal pain. Any feature implies spinal pain even without <see cref="Symptom.SpinalPain"/>.</summary>
    /// <exception cref="ArgumentException">The value has bits that are not defined features.</exception>
    public SpinalPainFeatures SpinalPainFeatures
    {
        get => _spinalPainFeatures;
        init => _spinalPainFeatures = (value & ~AllSpinalPainFeatures) == 0
            ? value
            : throw new ArgumentException($"{(int)value} holds undefined spinal pain features.", nameof(value));
    }

    /// <summary>What is known about the person (chemotherapy, metastases, anti-HER2 drugs).</summary>
    /// <exception cref="ArgumentException">The value has bits that are not defined context flags.</exception>
    public PatientContext Context
    {
        get => _context;
        init => _context = (value & ~AllContext) == 0
            ? value
            : throw new ArgumentException($"{(int)value} holds undefined patient context flags.", nameof(value));
    }

    /// <summary>True when spinal pain was reported, plainly or through any of its features.</summary>
    public bool HasSpinalPain => _symptoms.Contains(Symptom.SpinalPain) || _spinalPainFeatures != SpinalPainFeatures.None;

    private static SpinalPainFeatures AllSpinalPainFeatures =>
        Enum.GetValues<SpinalPainFeatures>().Aggregate(SpinalPainFeatures.None, (all, flag) => all | flag);

    private static PatientContext AllContext =>
        Enum.GetValues<PatientContext>().Aggregate(PatientContext.None, (all, flag) => all | flag);

    /// <summary>A report of the given symptoms, with no temperature and no context.</summary>
    /// <exception cref="ArgumentException">A value is not a defined <see cref="Symptom"/>.</exception>
    public static SymptomReport Of(params IEnumerable<Symptom> symptoms) => new() { Symptoms = symptoms.ToHashSet() };

    /// <summary>True when the symptom was reported.</summary>
    public bool Has(Symptom symptom) => _symptoms.Contains(symptom);

    /// <inheritdoc />
    public bool Equals(SymptomReport? other) =>
        other is not null
        && _symptoms.SetEquals(other._symptoms)
        && Equals(Temperature, other.Temperature)
        && _spinalPainFeatures == other._spinalPainFeatures
        && _context == other._context;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var symptomBits = _symptoms.Aggregate(0L, (bits, symptom) => bits | (1L << (int)symptom));
        return HashCode.Combine(symptomBits, Temperature, _spinalPainFeatures, _context);
    }
}
