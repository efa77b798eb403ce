using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Records.Text;

/// <summary>Patterns and small helpers shared by the line readers.</summary>
internal static partial class ReportPatterns
{
    /// <summary>The result is not there yet or was never produced ("pending", "not performed", "to follow", ...).</summary>
    [GeneratedRegex(
        @"\b(?:pending|not\s+(?:performed|done|tested|assessed|evaluated|available|reported|received|applicable)|to\s+follow|will\s+be\s+(?:reported|issued|sent)|in\s+progress|awaited|awaiting|cancell?ed|insufficient|sent\s+(?:out|away)|referred\s+out|ordered|requested)\b|\bn/a\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NotAvailable();

    /// <summary>A result the report itself calls provisional: never imported as a fact.</summary>
    [GeneratedRegex(@"\b(?:preliminary|provisional)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Provisional();

    /// <summary>A list bullet or number at the start of a line ("- ", "• ", "1. ", "(a) ").</summary>
    [GeneratedRegex(@"^\s*(?:[-*•·>]+\s+|\(?(?:\d{1,2}|[a-z])[.)]\s+)?", RegexOptions.CultureInvariant)]
    public static partial Regex Bullet();

    /// <summary>A percentage with an optional comparison before it ("95%", "&lt;1%", "&gt; 10 %", "less than 1%",
    /// "more than 90%"): a limit is not a value. The groups lt, le, gt and ge say which comparison it is.</summary>
    [GeneratedRegex(
        @"(?<cmp>(?:(?<le>≤|<=|\bat\s+most\s+|\bup\s+to\s+|\bno\s+more\s+than\s+)|(?<ge>≥|>=|\bat\s+least\s+|\bno\s+less\s+than\s+)|(?<lt><|\b(?:less|fewer|lower)\s+than\s+|\bbelow\s+|\bunder\s+)|(?<gt>>|\b(?:more|greater|higher)\s+than\s+|\babove\s+|\bover\s+))\s*)?(?<![\d.])(?<n>\d{1,3}(?:\.\d+)?)\s*%",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Percent();

    /// <summary>A percentage range ("80-90%", "80% to 90%").</summary>
    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:\.\d+)?\s*%?\s*(?:-|to)\s*\d{1,3}(?:\.\d+)?\s*%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PercentRange();

    /// <summary>Where the value after a label starts: separators such as ":", "=", "-" or "|" are skipped.</summary>
    [GeneratedRegex(@"^[\s:=|\-]*", RegexOptions.CultureInvariant)]
    public static partial Regex LeadingSeparators();

    public static decimal ParseNumber(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The same number without trailing zeros after the point (2.3 cm is 23 mm, not 23.0 mm).</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The text after a bullet, with its start index in the line.</summary>
    public static (int Start, string Text) StripBullet(string line)
    {
        var bullet = Bullet().Match(line);
        return (bullet.Length, line[bullet.Length..]);
    }

    /// <summary>Lines from PDFs and word processors use look-alike characters; they are made plain one for one, so
    /// positions in the plain text are positions in the original.</summary>
    public static string Plain(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u00A0' or '\u2007' or '\u202F' or '\u2009' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2018' or '\u2019' => '\'',
                '\u00D7' => 'x',
                '\u03BC' => '\u00B5',
                _ => chars[i],
            };
        }

        return new string(chars);
    }
}
