using System.Globalization;

namespace Cairn.Clinical.Staging;

/// <summary>
/// Computes AJCC 8th edition regional node (N) categories for breast cancer: pathologic pN from node counts and deposit
/// sizes (ONCOLOGY_RULES.md §3.2, S14, S12) and clinical cN from examination and imaging (S13). A pathologist's or
/// radiologist's stated N always wins over this cross-check.
/// </summary>
public static class RegionalNodeClassifier
{
    /// <summary>Upper limit of isolated tumour cells, in mm (inclusive).</summary>
    public const double IsolatedTumourCellLimitMm = 0.2;

    /// <summary>Upper limit of a micrometastasis, in mm (inclusive); larger deposits are macrometastases.</summary>
    public const double MicrometastasisLimitMm = 2.0;

    /// <summary>A cluster with more than this many cells in one cross-section is a micrometastasis even if ≤0.2 mm.</summary>
    public const int IsolatedTumourCellMaxCells = 200;

    /// <summary>Classifies the largest deposit of one node as ITC, micrometastasis or macrometastasis.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is NaN, infinite, negative or 0, or the cell count is below 1.</exception>
    public static NodalDepositSize ClassifyDeposit(NodeDeposit deposit)
    {
        var mm = deposit.LargestDepositMm;
        if (double.IsNaN(mm) || double.IsInfinity(mm) || mm <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(deposit), mm,
                $"A nodal deposit size must be a finite number of mm above 0, but it was {mm.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (deposit.TumourCellCount is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(deposit), deposit.TumourCellCount,
                $"A tumour cell count must be at least 1, but it was {deposit.TumourCellCount}.");
        }

        // S14 (NCI PDQ Table 4): macrometastasis >2.0 mm; micrometastasis >0.2 mm and/or >200 cells, none >2.0 mm;
        // ITCs ≤0.2 mm (and not more than 200 cells).
        if (mm > MicrometastasisLimitMm)
        {
            return NodalDepositSize.Macrometastasis;
        }

        if (mm > IsolatedTumourCellLimitMm || deposit.TumourCellCount > IsolatedTumourCellMaxCells)
        {
            return NodalDepositSize.Micrometastasis;
        }

