namespace Cairn.Core.Answers;

/// <summary>How a block of an answer section is laid out.</summary>
public enum BlockKind
{
    Paragraph,
    Bullet,
    Numbered,
}
