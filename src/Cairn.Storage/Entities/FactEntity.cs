namespace Cairn.Storage.Entities;

internal sealed class FactEntity
{
    public long Id { get; set; }

    public required string DocumentId { get; set; }

    public required string PatientId { get; set; }

    /// <summary>Order of extraction within the document.</summary>
    public int Ordinal { get; set; }

    public required string Kind { get; set; }

    public string? Text { get; set; }

    public decimal? Number { get; set; }

    public string? Unit { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal? ReferenceHigh { get; set; }

    public string? Lab { get; set; }

    public string? Qualifier { get; set; }

    /// <summary>Codes, one per line ("system|code").</summary>
    public string Codes { get; set; } = string.Empty;

    public int? Page { get; set; }

    public int? Line { get; set; }

    public required string MatchedText { get; set; }

    public string? ResourceId { get; set; }
}
