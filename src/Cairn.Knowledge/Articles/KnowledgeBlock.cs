using Cairn.Core.Answers;

namespace Cairn.Knowledge.Articles;

/// <summary>One paragraph or list item of a knowledge passage, with the source ids that back it.</summary>
/// <param name="Kind">Layout of the block.</param>
/// <param name="Text">Plain text without citation markers or Markdown emphasis.</param>
/// <param name="Citations">Source ids from the block's markers, in order, without duplicates.</param>
public sealed record KnowledgeBlock(BlockKind Kind, string Text, IReadOnlyList<string> Citations);
