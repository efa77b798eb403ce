using System.Text.RegularExpressions;
using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>
/// Reads the labelled tumour fields of a pathology report: histologic type, laterality, invasive tumour size, histologic
/// grade and primary site, plus a note for regional lymph node counts (which have no fact kind).
/// </summary>
internal static partial class PathologyLineReader
{
    public static void Read(ReportContext context, ReportLine line)
    {
        var (_, text) = ReportPatterns.StripBullet(line.Text);
        _ = TryHistology(context, line, text)
            || TryLaterality(context, line, text)
            || TrySize(context, line, text)
            || TryGrade(context, line, text)
            || TrySite(context, line, text)
            || TryNodes(context, line, text);
    }

    private static bool TryHistology(ReportContext context, ReportLine line, string text)
    {
        var match = HistologyField().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var value = Collapse(match.Groups["v"].Value).TrimEnd('.', ';', ',');
        if (value.Length == 0)
        {
            return true;
        }

        if (NotStated().IsMatch(value) || ReportPatterns.NotAvailable().IsMatch(value))
        {
            context.Warn(line, $"the histologic type is not given ('{ReportContext.Clip(value)}'), so none was recorded");
            return true;
        }

        context.Add(context.NewFact(FactKind.Histology, line) with { Text = NormaliseHistology(value), Date = context.Dates.ForPathology });
        return true;
    }

    /// <summary>The FactKind.Histology spelling for common synonyms; other types are kept as written, in lower case.</summary>
    internal static string NormaliseHistology(string value)
    {
        var lower = Collapse(value).ToLowerInvariant();
        var invasive = Invasive().IsMatch(lower);
        var ductal = lower.Contains("ductal", StringComparison.Ordinal) || NoSpecialType().IsMatch(lower);
        var lobular = lower.Contains("lobular", StringComparison.Ordinal);

        if (lower.Contains("in situ", StringComparison.Ordinal) && !lower.Contains("invasive", StringComparison.Ordinal)
            && !lower.Contains("infiltrating", StringComparison.Ordinal))
        {
            return ductal ? "ductal carcinoma in situ" : lobular ? "lobular carcinoma in situ" : lower;
        }

        if (invasive && ductal && lobular)
        {
            return "invasive mixed ductal and lobular carcinoma";
        }

        if (invasive && lobular)
        {
            return "invasive lobular carcinoma";
        }

        // WHO 2019: invasive carcinoma of no special type (NST) is the current name for invasive ductal carcinoma.
        if (invasive && ductal)
        {
            return "invasive ductal carcinoma";
        }

        foreach (var special in (ReadOnlySpan<string>)["mucinous", "tubular", "metaplastic", "medullary"])
        {
            if (invasive && lower.Contains(special, StringComparison.Ordinal))
            {
                return special + " carcinoma";
            }
        }

        return invasive && lower.Contains("micropapillary", StringComparison.Ordinal) ? "invasive micropapillary carcinoma" : lower;
    }

    private static bool TryLaterality(ReportContext context, ReportLine line, string text)
    {
        var match = LateralityField().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var value = Collapse(match.Groups["v"].Value).TrimEnd('.');
        var left = LeftWord().IsMatch(value);
        var right = RightWord().IsMatch(value);
        if (left != right)
        {
            context.Add(context.NewFact(FactKind.Laterality, line) with { Text = left ? "left" : "right", Date = context.Dates.ForPathology });
        }
        else if (value.Length > 0)
        {
            context.Warn(line, $"laterality '{ReportContext.Clip(value)}' is not left or right, so none was recorded");
        }

        return true;
    }

    private static bool TrySize(ReportContext context, ReportLine line, string text)
    {
        var match = SizeField().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var value = match.Groups["v"].Value.Trim();
        var sizes = Measurement().Matches(value);
        if (sizes.Count == 0)
        {
            if (value.Length > 0)
            {
                context.Warn(line, $"tumour size line found but no size in mm or cm could be read: '{ReportContext.Clip(text)}'");
            }

            return true;
        }

        if (sizes.Count > 1)
        {
            context.Warn(line, $"the tumour size line gives more than one size ('{ReportContext.Clip(value)}'), so none was recorded");
            return true;
        }

        var size = sizes[0];
        if (size.Groups["cmp"].Success)
        {
            context.Warn(line, $"the tumour size is given as a limit ('{size.Value.Trim()}'), not a measurement, so none was recorded");
            return true;
        }

        // CAP: the size is the greatest dimension of the largest invasive focus, so "23 x 18 x 15 mm" is 23 mm.
        var greatest = size.Groups["dims"].Value.Split('x', StringSplitOptions.TrimEntries).Max(ReportPatterns.ParseNumber);
        var millimetres = ReportPatterns.Normalise(size.Groups["u"].Value.Equals("cm", StringComparison.OrdinalIgnoreCase) ? greatest * 10m : greatest);
        context.Add(context.NewFact(FactKind.TumourSizeMm, line) with { Number = millimetres, Unit = "mm", Date = context.Dates.ForPathology });
        return true;
    }

