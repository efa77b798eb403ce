namespace Cairn.Clinical.FollowUp;

/// <summary>A test that is not recommended for routine follow-up of people with no symptoms.</summary>
/// <param name="Test">The test.</param>
/// <param name="Name">Plain-language name.</param>
/// <param name="Caveat">When the test may still be used, or null.</param>
/// <param name="SourceIds">Catalogue ids; never empty.</param>
public sealed record NotRecommendedTest(RoutineTest Test, string Name, string? Caveat, IReadOnlyList<string> SourceIds);
