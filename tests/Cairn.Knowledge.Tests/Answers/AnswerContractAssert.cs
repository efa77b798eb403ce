using Cairn.Core.Answers;

namespace Cairn.Knowledge.Tests.Answers;

/// <summary>The guarantees every answer keeps, whatever the question.</summary>
internal static class AnswerContractAssert
{
    public static void Holds(Answer answer)
    {
        Assert.Equal(1, answer.SchemaVersion);
        Assert.False(string.IsNullOrWhiteSpace(answer.Title));
        Assert.False(string.IsNullOrWhiteSpace(answer.Disclaimer));
        var ids = answer.Citations.Select(citation => citation.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(answer.Citations.Count, ids.Count);
        foreach (var block in answer.Sections.SelectMany(section => section.Blocks))
        {
            Assert.All(block.Citations, id => Assert.Contains(id, ids));
        }

        Assert.All(answer.Personalised.SelectMany(item => item.Citations), id => Assert.Contains(id, ids));
        if (answer.Urgent is { } urgent)
        {
            Assert.Empty(answer.Sections);
            Assert.NotEqual(UrgencyLevel.None, urgent.Level);
            Assert.All(urgent.Citations, id => Assert.Contains(id, ids));
        }

        Assert.All(answer.Citations, citation =>
        {
            Assert.False(string.IsNullOrWhiteSpace(citation.Title));
            Assert.False(string.IsNullOrWhiteSpace(citation.Passage));
        });
        if (!answer.Grounded)
        {
            Assert.Empty(answer.Citations);
            Assert.All(answer.Sections.SelectMany(section => section.Blocks), block => Assert.Empty(block.Citations));
        }
    }
}
