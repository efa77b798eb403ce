using System.Text.RegularExpressions;
using Cairn.Knowledge.Articles;

namespace Cairn.Knowledge.Tests.Content;

/// <summary>
/// No knowledge-base sentence turns a single value (a CTC count, a tumour marker, one scan) into a claim of
/// remission, recurrence or progression, and none repeats the seed page's CTC-based remission rule.
/// </summary>
public sealed partial class ClinicalSafetyContentTests
{
    private static readonly KnowledgeBase s_builtIn = KnowledgeBase.LoadBuiltIn();

    private static IEnumerable<(string Article, string Sentence)> Sentences() =>
        s_builtIn.Articles.SelectMany(article => article.Sections
            .SelectMany(section => section.Blocks)
            .SelectMany(block => SentenceEnd().Split(block.Text))
            .Select(sentence => (article.Id, sentence)));

    [Fact]
    public void GivenEverySentence_WhenItLinksASingleValueToRemissionOrProgression_ThenItIsNegated()
    {
        var offending = Sentences()
            .Where(pair => SingleValue().IsMatch(pair.Sentence) && Claim().IsMatch(pair.Sentence) && Asserts().IsMatch(pair.Sentence))
            .Where(pair => !Negation().IsMatch(pair.Sentence))
            .Select(pair => $"{pair.Article}: {pair.Sentence}")
            .ToArray();
        Assert.True(offending.Length == 0, "Sentences that may claim remission/progression from one value:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void GivenTheKnowledgeBase_ThenNoSentenceDefinesRemissionByACtcCount()
    {
        var offending = Sentences()
            .Where(pair => CtcRemissionRule().IsMatch(pair.Sentence) && !Negation().IsMatch(pair.Sentence))
            .Select(pair => $"{pair.Article}: {pair.Sentence}")
            .ToArray();
        Assert.True(offending.Length == 0, string.Join("\n", offending));
    }

    [Fact]
    public void GivenTheCtcArticle_ThenItSaysNoGuidelineDefinesRemissionByCtcs()
    {
        var ctc = Sentences().Where(pair => pair.Sentence.Contains("CTC", StringComparison.Ordinal)).Select(pair => pair.Sentence).ToArray();
        Assert.Contains(ctc, sentence => Regex.IsMatch(sentence, @"\bno\b.*\bguideline\b.*\bremission\b", RegexOptions.IgnoreCase)
            || Regex.IsMatch(sentence, @"\bremission\b.*\bnot\b.*\bCTC", RegexOptions.IgnoreCase)
            || Regex.IsMatch(sentence, @"\bno (major )?guideline\b", RegexOptions.IgnoreCase));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(CTCs?|circulating tumou?r cells?|ctDNA|tumou?r markers?|CA ?15-3|CA ?27[.-]29|CEA|one scan|a single scan|single (value|number|result|test))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleValue();

    [GeneratedRegex(@"\b(remission|recurrence|progression|cured?|NED)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(means|mean|shows?|proves?|confirms?|indicates?|defines?|is a sign)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asserts();

    [GeneratedRegex(@"\b(not|no|never|cannot|can't|can not|doesn't|don't|isn't|aren't|won't|without|neither|nor|alone|by itself|on (its|their) own|does not|do not|is not|are not|unless|rather than|instead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(0|zero)\s*(-|to|–)\s*1\s+CTC|\bCTCs?\b.*\b(dim|phenotype|stemness)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CtcRemissionRule();
}
