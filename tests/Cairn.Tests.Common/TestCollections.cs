namespace Cairn.Tests.Common;

/// <summary>Names of xunit collections shared across test projects.</summary>
public static class TestCollections
{
    /// <summary>Tests that change process-wide environment variables; never run in parallel with each other.</summary>
    public const string Environment = "environment";
}
