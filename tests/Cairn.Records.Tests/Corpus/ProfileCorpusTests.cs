using System.Text.Json;
using Cairn.Core.Profiles;
using Cairn.Tests.Common;

namespace Cairn.Records.Tests.Corpus;

/// <summary>
/// The synthetic report corpus (TestFiles/profiles): each case's records go through the real importers and the profile
/// builder, and the profile must match the case's expected.json field by field. Expectations hold the clinically
/// correct values (ONCOLOGY_RULES.md); a field the code gets wrong today is listed in KnownGaps.txt and the case is
/// reported as skipped with the reason, never asserted at a wrong value.
/// </summary>
public sealed class ProfileCorpusTests
{
    private const int MinimumInputFiles = 45;
    private const int MinimumLayouts = 5;

    public static TheoryData<string> Cases() => new(CorpusFiles.CaseIds());

    [Theory]
    [MemberData(nameof(Cases))]
    public void GivenCorpusCase_WhenItsRecordsAreImportedAndProfiled_ThenTheProfileMatchesExpectedJson(string caseId)
    {
        var profile = CorpusFiles.BuildProfile(caseId);
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.PathOf("profiles", caseId, CorpusFiles.ExpectedFileName)));

        var mismatches = ProfileExpectation.Compare(expected.RootElement, profile);
        var gaps = CorpusFiles.KnownGaps().Where(gap => gap.CaseId == caseId).ToList();

        var unexplained = mismatches.Where(m => !gaps.Exists(gap => gap.Field == m.Field)).ToList();
        Assert.True(unexplained.Count == 0, $"Case '{caseId}' does not match expected.json:\n  {string.Join("\n  ", unexplained)}{Context(profile)}");

        var fixedGaps = gaps.Where(gap => !mismatches.Exists(m => m.Field == gap.Field)).ToList();
        Assert.True(fixedGaps.Count == 0,
            $"Case '{caseId}': these known gaps now match expected.json; remove them from {CorpusFiles.KnownGapsFileName}: {string.Join(", ", fixedGaps.Select(g => g.Field))}");

        Assert.SkipWhen(gaps.Count > 0,
            $"Known gap in case '{caseId}': " + string.Join(" | ", gaps.Select(gap =>
                $"{gap.Field}: {gap.Reason} (now: {string.Join("; ", mismatches.Where(m => m.Field == gap.Field).Select(m => m.Detail))})")));
    }

    [Fact]
    public void GivenTheCorpus_WhenCounted_ThenItHasEnoughFilesInEnoughLayoutsAndEveryCaseIsComplete()
    {
        var caseIds = CorpusFiles.CaseIds();
        var files = caseIds.SelectMany(CorpusFiles.InputFiles).ToList();

        Assert.All(caseIds, caseId =>
        {
            Assert.True(File.Exists(Path.Combine(CorpusFiles.Root, caseId, CorpusFiles.ExpectedFileName)), $"Case '{caseId}' has no {CorpusFiles.ExpectedFileName}.");
            Assert.True(CorpusFiles.InputFiles(caseId).Count > 0, $"Case '{caseId}' has no input file.");
        });
        Assert.All(files, file => Assert.True(CorpusFiles.LayoutOf(file) != "(none)",
            $"'{file}' does not start with a layout ({string.Join(", ", CorpusFiles.Layouts)})."));
        Assert.True(files.Count >= MinimumInputFiles, $"The corpus has {files.Count} input files; at least {MinimumInputFiles} are wanted.");
        var layouts = files.Select(CorpusFiles.LayoutOf).Distinct(StringComparer.Ordinal).Count();
        Assert.True(layouts >= MinimumLayouts, $"The corpus has {layouts} layouts; at least {MinimumLayouts} are wanted.");
    }

    [Fact]
    public void GivenKnownGaps_WhenRead_ThenEachNamesAnExistingCaseAndAProfileField()
    {
        var caseIds = CorpusFiles.CaseIds();

        Assert.All(CorpusFiles.KnownGaps(), gap =>
        {
            Assert.Contains(gap.CaseId, caseIds);
            Assert.NotEqual("expected.json", gap.Field);
        });
    }

    private static string Context(PatientProfile profile) =>
        profile.Warnings.Count == 0 ? "\nProfile warnings: (none)" : "\nProfile warnings:\n  - " + string.Join("\n  - ", profile.Warnings);
}
