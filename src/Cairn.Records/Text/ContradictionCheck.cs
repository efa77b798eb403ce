using System.Globalization;
using Cairn.Core.Records;

namespace Cairn.Records.Text;

/// <summary>
/// After all lines are read: a report that states one thing twice with different values (two HER2 scores, two ER
/// percentages, two grades ...) keeps every fact, each with its own line, and gets a warning naming them. The profile
/// builder decides; the parser never picks one.
/// </summary>
/// <remarks>
/// Statements that refine rather than contradict are not flagged: HER2 "negative" with its subgroup ("low", "ultralow",
/// "zero"), HER2 "equivocal" by IHC when the report also gives the ISH result (or its ratio or copy number) that resolves it, and ER "positive" with
/// "low-positive". T, N and M categories and stage groups are compared within one basis (c, p, yp) or stage kind.
/// </remarks>
internal static class ContradictionCheck
{
    private static readonly Dictionary<FactKind, string> s_singleValued = new()
    {
        [FactKind.CancerSite] = "cancer site",
        [FactKind.Histology] = "histologic type",
        [FactKind.Laterality] = "laterality",
        [FactKind.ErPercent] = "ER percentage",
        [FactKind.ErStatus] = "ER status",
        [FactKind.PrPercent] = "PR percentage",
        [FactKind.PrStatus] = "PR status",
        [FactKind.Her2Ihc] = "HER2 IHC score",
        [FactKind.Her2IhcZeroStaining] = "HER2 0 staining detail",
        [FactKind.Her2IshRatio] = "HER2/CEP17 ratio",
        [FactKind.Her2IshCopies] = "HER2 copy number",
        [FactKind.Her2IshResult] = "HER2 ISH result",
        [FactKind.Her2Status] = "HER2 status",
        [FactKind.TumourSizeMm] = "tumour size (mm)",
        [FactKind.Grade] = "histologic grade",
        [FactKind.TCategory] = "T category",
        [FactKind.NCategory] = "N category",
        [FactKind.MCategory] = "M category",
        [FactKind.StageGroup] = "stage group",
    };

    public static void Run(ReportContext context)
    {
        // The ISH result word, or the ratio and copy number it follows from, resolve an equivocal IHC (reflex pathway).
        var hasIshResult = context.Facts.Any(f => f.Kind is FactKind.Her2IshResult or FactKind.Her2IshRatio or FactKind.Her2IshCopies);
        var groups = context.Facts
            .Where(f => s_singleValued.ContainsKey(f.Kind))
            .GroupBy(f => (f.Kind, f.Qualifier));
        foreach (var group in groups)
        {
            var values = group.Select(Value).Distinct(StringComparer.Ordinal).ToList();
            var compared = values.ToList();
            if (group.Key.Kind == FactKind.Her2Status)
            {
                if (compared.Exists(v => v is "low" or "ultralow" or "zero"))
                {
                    compared.Remove("negative");
                }

                if (hasIshResult)
                {
                    compared.Remove("equivocal");
                }
            }
            else if (group.Key.Kind == FactKind.ErStatus && compared.Contains("low-positive"))
            {
                compared.Remove("positive");
            }

            if (compared.Count < 2)
            {
                continue;
            }

            var where = group.Select(f => $"'{Value(f)}' ({Where(f.Provenance)})");
            var name = s_singleValued[group.Key.Kind] + (group.Key.Qualifier is { } q ? $" ({q})" : string.Empty);
            context.Warn($"the report gives different {name} values: {string.Join(", ", where)}; all are kept, so ask your care team which one applies");
        }
    }

    private static string Value(RecordFact fact) =>
        fact.Text ?? fact.Number?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Where(Provenance provenance) =>
        provenance.Page is { } page ? $"page {page}, line {provenance.Line}" : $"line {provenance.Line}";
}
