namespace Cairn.Core.Answers;

/// <summary>A headed part of an answer.</summary>
public sealed record AnswerSection(string Heading, IReadOnlyList<AnswerBlock> Blocks);
