using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Puts free text into the one form the red-flag patterns are written for: lower case, plain apostrophes and
/// dashes, "°" for degree signs, decimal points, contractions spelled out ("can't" -> "cannot", "don't" -> "do not",
/// "I'm" -> "i am"), common misspellings fixed ("feaver" -> "fever") and single spaces. Newlines are kept because they
/// separate sentences. Pure and thread-safe; never throws.
/// </summary>
internal static class TextNormalizer
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // "SOB" in capitals is the clinical abbreviation; lower-case "sob" is crying, so this runs before lower-casing.
    private static readonly Regex s_sobAbbreviation = new(@"\bSOB\b", Options);
    private static readonly Regex s_decimalComma = new(@"\b(\d{2,3}),(\d{1,2})\b", Options);
    private static readonly Regex s_word = new(@"[a-z]+", Options);
    private static readonly Regex s_spaces = new(@"[ \t]+", Options);

    private static readonly (Regex Pattern, string Replacement)[] s_rewrites =
    [
        (new Regex(@"\b(?:can't|can not|cant)\b", Options), "cannot"),
        (new Regex(@"\b(?:won't|wont)\b", Options), "will not"),
        (new Regex(@"\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n't\b", Options), "$1 not"),
        (new Regex(@"\b(do|does|did|is|are|was|were|have|has|had|could|would|should)nt\b", Options), "$1 not"),
        (new Regex(@"\bain't\b", Options), "is not"),
        (new Regex(@"\bi'm\b", Options), "i am"),
        (new Regex(@"\b(i|you|we|they)'ve\b", Options), "$1 have"),
        (new Regex(@"\b(i|you|we|they|she|he)'d\b", Options), "$1 had"),
        (new Regex(@"\b(i|you|we|they|she|he|it)'ll\b", Options), "$1 will"),
        (new Regex(@"\b(you|we|they)'re\b", Options), "$1 are"),
        (new Regex(@"\b(it|she|he|that|there|what|who|where|how|here)'s\b", Options), "$1 is"),
        (new Regex(@"'s\b", Options), "s"),
        (new Regex(@"'", Options), string.Empty),
        (new Regex(@"\bnose[ -]bleed", Options), "nosebleed"),
        (new Regex(@"\bchemo[ -]therapy", Options), "chemotherapy"),
        (new Regex(@"\bt[ -]?dxd\b", Options), "t-dxd"),
        (new Regex(@"\bt[ -]?dm[ -]?1\b", Options), "t-dm1"),
        (new Regex(@"\bpins ?(?:&|n|'n') ?needles\b", Options), "pins and needles"),
        (new Regex(@"\bshort of breathe\b", Options), "short of breath"),
    ];

    private static readonly FrozenDictionary<string, string> s_misspellings = new Dictionary<string, string>
    {
        ["feaver"] = "fever", ["fevar"] = "fever", ["fevor"] = "fever", ["fevre"] = "fever", ["fevr"] = "fever",
        ["fver"] = "fever", ["feever"] = "fever", ["feveer"] = "fever", ["feaverish"] = "feverish",
        ["feverishh"] = "feverish", ["temprature"] = "temperature", ["temperture"] = "temperature",
        ["tempreture"] = "temperature", ["tempature"] = "temperature", ["temperatue"] = "temperature",
        ["tempurature"] = "temperature", ["temerature"] = "temperature", ["tempertaure"] = "temperature",
        ["temperatur"] = "temperature", ["tempeture"] = "temperature", ["temprture"] = "temperature",
        ["tempreature"] = "temperature", ["temparature"] = "temperature", ["temperatre"] = "temperature",
        ["breth"] = "breath", ["breah"] = "breath", ["brath"] = "breath", ["brethe"] = "breathe",
        ["brething"] = "breathing", ["breathin"] = "breathing", ["breating"] = "breathing", ["breahting"] = "breathing",
        ["brathing"] = "breathing", ["brethless"] = "breathless", ["breathles"] = "breathless",
        ["brethles"] = "breathless", ["breathlessnes"] = "breathlessness", ["shortnes"] = "shortness",
        ["shortniss"] = "shortness", ["cheast"] = "chest", ["chset"] = "chest", ["chestt"] = "chest",
        ["coughin"] = "coughing", ["cofing"] = "coughing", ["coughting"] = "coughing", ["caughing"] = "coughing",
        ["coffing"] = "coughing", ["coughign"] = "coughing", ["caugh"] = "cough", ["cogh"] = "cough", ["coff"] = "cough",
        ["blod"] = "blood", ["bloood"] = "blood", ["bloud"] = "blood", ["bleding"] = "bleeding", ["bleading"] = "bleeding",
        ["bleeeding"] = "bleeding", ["confussed"] = "confused", ["confuesd"] = "confused", ["confued"] = "confused",
        ["confuzed"] = "confused", ["confussion"] = "confusion", ["confusoin"] = "confusion", ["swolen"] = "swollen",
        ["swollon"] = "swollen", ["swolled"] = "swollen", ["swallen"] = "swollen", ["swolllen"] = "swollen",
        ["sweling"] = "swelling", ["swellling"] = "swelling", ["numbess"] = "numbness", ["numbnes"] = "numbness",
        ["numness"] = "numbness", ["tingeling"] = "tingling", ["tinglng"] = "tingling", ["weekness"] = "weakness",
        ["weaknes"] = "weakness", ["weakniss"] = "weakness", ["palpatations"] = "palpitations",
        ["palpitaions"] = "palpitations", ["palpitatons"] = "palpitations",
        ["faintted"] = "fainted", ["fainded"] = "fainted", ["unconcious"] = "unconscious", ["unconsious"] = "unconscious",
        ["collasped"] = "collapsed", ["colapsed"] = "collapsed", ["herceptine"] = "herceptin", ["hercepton"] = "herceptin",
        ["herseptin"] = "herceptin", ["herceptn"] = "herceptin", ["enhurtu"] = "enhertu", ["enhertue"] = "enhertu",
        ["trastuzamab"] = "trastuzumab", ["trastuzumub"] = "trastuzumab",
        ["transtuzumab"] = "trastuzumab", ["trastuzimab"] = "trastuzumab", ["trastazumab"] = "trastuzumab",
        ["kadcila"] = "kadcyla", ["kemo"] = "chemo", ["chemio"] = "chemo", ["chemeo"] = "chemo", ["cheemo"] = "chemo",
        ["chemmo"] = "chemo", ["chemotheraphy"] = "chemotherapy", ["chemotharapy"] = "chemotherapy",
        ["chemotherpy"] = "chemotherapy", ["chemotherapie"] = "chemotherapy", ["metastic"] = "metastatic",
        ["metastisis"] = "metastasis", ["metasteses"] = "metastases", ["metastatis"] = "metastasis",
        ["metastisized"] = "metastasized", ["bruse"] = "bruise", ["bruize"] = "bruise", ["bruseing"] = "bruising",
        ["bruiseing"] = "bruising", ["brusing"] = "bruising", ["bruses"] = "bruises", ["hemoptisis"] = "hemoptysis",
        ["urin"] = "urine", ["diziness"] = "dizziness", ["thermometre"] = "thermometer", ["vomitting"] = "vomiting",
        ["paralized"] = "paralysed", ["stomache"] = "stomach",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Normalises text for matching; null gives an empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = s_sobAbbreviation.Replace(text, "shortness of breath");
        result = MapCharacters(result);
        result = s_decimalComma.Replace(result, "$1.$2");
        foreach (var (pattern, replacement) in s_rewrites)
        {
            result = pattern.Replace(result, replacement);
        }

        result = s_word.Replace(result, word => s_misspellings.TryGetValue(word.Value, out var fixedWord) ? fixedWord : word.Value);
        return s_spaces.Replace(result, " ").Trim();
    }

    private static string MapCharacters(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            switch (character)
            {
                case '\u2019' or '\u2018' or '\u201B' or '`' or '\u00B4' or '\u02BC':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E':
                    builder.Append('"');
                    break;
                case '\u00BA' or '\u02DA':
                    builder.Append('°');
                    break;
                case '\u2103':
                    builder.Append("°c");
                    break;
                case '\u2109':
                    builder.Append("°f");
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                    builder.Append('-');
                    break;
                case '\r' or '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                case '\n':
                    builder.Append('\n');
                    break;
                default:
                    builder.Append(char.IsWhiteSpace(character) || char.IsControl(character) ? ' ' : char.ToLowerInvariant(character));
                    break;
            }
        }

        return builder.ToString();
    }
}
