using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Reads what free text says about the person's situation: chemotherapy (now or recent), T-DXd, trastuzumab-class
/// drugs, metastatic disease, bone or spinal metastases and cancer. A mention counts unless it is negated ("not on
/// chemo"), in the future ("starting chemo next week") or, for chemotherapy, years ago. General questions count too
/// ("Can Enhertu cause a cough? I have a cough"): a drug named is taken as the person's drug, to be safe.
/// </summary>
internal static class ContextLexicon
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_chemotherapy = new(
        @"\b(?:chemo|chemos|chemotherapy|chemotherapies|paclitaxel|taxol|abraxane|nab-paclitaxel|docetaxel|taxotere|doxorubicin|adriamycin|red devil|epirubicin|cyclophosphamide|cytoxan|carboplatin|cisplatin|capecitabine|xeloda|gemcitabine|gemzar|vinorelbine|navelbine|eribulin|halaven|fluorouracil|5-fu|methotrexate|sacituzumab|trodelvy|tchp|kadcyla|t-dm1|ado-trastuzumab|trastuzumab emtansine|neutropenic|neutropenia|low (?:white (?:blood )?(?:cell )?|neutrophil )count|(?:cycles?|rounds?|doses?|course) (?:\d+ )?of (?:ac|ec|fec|tc|tch|tac|ac-t|fec-t)|(?:ac|ec|fec|tc|tch|tac)(?:-t|-th)? (?:chemo|regimen|treatment))\b",
        Options);

    private static readonly Regex s_trastuzumabDeruxtecan = new(
        @"\b(?:enhertu|t-dxd|trastuzumab deruxtecan|fam-trastuzumab|deruxtecan|ds-8201a?)\b", Options);

    private static readonly Regex s_trastuzumabClass = new(
        @"\b(?:herceptin|hylecta|trastuzumab|phesgo|perjeta|pertuzumab|kadcyla|t-dm1|ogivri|herzuma|ontruzant|trazimera|kanjinti|hercessi|zercepac|margenza|margetuximab|anti-her2|her2[ -](?:targeted|directed|blocking) (?:therapy|therapies|treatment|drugs?)|her2 (?:therapy|therapies|treatment|drugs?|infusions?|antibod(?:y|ies)))\b",
        Options);

    private static readonly Regex s_boneMetastases = new(
        @"\b(?:bone|bones|spine|spinal|vertebral|vertebra|vertebrae|skeletal|hip|pelvis|pelvic|rib|ribs|sacrum|sacral)\s+(?:mets|metastases|metastasis|metastatic|lesions?|secondaries|deposits|involvement)\b|\b(?:mets|metastases|metastasis|metastasised|metastasized|spread|secondaries|lesions?|cancer)\s+(?:[a-z]+\s+){0,2}(?:in|to|on|into)\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:bone|bones|spine|vertebra|vertebrae|back|hip|hips|pelvis|ribs?|skeleton)\b",
        Options);

    private static readonly Regex s_metastatic = new(
        @"\b(?:metastatic|metastases|metastasis|metastasised|metastasized|mets|stage (?:4|iv|four)|secondary (?:breast )?cancer|secondaries|mbc|advanced (?:breast )?cancer|has spread|had spread|have spread|spread to)\b",
        Options);

    private static readonly Regex s_cancer = new(
        @"\b(?:cancer|cancers|carcinoma|tumou?rs?|malignan(?:t|cy)|oncolog(?:y|ist)|lymphoma|leuka?emia|myeloma|sarcoma|dcis|her2-positive|her2 positive|her2\+)\b", Options);

    private static readonly Regex s_future = new(
        @"\b(?:will|going to|gonna|due to|about to|plan to|planning to|scheduled to|supposed to|meant to|waiting to|yet to)\s+(?:start|begin|have|get|receive)\b|\b(?:starting|start|begin|beginning)\s+(?:[a-z-]+\s+){0,2}(?:next|tomorrow|soon|in \d+|on monday|on tuesday|on wednesday|on thursday|on friday)\b|\bbefore (?:i |she |he )?(?:start|starting|begin|beginning)\b|\b(?:should i|do i need to|whether to) (?:have|get|start|take|try)\b|\b(?:considering|thinking about|been offered|recommended)\b",
        Options);

    // Past chemotherapy is read from the words right next to the mention: "had chemo last week", "finished chemo".
    private static readonly Regex s_pastBefore = new(
        @"\b(?:had|finished|completed|done with|ended|stopped|after|post|since|previous|previously had|last|recent|recently had|came off|off|was on|were on|between)\s+(?:(?:my|the|a|her|his|last|first|second|third|fourth|final|dose|doses|round|rounds|cycle|cycles|course|session|sessions|infusion|of)\s+){0,3}$", Options);

    private static readonly Regex s_pastAfter = new(
        @"^\s*(?:(?:treatment|infusion|session|cycle|round|dose|was|were|ended|finished|stopped)\s+){0,2}(?:last|ended|finished|stopped|yesterday|ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|a|an|one|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?) ago)\b", Options);

    private static readonly Regex s_longAgo = new(
        @"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|some) years? ago|years ago|last year|years back|in (?:19|20)\d\d)\b", Options);

    private static readonly Regex s_noLonger = new(@"\b(?:anymore|any more|any longer|no longer)\b", Options);

    /// <summary>The context the sentences state.</summary>
    public static PatientContext Read(IReadOnlyList<TextSentence> sentences)
    {
        var context = PatientContext.None;
        foreach (var sentence in sentences)
        {
            context |= Read(sentence);
        }

        return context;
    }

    private static PatientContext Read(TextSentence sentence)
    {
        var text = sentence.Text;
        var context = PatientContext.None;

        foreach (Match mention in s_chemotherapy.Matches(text))
        {
            context |= ChemotherapyMention(sentence, mention);
        }

        if (AnyCurrentMention(sentence, s_trastuzumabDeruxtecan))
        {
            context |= PatientContext.OnTrastuzumabDeruxtecan;
        }

        if (AnyCurrentMention(sentence, s_trastuzumabClass))
        {
            context |= PatientContext.OnTrastuzumabClassDrug;
        }

        if (AnyAffirmedMention(sentence, s_boneMetastases))
        {
            context |= PatientContext.KnownBoneOrSpinalMetastases;
        }

        if (AnyAffirmedMention(sentence, s_metastatic))
        {
            context |= PatientContext.KnownMetastaticDisease;
        }

        if (AnyAffirmedMention(sentence, s_cancer))
        {
            context |= PatientContext.KnownCancer;
        }

        return context;
    }

    private static PatientContext ChemotherapyMention(TextSentence sentence, Match mention)
    {
        var (start, end) = (mention.Index, mention.Index + mention.Length);
        var text = sentence.Text;
        var window = text[Math.Max(0, start - 40)..Math.Min(text.Length, end + 40)];
        var noLonger = s_noLonger.IsMatch(window);
        if ((sentence.IsNegated(start, end, null) && !noLonger) || s_future.IsMatch(window))
        {
            return PatientContext.None;
        }

        // Kadcyla (T-DM1) carries a chemotherapy payload; it also counts as a trastuzumab-class drug.
        var context = mention.Value is "kadcyla" or "t-dm1" or "ado-trastuzumab" or "trastuzumab emtansine"
            ? PatientContext.OnTrastuzumabClassDrug
            : PatientContext.None;
        if (s_longAgo.IsMatch(window))
        {
            // Chemotherapy years ago no longer lowers the body's defences: the person still has a known cancer.
            return context | PatientContext.KnownCancer;
        }

        var past = noLonger || s_pastBefore.IsMatch(TextWindow.Before(text, start, 80)) || s_pastAfter.IsMatch(TextWindow.After(text, end, 80));
        return context | (past ? PatientContext.RecentChemotherapy : PatientContext.OnChemotherapy);
    }

    // A drug the person stopped ("no longer on Herceptin") still counts: its heart and lung effects can outlast it.
    private static bool AnyCurrentMention(TextSentence sentence, Regex pattern)
    {
        foreach (Match mention in pattern.Matches(sentence.Text))
        {
            var text = sentence.Text;
            var window = text[Math.Max(0, mention.Index - 40)..Math.Min(text.Length, mention.Index + mention.Length + 40)];
            var negated = sentence.IsNegated(mention.Index, mention.Index + mention.Length, null) && !s_noLonger.IsMatch(window);
            if (!negated && !s_future.IsMatch(window))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyAffirmedMention(TextSentence sentence, Regex pattern)
    {
        foreach (Match mention in pattern.Matches(sentence.Text))
        {
            if (!sentence.IsNegated(mention.Index, mention.Index + mention.Length, null))
            {
                return true;
            }
        }

        return false;
    }
}