    private static bool TryGrade(ReportContext context, ReportLine line, string text)
    {
        var match = GradeField().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var value = match.Groups["v"].Value.Trim();
        var grade = GradeValue().Match(value);
        if (grade.Success)
        {
            var number = grade.Groups["g"].Value.ToUpperInvariant() switch
            {
                "1" or "I" => 1m,
                "2" or "II" => 2m,
                _ => 3m,
            };
            context.Add(context.NewFact(FactKind.Grade, line) with { Number = number, Date = context.Dates.ForPathology });
        }
        else if (value.Length > 0 && match.Groups["colon"].Success)
        {
            context.Warn(line, $"histologic grade line found but the grade (1-3) could not be read: '{ReportContext.Clip(text)}'");
        }

        return true;
    }

    private static bool TrySite(ReportContext context, ReportLine line, string text)
    {
        var match = SiteField().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var value = Collapse(match.Groups["v"].Value).TrimEnd('.').ToLowerInvariant();
        if (value.Contains("breast", StringComparison.Ordinal))
        {
            context.Add(context.NewFact(FactKind.CancerSite, line) with { Text = "breast" });
        }
        else if (value.Length > 0 && !WithinBreast().IsMatch(value) && !ReportPatterns.NotAvailable().IsMatch(value))
        {
            // A non-breast primary is kept as written: Cairn never forces "breast".
            context.Add(context.NewFact(FactKind.CancerSite, line) with { Text = value });
        }

        return true;
    }

    private static bool TryNodes(ReportContext context, ReportLine line, string text)
    {
        var match = NodeCount().Match(text);
        if (!match.Success)
        {
            return false;
        }

        context.Warn(line,
            $"lymph node count '{ReportContext.Clip(match.Groups["v"].Value)}' noted but not recorded: Cairn has no fact for node counts (the N category carries the nodal stage)");
        return true;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:histologic(?:al)?\s+(?:type|diagnosis)|histology|tumou?r\s+type)\s*[:=]\s*(?<v>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistologyField();

    [GeneratedRegex(@"\b(?:cannot|can't|not\s+(?:determined|assessed|identified|stated)|indeterminate|no\s+(?:residual\s+)?(?:invasive\s+)?(?:carcinoma|tumou?r))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotStated();

    [GeneratedRegex(@"\b(?:invasive|infiltrating|carcinoma)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Invasive();

    [GeneratedRegex(@"\b(?:no\s+special\s+type|nst)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoSpecialType();

    [GeneratedRegex(@"^(?:specimen\s+|tumou?r\s+|procedure\s+)?laterality\s*[:=]\s*(?<v>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LateralityField();

    [GeneratedRegex(@"\bleft\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftWord();

    [GeneratedRegex(@"\bright\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightWord();

    [GeneratedRegex(
        @"^(?:(?:invasive\s+)?tumou?r\s+size|size\s+of\s+(?:the\s+)?(?:largest\s+)?invasive\s+(?:carcinoma|tumou?r|focus|component)|greatest\s+dimension\s+of\s+(?:the\s+)?largest\s+invasive\s+(?:focus|carcinoma|tumou?r))(?:\s*\([^)]*\))?\s*[:=]?\s*(?<v>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizeField();

    [GeneratedRegex(
        @"(?<cmp>(?:[<>≤≥]=?|\bat\s+least|\bup\s+to|\bgreater\s+than|\bless\s+than|\bmore\s+than)\s*)?(?<![\d.])(?<dims>\d{1,12}(?:\.\d{1,12})?(?!\.?\d)(?:\s*x\s*\d{1,12}(?:\.\d{1,12})?(?!\.?\d))*)\s*(?<u>mm|cm)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measurement();

    // A bare "Grade" needs a colon, so "Grade 3 neutropenia" in a clinic letter is not a histologic grade.
    [GeneratedRegex(
        @"^(?:(?:(?:nottingham|modified\s+bloom[-\s]?richardson|elston[-\s]ellis|histologic(?:al)?|overall|combined)\s+)+grade(?:\s*\([^)]*\))?(?:\s*(?<colon>[:=])\s*|\s+)|grade(?:\s*\([^)]*\))?\s*(?<colon>[:=])\s*)(?<v>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeField();

    [GeneratedRegex(@"^(?:grade\s*|g)?(?<g>[1-3]|III|II|I)(?![\w.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeValue();

    [GeneratedRegex(@"^(?:primary\s+(?:tumou?r\s+)?site|site\s+of\s+(?:the\s+)?primary(?:\s+tumou?r)?|cancer\s+site|primary\s+cancer)\s*[:=]\s*(?<v>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteField();

    [GeneratedRegex(@"\b(?:quadrant|o'?clock|nipple|areola|retroareolar|axillary\s+tail|central)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WithinBreast();

    [GeneratedRegex(@"^(?:regional\s+)?lymph\s+nodes?(?:\s+(?:examined|status|involved|positive))?\s*[:=]\s*(?<v>\d+\s*(?:/|of|out\s+of)\s*\d+.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NodeCount();
}
