namespace Cairn.Records.Tests.Corpus;

/// <summary>One line of KnownGaps.txt: a case whose field the importers or the profile builder get wrong today.</summary>
/// <param name="CaseId">The case folder name.</param>
/// <param name="Field">The mismatching field, as <see cref="Mismatch.Field"/> names it.</param>
/// <param name="Reason">What is wrong and why the expectation is the clinically correct value.</param>
internal sealed record KnownGap(string CaseId, string Field, string Reason);
