using Cairn.Knowledge.Ingestion;

namespace Cairn.Knowledge.Tests.Ingestion;

public sealed class PassageChunkerTests
{
    [Fact]
    public void GivenShortParagraphs_WhenChunking_ThenTheyStayInOnePassage()
    {
        var sections = PassageChunker.Chunk("Heading", ["One two three.", "Four five."]);
        Assert.Equal("Heading", Assert.Single(sections).Heading);
    }

    [Fact]
    public void GivenALongParagraph_WhenChunking_ThenPassagesStayUnderTheLimitAndKeepEveryWord()
    {
        var sentences = Enumerable.Range(1, 60).Select(n => $"Sentence number {n} has exactly seven words here.");
        var paragraph = string.Join(" ", sentences);

        var sections = PassageChunker.Chunk("Long", [paragraph], maxWords: 50);

        Assert.True(sections.Count > 1);
        Assert.All(sections, section => Assert.True(section.Paragraphs.Sum(PassageChunker.CountWords) <= 50));
        Assert.Equal(PassageChunker.CountWords(paragraph), sections.SelectMany(section => section.Paragraphs).Sum(PassageChunker.CountWords));
        Assert.Equal("Long (part 2)", sections[1].Heading);
    }

    [Fact]
    public void GivenARunOnSentence_WhenChunking_ThenItIsCutByWords()
    {
        var runOn = string.Join(" ", Enumerable.Repeat("word", 130));
        var sections = PassageChunker.Chunk("Run-on", [runOn], maxWords: 50);
        Assert.Equal(3, sections.Count);
    }
}
