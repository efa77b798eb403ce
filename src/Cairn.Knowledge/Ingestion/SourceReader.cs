using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Cairn.Knowledge.Articles;
using HtmlAgilityPack;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Cairn.Knowledge.Ingestion;

/// <summary>
/// Reads one user-supplied source file into an <see cref="IngestedDocument"/>: Markdown, MedQuAD / NCI PDQ XML,
/// HTML, PDF or plain text. Reads only; storing is the <see cref="IngestedSourceStore"/>'s job.
/// </summary>
public static partial class SourceReader
{
    /// <summary>The largest file accepted.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> s_formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = "markdown",
        [".markdown"] = "markdown",
        [".xml"] = "medquad-xml",
        [".html"] = "html",
        [".htm"] = "html",
        [".pdf"] = "pdf",
        [".txt"] = "text",
        [".text"] = "text",
    };

    private static readonly Dictionary<string, string> s_medQuadPublishers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CancerGov"] = "National Cancer Institute (PDQ)",
        ["GARD"] = "Genetic and Rare Diseases Information Center",
        ["GHR"] = "Genetics Home Reference (National Library of Medicine)",
        ["MPlusHealthTopics"] = "MedlinePlus (National Library of Medicine)",
        ["NIDDK"] = "National Institute of Diabetes and Digestive and Kidney Diseases",
        ["NINDS"] = "National Institute of Neurological Disorders and Stroke",
        ["NIHSeniorHealth"] = "NIHSeniorHealth (National Institutes of Health)",
        ["NHLBI"] = "National Heart, Lung, and Blood Institute",
        ["CDC"] = "Centers for Disease Control and Prevention",
    };

    /// <summary>File extensions that can be ingested.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => s_formats.Keys;

    public static bool IsSupported(string path) => s_formats.ContainsKey(Path.GetExtension(path));

    /// <summary>Reads and parses one file.</summary>
    /// <exception cref="SourceIngestException">Unsupported type, unreadable, empty, too large or malformed; the
    /// message names the file and the problem.</exception>
    public static IngestedDocument Read(string path, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var name = Path.GetFileName(fullPath);
        if (!s_formats.TryGetValue(Path.GetExtension(fullPath), out var format))
        {
            throw new SourceIngestException(
                $"{name}: unsupported file type; Cairn reads {string.Join(", ", s_formats.Keys.Order(StringComparer.Ordinal))}.");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                throw new SourceIngestException($"{name}: the file does not exist.");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new SourceIngestException($"{name}: the file is {info.Length / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB.");
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SourceIngestException($"{name}: the file cannot be read ({exception.Message}).", exception);
        }

        if (bytes.Length == 0)
        {
            throw new SourceIngestException($"{name}: the file is empty.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var parsed = format switch
        {
            "pdf" => ReadPdf(bytes, name),
            _ => ReadText(format, DecodeText(bytes, name), name),
        };

        var sections = parsed.Sections.Where(section => section.Paragraphs.Count > 0).ToArray();
        if (sections.Length == 0)
        {
            throw new SourceIngestException($"{name}: no readable text was found.");
        }

        return new IngestedDocument(
            Id: "user-" + hash[..12],
            SourceId: "U" + hash[..8].ToUpperInvariant(),
            Title: parsed.Title,
            Publisher: parsed.Publisher,
            Year: parsed.Year,
            Url: parsed.Url,
            Format: format,
            OriginalPath: fullPath,
            ContentHash: hash,
            IngestedAt: now,
            Sections: sections);
    }

    private static string DecodeText(byte[] bytes, string name)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new SourceIngestException($"{name}: the file looks binary, not text.");
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Older files are often Windows-1252/Latin-1; every byte maps to a character there.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static ParsedSource ReadText(string format, string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SourceIngestException($"{name}: the file has no text.");
        }

        return format switch
        {
            "markdown" => ReadMarkdown(text, name),
            "medquad-xml" => ReadMedQuad(text, name),
            "html" => ReadHtml(text, name),
            _ => ReadPlain(text, name),
        };
    }

    private static ParsedSource ReadMarkdown(string text, string name)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var title = Path.GetFileNameWithoutExtension(name);
        var body = normalised;
        if (normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = normalised.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (end > 0)
            {
                var titleLine = Regex.Match(normalised[..end], @"(?m)^title:\s*[""']?(?<t>.+?)[""']?\s*$");
                if (titleLine.Success)
                {
                    title = titleLine.Groups["t"].Value;
                }

                var next = normalised.IndexOf('\n', end + 4);
                body = next < 0 ? string.Empty : normalised[(next + 1)..];
            }
        }

        var h1 = Regex.Match(body, @"(?m)^#\s+(?<t>.+)$");
        if (h1.Success)
        {
            title = h1.Groups["t"].Value.Trim();
        }

        var sections = ArticleParser.ParseSections(body, leadHeading: title)
            .SelectMany(section => PassageChunker.Chunk(section.Heading, section.Blocks.Select(block => block.Text)))
            .ToArray();
        return new ParsedSource(title, null, null, null, sections);
    }

    private static ParsedSource ReadMedQuad(string text, string name)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            throw new SourceIngestException($"{name}: the XML is malformed (line {exception.LineNumber}): {exception.Message}", exception);
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "Document")
        {
            throw new SourceIngestException($"{name}: Cairn reads MedQuAD / NCI PDQ XML (a <Document> root); this XML has <{root?.Name.LocalName}>.");
        }

        var focus = root.Element("Focus")?.Value.Trim();
        var sourceName = (string?)root.Attribute("source");
        var sections = new List<IngestedSection>();
        foreach (var pair in root.Element("QAPairs")?.Elements("QAPair") ?? [])
        {
            var question = pair.Element("Question")?.Value.Trim();
            var answer = pair.Element("Answer")?.Value;
            if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(answer))
            {
                continue;
            }

            sections.AddRange(PassageChunker.Chunk(Whitespace().Replace(question, " "), SplitParagraphs(answer)));
        }

        if (sections.Count == 0)
        {
            throw new SourceIngestException($"{name}: the document has no question-answer pairs with answer text.");
        }

        var publisher = sourceName is null ? null : s_medQuadPublishers.GetValueOrDefault(sourceName, sourceName);
        return new ParsedSource(
            string.IsNullOrWhiteSpace(focus) ? Path.GetFileNameWithoutExtension(name) : focus,
            publisher,
            null,
            (string?)root.Attribute("url"),
            sections);
    }

    private static ParsedSource ReadHtml(string text, string name)
    {
        var html = new HtmlDocument();
        html.LoadHtml(text);
        foreach (var node in html.DocumentNode.SelectNodes("//script|//style|//nav|//header|//footer|//noscript")?.ToArray() ?? [])
        {
            node.Remove();
        }

        string Clean(HtmlNode node) => Whitespace().Replace(HtmlEntity.DeEntitize(node.InnerText), " ").Trim();

        var title = html.DocumentNode.SelectSingleNode("//title") is { } titleNode && Clean(titleNode).Length > 0
            ? Clean(titleNode)
            : html.DocumentNode.SelectSingleNode("//h1") is { } h1 ? Clean(h1) : Path.GetFileNameWithoutExtension(name);

        var sections = new List<IngestedSection>();
        var heading = title;
        var paragraphs = new List<string>();
        foreach (var node in html.DocumentNode.SelectNodes("//h1|//h2|//h3|//h4|//p|//li|//dd|//td") ?? Enumerable.Empty<HtmlNode>())
        {
            var value = Clean(node);
            if (value.Length == 0 || (node.Name is "li" or "td" && node.SelectSingleNode(".//p") is not null))
            {
                continue;
            }

            if (node.Name is "h1" or "h2" or "h3" or "h4")
            {
                sections.AddRange(PassageChunker.Chunk(heading, paragraphs));
                paragraphs.Clear();
                heading = value;
            }
            else if (paragraphs.Count == 0 || paragraphs[^1] != value)
            {
                paragraphs.Add(value);
            }
        }

        sections.AddRange(PassageChunker.Chunk(heading, paragraphs));
        if (sections.Count == 0 && Clean(html.DocumentNode) is { Length: > 0 } bodyText)
        {
            sections.AddRange(PassageChunker.Chunk(title, [bodyText]));
        }

        return new ParsedSource(title, null, null, null, sections);
    }

    private static ParsedSource ReadPlain(string text, string name)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var firstLine = lines.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? string.Empty;
        var title = firstLine.Length is > 0 and <= 100 ? firstLine : Path.GetFileNameWithoutExtension(name);
        var paragraphs = SplitParagraphs(text).ToList();
        if (paragraphs.Count > 0 && paragraphs[0] == title)
        {
            paragraphs.RemoveAt(0);
        }

        return new ParsedSource(title, null, null, null, PassageChunker.Chunk(title, paragraphs));
    }

    private static ParsedSource ReadPdf(byte[] bytes, string name)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var title = string.IsNullOrWhiteSpace(pdf.Information.Title) ? Path.GetFileNameWithoutExtension(name) : pdf.Information.Title.Trim();
            var sections = new List<IngestedSection>();
            foreach (var page in pdf.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page);
                sections.AddRange(PassageChunker.Chunk($"{title}, page {page.Number}", SplitParagraphs(text)));
            }

            return new ParsedSource(title, null, null, null, sections);
        }
        catch (Exception exception) when (exception is not SourceIngestException and not OutOfMemoryException)
        {
            throw new SourceIngestException($"{name}: the PDF cannot be read ({exception.Message}).", exception);
        }
    }

    private static IEnumerable<string> SplitParagraphs(string text) =>
        ParagraphBreak().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(paragraph => Whitespace().Replace(paragraph, " ").Trim())
            .Where(paragraph => paragraph.Length > 0);

    [GeneratedRegex(@"\n\s*\n|\s{2,}-\s+")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record ParsedSource(string Title, string? Publisher, int? Year, string? Url, IReadOnlyList<IngestedSection> Sections);
}
