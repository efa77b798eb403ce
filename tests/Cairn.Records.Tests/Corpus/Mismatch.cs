namespace Cairn.Records.Tests.Corpus;

/// <summary>One difference between a case's expected.json and the built profile.</summary>
/// <param name="Field">The profile field ("biomarkers.her2.status", "treatments", "warningsContain"), or
/// "expected.json" when the expectation file itself is malformed.</param>
/// <param name="Detail">Expected and actual values, in words.</param>
internal sealed record Mismatch(string Field, string Detail)
{
    public override string ToString() => $"{Field}: {Detail}";
}
