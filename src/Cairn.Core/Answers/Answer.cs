namespace Cairn.Core.Answers;

/// <summary>
/// A complete answer to a patient's question. This is the stable JSON contract (schema version 1) that the CLI's
/// <c>--json</c> output, the web page and the HTTP API all carry.
/// </summary>
/// <remarks>
/// Guarantees: when <see cref="Urgent"/> is set, <see cref="Sections"/> is empty (the normal answer is not composed);
/// every id in a block's or personalised item's citations resolves in <see cref="Citations"/>; when
/// <see cref="Grounded"/> is false no medical content is given beyond a plain statement that the sources do not cover
/// the question; <see cref="Disclaimer"/> is always present.
/// </remarks>
public sealed record Answer
{
    /// <summary>The version of this contract. Bumped only for breaking changes.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Question { get; init; }

    /// <summary>Detected topic, e.g. "HER2-Positive Breast Cancer"; null when none was detected.</summary>
    public string? Topic { get; init; }

    public required string Title { get; init; }

    public UrgentNotice? Urgent { get; init; }

    public IReadOnlyList<AnswerSection> Sections { get; init; } = [];

    public IReadOnlyList<PersonalisedItem> Personalised { get; init; } = [];

    public IReadOnlyList<string> QuestionsToAsk { get; init; } = [];

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public required string Disclaimer { get; init; }

    /// <summary>True when the answer rests on knowledge-base passages that cover the question.</summary>
    public bool Grounded { get; init; }
}
