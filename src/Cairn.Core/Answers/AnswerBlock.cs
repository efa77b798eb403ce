namespace Cairn.Core.Answers;

/// <summary>One paragraph or list item of an answer.</summary>
/// <param name="Kind">Layout of the block.</param>
/// <param name="Text">Patient-facing text, without citation markers.</param>
/// <param name="Citations">Ids of the sources behind the text; every id resolves in <see cref="Answer.Citations"/>.
/// Empty only for blocks that state no medical fact.</param>
public sealed record AnswerBlock(BlockKind Kind, string Text, IReadOnlyList<string> Citations);
