using Cairn.Clinical.RedFlags;
using Cairn.Core.Answers;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class RedFlagMessagesTests
{
    [Theory]
    [InlineData(UrgencyLevel.Emergency, "911")]
    [InlineData(UrgencyLevel.Emergency, "emergency department now")]
    [InlineData(UrgencyLevel.Emergency, "Do not wait for an answer from Cairn")]
    [InlineData(UrgencyLevel.Urgent, "call your oncology team now, day or night")]
    [InlineData(UrgencyLevel.Urgent, "If you cannot reach them, go to the nearest emergency department")]
    [InlineData(UrgencyLevel.CallTeam, "call your care team today")]
    public void GivenALevel_WhenGettingItsMessage_ThenItTellsThePersonWhatToDo(UrgencyLevel level, string expectedPart)
    {
        Assert.Contains(expectedPart, RedFlagMessages.For(level), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenTheLevels_WhenGettingMessages_ThenEachRedFlagLevelHasOneDistinctMessageAndNoneHasNone()
    {
        string[] messages = [RedFlagMessages.For(UrgencyLevel.Emergency), RedFlagMessages.For(UrgencyLevel.Urgent), RedFlagMessages.For(UrgencyLevel.CallTeam)];

        Assert.Equal(3, messages.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(string.Empty, RedFlagMessages.For(UrgencyLevel.None));
    }

    [Theory]
    [InlineData("embolism")]
    [InlineData("thrombosis")]
    [InlineData("compression")]
    [InlineData("neutropenia")]
    [InlineData("cancer has spread")]
    public void GivenTheLevelMessages_WhenReading_ThenNoneNamesADiagnosis(string diagnosis)
    {
        foreach (var level in new[] { UrgencyLevel.Emergency, UrgencyLevel.Urgent, UrgencyLevel.CallTeam })
        {
            Assert.DoesNotContain(diagnosis, RedFlagMessages.For(level), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void GivenEveryRule_WhenGettingItsReason_ThenThereIsAPlainSentence()
    {
        foreach (var rule in Enum.GetValues<RedFlagRule>())
        {
            var reason = RedFlagMessages.ReasonFor(rule);

            Assert.False(string.IsNullOrWhiteSpace(reason), rule.ToString());
            Assert.EndsWith(".", reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GivenAnUndefinedLevel_WhenGettingItsMessage_ThenArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RedFlagMessages.For((UrgencyLevel)42));
    }
}