        return NodalDepositSize.IsolatedTumourCells;
    }

    /// <summary>Classifies pathologic N (pN, or ypN after neoadjuvant therapy).</summary>
    /// <param name="findings">Node counts per size class and the other nodal sites.</param>
    /// <param name="afterNeoadjuvantTherapy">True to label the result ypN instead of pN; the rules are the same.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the internal mammary status is not defined.</exception>
    public static NClassification ClassifyPathologic(PathologicNodeFindings findings, bool afterNeoadjuvantTherapy = false)
    {
        ArgumentNullException.ThrowIfNull(findings);
        RequireNonNegative(findings.AxillaryNodesWithMacrometastases, nameof(findings.AxillaryNodesWithMacrometastases));
        RequireNonNegative(findings.AxillaryNodesWithMicrometastases, nameof(findings.AxillaryNodesWithMicrometastases));
        RequireNonNegative(findings.AxillaryNodesWithIsolatedTumourCellsOnly, nameof(findings.AxillaryNodesWithIsolatedTumourCellsOnly));
        if (!Enum.IsDefined(findings.InternalMammaryNodes))
        {
            throw new ArgumentOutOfRangeException(nameof(findings), findings.InternalMammaryNodes,
                $"'{findings.InternalMammaryNodes}' is not a defined internal mammary node status.");
        }

        var basis = afterNeoadjuvantTherapy ? TnmBasis.PostNeoadjuvantPathologic : TnmBasis.Pathologic;
        var positive = findings.PositiveAxillaryNodes;
        var hasMacro = findings.AxillaryNodesWithMacrometastases > 0;
        var imSentinel = findings.InternalMammaryNodes == InternalMammaryNodeStatus.SentinelPositive;
        var imClinical = findings.InternalMammaryNodes == InternalMammaryNodeStatus.ClinicallyDetected;
        var nodes = NodeWord(positive);

        NClassification Result(NCategory category, string reason, bool undetermined = false) =>
            new(category, basis, positive, undetermined, reason, StagingSources.PathologicNodes);

        // Where several N3 subcategories apply, the most specific site wins: c (supraclavicular) > b > a. All N3
        // subcategories give the same stage group (IIIC), so this choice never changes the stage.

        // S14/S12: pN3c = ipsilateral supraclavicular nodes.
        if (findings.SupraclavicularNodesPositive)
        {
            return Result(NCategory.N3c, "Cancer was found in lymph nodes above the collarbone, so the node category is N3c.");
        }

        // S12 Table 5 / ONCOLOGY_RULES.md §3.2 [P]: pN3b = imaging-positive internal mammary nodes plus ≥1 positive
        // level I/II axillary node.
        if (imClinical && positive >= 1)
        {
            return Result(NCategory.N3b,
                $"Lymph nodes behind the breastbone showed on scans and {positive} {nodes} in the armpit had cancer, so the node category is N3b.");
        }

        // S12 Table 5 / §3.2 [P]: pN3b = >3 positive axillary nodes plus internal mammary sentinel disease.
        if (imSentinel && positive > 3)
        {
            return Result(NCategory.N3b,
                $"{positive} lymph nodes in the armpit and a sentinel node behind the breastbone had cancer, so the node category is N3b.");
        }

        // S14/S12: pN3a = infraclavicular (level III) nodes.
        if (findings.InfraclavicularNodesPositive)
        {
            return Result(NCategory.N3a, "Cancer was found in lymph nodes below the collarbone, so the node category is N3a.");
        }

        // S12 Table 5 (AJCC 8th): pN3a = ≥10 axillary nodes with at least one deposit >2.0 mm.
        if (positive >= 10 && hasMacro)
        {
            return Result(NCategory.N3a, $"{positive} lymph nodes in the armpit had cancer (10 or more), so the node category is N3a.");
        }

        // S14/S12: pN2b = clinically detected internal mammary nodes with a pathologically negative axilla (ITCs are negative).
        if (imClinical)
        {
            return Result(NCategory.N2b,
                "Lymph nodes behind the breastbone showed on scans, and no armpit node had cancer, so the node category is N2b.");
        }

        // S14/S12: pN2a = 4–9 axillary nodes, at least one deposit >2.0 mm.
        if (positive >= 4 && hasMacro)
        {
            return Result(NCategory.N2a, $"{positive} lymph nodes in the armpit had cancer (4 to 9), so the node category is N2a.");
        }

        // S14/S12: pN1c = pN1a + pN1b.
        if (positive >= 1 && hasMacro && imSentinel)
        {
            return Result(NCategory.N1c,
                $"{positive} {nodes} in the armpit and a sentinel node behind the breastbone had cancer, so the node category is N1c.");
        }

        // S14/S12: pN1a = 1–3 axillary nodes, at least one deposit >2.0 mm.
        if (positive >= 1 && hasMacro)
        {
            return Result(NCategory.N1a,
                $"{positive} {nodes} in the armpit had cancer (1 to 3), with at least one area larger than 2 mm, so the node category is N1a.");
        }

        // S14/S12: pN1b = internal mammary sentinel node(s) positive, ITCs excluded, with no positive axillary node.
        if (imSentinel && positive == 0)
        {
            return Result(NCategory.N1b, "Cancer was found in a sentinel lymph node behind the breastbone, so the node category is N1b.");
        }

        // Not defined by ONCOLOGY_RULES.md §3.2: 1–3 micrometastatic axillary nodes plus an internal mammary sentinel.
        // S12 pN1 ("micrometastases ... and/or internal mammary sentinel nodes") makes the group N1 (not N1mi, since the
        // sentinel disease alone is pN1b), but no subcategory fits, so none is guessed.
        if (imSentinel)
        {
            return Result(NCategory.N1,
                "Small areas of cancer were found in armpit nodes and cancer in a sentinel node behind the breastbone. This is N1, but the rules give no exact sub-group, so check your report.",
                undetermined: true);
        }

        // S14/S12: pN1mi = micrometastases, none >2.0 mm (pN2a and pN3a need a deposit >2.0 mm, so any count stays N1mi).
        if (positive >= 1)
        {
            return Result(NCategory.N1mi,
                $"{positive} {nodes} in the armpit had only tiny areas of cancer (up to 2 mm), so the node category is N1mi.");
        }

        // S14: pN0(i+) = ITCs only (≤0.2 mm); ITC-only nodes do not count as positive nodes.
        if (findings.AxillaryNodesWithIsolatedTumourCellsOnly > 0
            || findings.InternalMammaryNodes == InternalMammaryNodeStatus.SentinelIsolatedTumourCellsOnly)
        {
            return Result(NCategory.N0ItcPositive,
                "Only a few single cancer cells (0.2 mm or less) were found in the lymph nodes. These do not count as a positive node, so the category is N0(i+).");
        }

        return Result(NCategory.N0, "No cancer was found in the lymph nodes, so the node category is N0.");
    }

    /// <summary>Classifies clinical N (cN) from examination and imaging (AJCC 8th, S13).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axillary status is not defined.</exception>
    public static NClassification ClassifyClinical(ClinicalNodeFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!Enum.IsDefined(findings.AxillaryLevelIOrII))
        {
            throw new ArgumentOutOfRangeException(nameof(findings), findings.AxillaryLevelIOrII,
                $"'{findings.AxillaryLevelIOrII}' is not a defined axillary node status.");
        }

        static NClassification Result(NCategory category, string reason) =>
            new(category, TnmBasis.Clinical, null, false, reason, StagingSources.ClinicalNodes);

        var axillary = findings.AxillaryLevelIOrII != AxillaryNodeClinicalStatus.NotInvolved;

        // Precedence c > b > a within N3 (same stage group IIIC either way).
        // S13: cN3c = ipsilateral supraclavicular nodes.
        if (findings.SupraclavicularNodesPositive)
        {
            return Result(NCategory.N3c, "Suspicious lymph nodes were found above the collarbone, so the clinical node category is N3c.");
        }

        // S13: cN3b = internal mammary plus level I/II axillary nodes.
        if (findings.InternalMammaryNodesPositive && axillary)
        {
            return Result(NCategory.N3b,
                "Suspicious lymph nodes were found both behind the breastbone and in the armpit, so the clinical node category is N3b.");
        }

        // S13: cN3a = infraclavicular (level III axillary) nodes.
        if (findings.InfraclavicularNodesPositive)
        {
            return Result(NCategory.N3a, "Suspicious lymph nodes were found below the collarbone, so the clinical node category is N3a.");
        }

        // S13: cN2b = internal mammary nodes only, no axillary nodes.
        if (findings.InternalMammaryNodesPositive)
        {
            return Result(NCategory.N2b,
                "Suspicious lymph nodes were found behind the breastbone but not in the armpit, so the clinical node category is N2b.");
        }

        // S13: cN2a = fixed or matted level I/II axillary nodes.
        if (findings.AxillaryLevelIOrII == AxillaryNodeClinicalStatus.FixedOrMatted)
        {
            return Result(NCategory.N2a,
                "Suspicious armpit lymph nodes are stuck to each other or to nearby tissue, so the clinical node category is N2a.");
        }

        // S13: cN1 = mobile level I/II axillary nodes.
        if (findings.AxillaryLevelIOrII == AxillaryNodeClinicalStatus.Mobile)
        {
            return Result(NCategory.N1, "Suspicious armpit lymph nodes can still move freely, so the clinical node category is N1.");
        }

        return Result(NCategory.N0, "No suspicious lymph nodes were found on examination or scans, so the clinical node category is N0.");
    }

    private static string NodeWord(int count) => count == 1 ? "node" : "nodes";

    private static void RequireNonNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be 0 or more, but it was {value}.");
        }
    }
}
