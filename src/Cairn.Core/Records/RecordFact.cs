namespace Cairn.Core.Records;

/// <summary>One fact extracted from a record, with its provenance. Which fields are used depends on <see cref="Kind"/>
/// (see <see cref="FactKind"/>); unused fields are null. Facts are never guessed: a field is set only when the record
/// states it.</summary>
public sealed record RecordFact
{
    public required FactKind Kind { get; init; }

    /// <summary>Normalised text value (lower-case words for statuses, canonical spellings for categories and drugs).</summary>
    public string? Text { get; init; }

    public decimal? Number { get; init; }

    public string? Unit { get; init; }

    /// <summary>The date the fact applies to (collection, report, or start date).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>End date (treatments).</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Upper limit of the reference range, for lab observations.</summary>
    public decimal? ReferenceHigh { get; init; }

    /// <summary>The lab or assay that produced an observation, when stated.</summary>
    public string? Lab { get; init; }

    /// <summary>Extra kind-specific detail (stage basis prefix, stage kind, CTC blood volume, imaging modality).</summary>
    public string? Qualifier { get; init; }

    /// <summary>Codes from the record (LOINC / SNOMED CT / RxNorm), "system|code", when the source is coded.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    public required Provenance Provenance { get; init; }
}
