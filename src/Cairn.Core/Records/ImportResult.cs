namespace Cairn.Core.Records;

/// <summary>What an importer found in one file: facts and warnings (things it read but could not use).</summary>
public sealed record ImportResult(DocumentKind Kind, IReadOnlyList<RecordFact> Facts, IReadOnlyList<string> Warnings);
