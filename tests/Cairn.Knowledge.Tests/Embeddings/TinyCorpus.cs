using Cairn.Knowledge.Articles;
using Cairn.Knowledge.Indexing;

namespace Cairn.Knowledge.Tests.Embeddings;

/// <summary>A small synthetic knowledge corpus: one article per (title, sections) entry.</summary>
internal static class TinyCorpus
{
    public static KnowledgeCorpus Create(params (string Title, (string Heading, string Text)[] Sections)[] articles)
    {
        var parsed = articles.Select((article, index) =>
        {
            var body = string.Join("\n", article.Sections.Select(section => $"## {section.Heading}\n\n{section.Text} [S1]\n"));
            return ArticleParser.Parse(
                $"---\nid: a{index}\ntitle: \"{article.Title}\"\nsources:\n  - id: S1\n    title: \"T\"\n---\n{body}",
                $"a{index}.md");
        }).ToArray();
        return new KnowledgeCorpus(new KnowledgeBase(parsed, SourceCatalogue.Empty), []);
    }

    public static KnowledgeCorpus Default() => Create(
        ("Heart health on trastuzumab", [("Heart checks", "Trastuzumab can weaken the heart muscle, so an echocardiogram checks the heart before and during treatment.")]),
        ("Hair and skin", [("Hair loss", "Chemotherapy often makes hair fall out; it usually grows back after treatment ends.")]),
        ("Tumour markers", [("Blood tests", "CA 15-3 is a blood test; a rising level alone does not show that cancer has come back.")]));
}
