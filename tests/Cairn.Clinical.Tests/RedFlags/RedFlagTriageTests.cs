using Cairn.Clinical.RedFlags;
using Cairn.Clinical.Sources;
using Cairn.Core.Answers;

namespace Cairn.Clinical.Tests.RedFlags;

public sealed class RedFlagTriageTests
{
    private static readonly RedFlagTriage s_triage = new();

    // ONCOLOGY_RULES.md §9, second table, as a person would type it.
    [Theory]
    [InlineData("T1", "on chemo, temp 38.0 °C", UrgencyLevel.Urgent)]
    [InlineData("T2", "on chemo, 37.9 °C, feels well", UrgencyLevel.None)]
    [InlineData("T3", "metastatic breast cancer, new back pain and leg weakness", UrgencyLevel.Emergency)]
    [InlineData("T4", "known bone metastases, night-time thoracic back pain", UrgencyLevel.Urgent)]
    [InlineData("T5", "coughing up blood", UrgencyLevel.Emergency)]
    public void GivenASection9TestRowAsText_WhenAssessing_ThenTheExpectedLevelIsReturned(string caseId, string text, UrgencyLevel expected) =>
        AssertLevel(caseId, text, expected);

    [Theory]
    // Temperatures: °C, °F, C, F, "degrees", bare numbers, decimal commas, the 38.0 / 100.4 boundary.
    [InlineData("TMP01", "I'm on chemo and my temperature is 38.2", UrgencyLevel.Urgent)]
    [InlineData("TMP02", "On chemo, temp of 101", UrgencyLevel.Urgent)]
    [InlineData("TMP03", "on chemo, 100.4F", UrgencyLevel.Urgent)]
    [InlineData("TMP04", "on chemo, 100.3F", UrgencyLevel.None)]
    [InlineData("TMP05", "had chemo last week, 38,5 °C", UrgencyLevel.Urgent)]
    [InlineData("TMP06", "on chemo and I have a fever of 38.3 degrees", UrgencyLevel.Urgent)]
    [InlineData("TMP07", "on chemo, temperature 37.9", UrgencyLevel.None)]
    [InlineData("TMP08", "chemo 2 days ago, thermometer says 38.0", UrgencyLevel.Urgent)]
    [InlineData("TMP09", "38.3 on chemo", UrgencyLevel.Urgent)]
    [InlineData("TMP10", "temperature is 102 F and on chemo", UrgencyLevel.Urgent)]
    [InlineData("TMP11", "temperature 99F on chemo", UrgencyLevel.None)]
    [InlineData("TMP12", "on chemo, 38.4 f", UrgencyLevel.Urgent)]
    [InlineData("TMP13", "My husband is on chemo and has a fever of 101.2", UrgencyLevel.Urgent)]
    [InlineData("TMP14", "on chemo, temp 37.6 earlier, now 38.1", UrgencyLevel.Urgent)]
    [InlineData("TMP15", "I'm on chemo, my temp is 36.8", UrgencyLevel.None)]
    [InlineData("TMP16", "fever has gone, temp 37.2 now", UrgencyLevel.None)]
    [InlineData("TMP17", "I have a temperature of 38.4", UrgencyLevel.CallTeam)]
    [InlineData("TMP18", "temp 39 degrees", UrgencyLevel.CallTeam)]
    [InlineData("TMP19", "on chemo, temp 38C", UrgencyLevel.Urgent)]
    [InlineData("TMP20", "on chemo, 37.9 C", UrgencyLevel.None)]
    [InlineData("TMP21", "on chemo, temperature 38.0 celsius", UrgencyLevel.Urgent)]
    [InlineData("TMP22", "on chemo, temp 100.4 °F", UrgencyLevel.Urgent)]
    [InlineData("TMP23", "on chemo, temp 100.3 °F", UrgencyLevel.None)]
    [InlineData("TMP24", "I am 38 and on chemo", UrgencyLevel.None)]
    [InlineData("TMP25", "My CA 15-3 is 38.5", UrgencyLevel.None)]
    [InlineData("TMP26", "I'm 38 weeks pregnant", UrgencyLevel.None)]
    [InlineData("TMP27", "Temperature below 38 is fine, right?", UrgencyLevel.None)]
    [InlineData("TMP28", "I'm neutropenic and have a temp of 38", UrgencyLevel.Urgent)]
    [InlineData("TMP29", "Temp 38.1 after my 3rd cycle of AC", UrgencyLevel.Urgent)]
    // Negation, scoped to its phrase.
    [InlineData("NEG01", "I don't have a fever but my leg is swollen", UrgencyLevel.Urgent)]
    [InlineData("NEG02", "no fever, no chills, no chest pain", UrgencyLevel.None)]
    [InlineData("NEG03", "I'm on chemo, without chest pain or shortness of breath", UrgencyLevel.None)]
    [InlineData("NEG04", "denies shortness of breath", UrgencyLevel.None)]
    [InlineData("NEG05", "no fever and my leg is swollen", UrgencyLevel.Urgent)]
    [InlineData("NEG06", "no fever, coughing up blood", UrgencyLevel.Emergency)]
    [InlineData("NEG07", "no fever, chills or cough", UrgencyLevel.None)]
    [InlineData("NEG08", "I don't have a fever or chills, but I have chest pain", UrgencyLevel.Urgent)]
    [InlineData("NEG09", "no fever but my nose keeps bleeding", UrgencyLevel.Urgent)]
    [InlineData("NEG10", "I have never had chest pain", UrgencyLevel.None)]
    [InlineData("NEG11", "I've never had chest pain like this before", UrgencyLevel.Urgent)]
    [InlineData("NEG12", "I'm not sure but I think I fainted", UrgencyLevel.Emergency)]
    [InlineData("NEG13", "negative for chest pain", UrgencyLevel.None)]
    [InlineData("NEG14", "fever: no, chills: no", UrgencyLevel.None)]
    [InlineData("NEG15", "fever-free but chest pain", UrgencyLevel.Urgent)]
    [InlineData("NEG16", "I have some back pain, no numbness or weakness", UrgencyLevel.CallTeam)]
    [InlineData("NEG17", "had a nosebleed yesterday that stopped quickly", UrgencyLevel.None)]
    [InlineData("NEG18", "I haven't had a fever but my temperature was 38.1 this morning, on chemo", UrgencyLevel.Urgent)]
    [InlineData("NEG19", "Not confused", UrgencyLevel.None)]
    // Lay terms and synonyms.
    [InlineData("SYN01", "I can't catch my breath", UrgencyLevel.Urgent)]
    [InlineData("SYN02", "I'm short of breath", UrgencyLevel.Urgent)]
    [InlineData("SYN03", "SOB since this morning", UrgencyLevel.Urgent)]
    [InlineData("SYN04", "feeling breathless", UrgencyLevel.Urgent)]
    [InlineData("SYN05", "I'm coughing blood", UrgencyLevel.Emergency)]
    [InlineData("SYN06", "spitting up blood this morning", UrgencyLevel.Emergency)]
    [InlineData("SYN07", "hemoptysis", UrgencyLevel.Emergency)]
    [InlineData("SYN08", "I passed out in the kitchen", UrgencyLevel.Emergency)]
    [InlineData("SYN09", "she blacked out for a minute", UrgencyLevel.Emergency)]
    [InlineData("SYN10", "my heart is racing", UrgencyLevel.Emergency)]
    [InlineData("SYN11", "pounding heart and dizzy", UrgencyLevel.Emergency)]
    [InlineData("SYN12", "my calf is swollen and sore", UrgencyLevel.Urgent)]
    [InlineData("SYN13", "my legs feel weak", UrgencyLevel.Emergency)]
    [InlineData("SYN14", "I can't walk properly since yesterday", UrgencyLevel.Emergency)]
    [InlineData("SYN15", "my feet are numb", UrgencyLevel.Emergency)]
    [InlineData("SYN16", "pins and needles in both legs", UrgencyLevel.Emergency)]
    [InlineData("SYN17", "I can't control my bladder", UrgencyLevel.Emergency)]
    [InlineData("SYN18", "I'm peeing blood", UrgencyLevel.Urgent)]
    [InlineData("SYN19", "black tarry stool this morning", UrgencyLevel.Urgent)]
    [InlineData("SYN20", "nosebleed won't stop", UrgencyLevel.Urgent)]
    [InlineData("SYN21", "chills and shaking", UrgencyLevel.Urgent)]
    [InlineData("SYN22", "rigors after my infusion", UrgencyLevel.Urgent)]
    [InlineData("SYN23", "my mum is confused today", UrgencyLevel.Urgent)]
    [InlineData("SYN24", "sudden shortness of breath", UrgencyLevel.Emergency)]
    [InlineData("SYN25", "I suddenly can't breathe", UrgencyLevel.Emergency)]
    [InlineData("SYN26", "breathing really fast", UrgencyLevel.Emergency)]
    [InlineData("SYN27", "sharp chest pain worse when I breathe in", UrgencyLevel.Emergency)]
    [InlineData("SYN28", "I have chest pain", UrgencyLevel.Urgent)]
    [InlineData("SYN29", "my left leg is red and warm", UrgencyLevel.Urgent)]
    [InlineData("SYN30", "my right calf hurts", UrgencyLevel.Urgent)]
    [InlineData("SYN31", "I'm vomiting blood", UrgencyLevel.Urgent)]
    [InlineData("SYN32", "I have bruises all over my arms", UrgencyLevel.Urgent)]
    [InlineData("SYN33", "there is blood in my poo", UrgencyLevel.Urgent)]
    [InlineData("SYN34", "My nose has been bleeding for an hour", UrgencyLevel.Urgent)]
    [InlineData("SYN35", "my wife collapsed", UrgencyLevel.Emergency)]
    [InlineData("SYN36", "I feel like I'm going to faint", UrgencyLevel.Emergency)]
    [InlineData("SYN37", "I can't get enough air", UrgencyLevel.Emergency)]
    [InlineData("SYN38", "bloody sputum", UrgencyLevel.Emergency)]
    [InlineData("SYN39", "heart rate 130 and racing", UrgencyLevel.Emergency)]
    [InlineData("SYN40", "my legs keep giving way", UrgencyLevel.Emergency)]
    [InlineData("SYN41", "sciatica", UrgencyLevel.Emergency)]
    [InlineData("SYN42", "I have breast cancer, pain shooting down my leg", UrgencyLevel.Emergency)]
    [InlineData("SYN43", "wet myself and can't feel my bum", UrgencyLevel.Emergency)]
    [InlineData("SYN44", "on chemo and burning up", UrgencyLevel.Urgent)]
    [InlineData("SYN45", "I've been having chills on and off", UrgencyLevel.Urgent)]
    [InlineData("SYN46", "I feel a faint pain in my breast", UrgencyLevel.None)]
    [InlineData("SYN47", "I have a red rash on my legs", UrgencyLevel.None)]
    [InlineData("SYN48", "I have a bruise from the injection", UrgencyLevel.None)]
    [InlineData("SYN49", "I'm confused about my results", UrgencyLevel.None)]
    [InlineData("SYN50", "hot flashes on tamoxifen", UrgencyLevel.None)]
    [InlineData("SYN51", "bleeding gums that won't stop", UrgencyLevel.Urgent)]
    [InlineData("SYN52", "my lips are turning blue", UrgencyLevel.Emergency)]
    [InlineData("SYN53", "I can't pee and my back hurts", UrgencyLevel.Emergency)]
    [InlineData("SYN54", "my arm is swollen after surgery", UrgencyLevel.None)]
    [InlineData("SYN55", "Cancer patient here, high fever and chills", UrgencyLevel.Urgent)]
    [InlineData("SYN56", "I'm on Enhertu and I feel more breathless than usual", UrgencyLevel.Urgent)]
    [InlineData("SYN57", "I can't wake her up", UrgencyLevel.Emergency)]
    [InlineData("SYN58", "there was blood when I coughed", UrgencyLevel.Emergency)]
    [InlineData("SYN59", "my heart is beating so fast", UrgencyLevel.Emergency)]
    [InlineData("SYN60", "I think I'm having a heart attack", UrgencyLevel.Emergency)]
    // Common misspellings.
    [InlineData("TYP01", "I'm on chemo and have a feaver", UrgencyLevel.Urgent)]
    [InlineData("TYP02", "short of breth", UrgencyLevel.Urgent)]
    [InlineData("TYP03", "on chemo, temprature 38.6", UrgencyLevel.Urgent)]
    [InlineData("TYP04", "shortness of breathe", UrgencyLevel.Urgent)]
    [InlineData("TYP05", "I cant breath", UrgencyLevel.Emergency)]
    [InlineData("TYP06", "my leg is swolen", UrgencyLevel.Urgent)]
    [InlineData("TYP07", "on herceptine and having palpatations", UrgencyLevel.CallTeam)]
    // Drug and disease context from the text.
    [InlineData("CTX01", "I'm on Enhertu and I have a new cough", UrgencyLevel.Urgent)]
    [InlineData("CTX02", "on T-DXd, dry cough for a week", UrgencyLevel.Urgent)]
    [InlineData("CTX03", "trastuzumab deruxtecan and breathless", UrgencyLevel.Urgent)]
    [InlineData("CTX04", "On Herceptin and my ankles are swollen", UrgencyLevel.CallTeam)]
    [InlineData("CTX05", "on Herceptin, having palpitations", UrgencyLevel.CallTeam)]
    [InlineData("CTX06", "Kadcyla and feeling my heart flutter", UrgencyLevel.CallTeam)]
    [InlineData("CTX07", "Phesgo, swelling in both legs", UrgencyLevel.CallTeam)]
    [InlineData("CTX08", "bone mets, back pain worse when I cough", UrgencyLevel.Urgent)]
    [InlineData("CTX09", "spine metastases and my upper back hurts", UrgencyLevel.Urgent)]
    [InlineData("CTX10", "stage 4, severe lower back pain getting worse", UrgencyLevel.Urgent)]
    [InlineData("CTX11", "On Enhertu, temp 38.1", UrgencyLevel.Urgent)]
    [InlineData("CTX12", "herceptin and my leg is swollen", UrgencyLevel.Urgent)]
    [InlineData("CTX13", "my feet are swollen", UrgencyLevel.None)]
    [InlineData("CTX14", "I get palpitations sometimes", UrgencyLevel.None)]
    [InlineData("CTX15", "I'm not on chemo, fever of 38.5", UrgencyLevel.CallTeam)]
    [InlineData("CTX16", "Not on chemo anymore, but I have a fever of 38.5", UrgencyLevel.Urgent)]
    [InlineData("CTX17", "I finished chemo 5 years ago and have a fever of 38.6", UrgencyLevel.CallTeam)]
    [InlineData("CTX18", "I finished chemo 2 weeks ago and have a fever of 38.6", UrgencyLevel.Urgent)]
    [InlineData("CTX19", "I'm starting chemo next week and I have a fever of 38.2", UrgencyLevel.CallTeam)]
    [InlineData("CTX20", "She's on paclitaxel and has a temp of 38.1", UrgencyLevel.Urgent)]
    [InlineData("CTX21", "my back pain keeps me up at night", UrgencyLevel.Urgent)]
    [InlineData("CTX22", "back pain. It wakes me at night.", UrgencyLevel.Urgent)]
    [InlineData("CTX23", "I have back pain", UrgencyLevel.CallTeam)]
    [InlineData("CTX24", "I'm on Herceptin and get out of breath climbing stairs", UrgencyLevel.Urgent)]
    // General questions: no personal report, no trigger.
    [InlineData("EDU01", "What are the warning signs of spinal cord compression?", UrgencyLevel.None)]
    [InlineData("EDU02", "What is febrile neutropenia?", UrgencyLevel.None)]
    [InlineData("EDU03", "What does remission mean for HER2-positive breast cancer and how is it monitored?", UrgencyLevel.None)]
    [InlineData("EDU04", "Can trastuzumab cause heart problems?", UrgencyLevel.None)]
    [InlineData("EDU05", "What temperature counts as a fever during chemo?", UrgencyLevel.None)]
    [InlineData("EDU06", "Can Enhertu cause a cough?", UrgencyLevel.None)]
    [InlineData("EDU07", "What are the symptoms of a blood clot, like a swollen leg?", UrgencyLevel.None)]
    [InlineData("EDU08", "When should I call my doctor about a fever?", UrgencyLevel.None)]
    [InlineData("EDU09", "What should I do if I get a fever during chemo?", UrgencyLevel.None)]
    [InlineData("EDU10", "If I have a fever, who do I call?", UrgencyLevel.None)]
    [InlineData("EDU11", "If you have chest pain, call 911", UrgencyLevel.None)]
    [InlineData("EDU12", "Does Herceptin cause chest pain in general?", UrgencyLevel.None)]
    [InlineData("EDU13", "I was told to watch for fever, chills and shortness of breath", UrgencyLevel.None)]
    [InlineData("EDU14", "The nurse said fever over 38 means call", UrgencyLevel.None)]
    [InlineData("EDU15", "Why does chemo cause fever?", UrgencyLevel.None)]
    [InlineData("EDU16", "Tell me about spinal cord compression", UrgencyLevel.None)]
    [InlineData("EDU17", "I have breast cancer", UrgencyLevel.None)]
    [InlineData("EDU18", "How do I manage nausea?", UrgencyLevel.None)]
    [InlineData("EDU19", "I had a fever last year", UrgencyLevel.None)]
    [InlineData("EDU20", "What can I do for back pain?", UrgencyLevel.None)]
    [InlineData("EDU21", "Can chemotherapy cause numbness?", UrgencyLevel.None)]
    [InlineData("EDU22", "What does a racing heart mean?", UrgencyLevel.None)]
    [InlineData("EDU23", "How often should I check my temperature during chemo?", UrgencyLevel.None)]
    [InlineData("EDU24", "When do I need to go to the emergency room during chemo?", UrgencyLevel.None)]
    [InlineData("EDU25", "What are the signs of a blood clot?", UrgencyLevel.None)]
    [InlineData("EDU26", "What are the symptoms of a heart attack?", UrgencyLevel.None)]
    // A personal report inside a general question still counts.
    [InlineData("MIX01", "I'm on chemo and have a fever of 38.4, what is febrile neutropenia?", UrgencyLevel.Urgent)]
    [InlineData("MIX02", "What should I do? I have a fever of 38.5 and I'm on chemo", UrgencyLevel.Urgent)]
    [InlineData("MIX03", "Is coughing up blood an emergency?", UrgencyLevel.Emergency)]
    [InlineData("MIX04", "Can Enhertu cause a cough? I've had a cough for 3 days and I'm on it", UrgencyLevel.Urgent)]
    [InlineData("MIX05", "What should I do about my swollen leg?", UrgencyLevel.Urgent)]
    [InlineData("MIX06", "Is it normal to have chills after Herceptin?", UrgencyLevel.Urgent)]
    [InlineData("MIX07", "Should I worry about a fever of 38.1 on chemo?", UrgencyLevel.Urgent)]
    [InlineData("MIX08", "What can I do for my back pain?", UrgencyLevel.CallTeam)]
    [InlineData("MIX09", "I'm on chemo. Temp 38.2. What should I do?", UrgencyLevel.Urgent)]
    [InlineData("MIX10", "Is a temperature of 38.5 normal on chemo?", UrgencyLevel.Urgent)]
    [InlineData("MIX11", "Had chemo yesterday. Now I have a fever.", UrgencyLevel.Urgent)]
    [InlineData("MIX12", "I have symptoms such as fever and chills and I am on chemo", UrgencyLevel.Urgent)]
    [InlineData("MIX13", "Is my temp of 37.9 okay on chemo?", UrgencyLevel.None)]
    [InlineData("MIX14", "Help! I can't breathe suddenly", UrgencyLevel.Emergency)]
    [InlineData("MIX15", "Can Enhertu cause a cough? I have had it for a week.", UrgencyLevel.Urgent)]
    [InlineData("MIX16", "Does Kadcyla cause nosebleeds? I've had three today", UrgencyLevel.Urgent)]
    [InlineData("MIX17", "What is febrile neutropenia? I think I have it.", UrgencyLevel.Urgent)]
    [InlineData("MIX18", "Can Herceptin cause palpitations? My friend asked.", UrgencyLevel.None)]
    [InlineData("MIX19", "fever on chemo, what should I do?", UrgencyLevel.Urgent)]
    [InlineData("MIX20", "What do I do, I'm on chemo with a fever of 37.5", UrgencyLevel.None)]
    [InlineData("MIX21", "There is blood in my urine, should I worry?", UrgencyLevel.Urgent)]
    [InlineData("MIX22", "My doctor wants to start Enhertu. What are the risks?", UrgencyLevel.None)]
    // Mixed findings: the highest level wins.
    [InlineData("HI01", "Chest pain and short of breath since this morning", UrgencyLevel.Urgent)]
    [InlineData("HI02", "hemoptysis, chest pain", UrgencyLevel.Emergency)]
    [InlineData("HI03", "I have back pain and I can't feel my legs", UrgencyLevel.Emergency)]
    [InlineData("HI04", "My back hurts and I keep falling over", UrgencyLevel.Emergency)]
    [InlineData("HI05", "on Herceptin, palpitations and my calf is swollen", UrgencyLevel.Urgent)]
    [InlineData("HI06", "on chemo, temp 38.6, and I passed out", UrgencyLevel.Emergency)]
    [InlineData("HI07", "feeling faint and breathless", UrgencyLevel.Emergency)]
    public void GivenFreeText_WhenAssessing_ThenTheLevelIsAsExpected(string caseId, string text, UrgencyLevel expected) =>
        AssertLevel(caseId, text, expected);

    // Clinical review item 1: a reading cancels a fever complaint only when it is the same complaint's reading (same
    // sentence, the person's own current temperature). A reading from another time or another person does not.
    [Theory]
    [InlineData("FEV01", "My temperature was 36.8 this morning. Now I'm burning up with a fever and I'm on chemo.", UrgencyLevel.Urgent)]
    [InlineData("FEV02", "Yesterday my temp was 37.2. Today I feel like I have a fever. I'm on chemo.", UrgencyLevel.Urgent)]
    [InlineData("FEV03", "I'm on chemo, my husband's temperature is 36.5 and I have a fever", UrgencyLevel.Urgent)]
    [InlineData("FEV04", "on Enhertu, temp 37.4 this morning, now feverish", UrgencyLevel.Urgent)]
    [InlineData("FEV05", "I'm on chemo. My temp is 37.5. I feel feverish.", UrgencyLevel.Urgent)]
    [InlineData("FEV06", "on chemo, temp 37.4, now feverish", UrgencyLevel.Urgent)]
    [InlineData("FEV07", "I'm on chemo, my temperature was 37.2 last night but I have a fever now", UrgencyLevel.Urgent)]
    [InlineData("FEV08", "My wife is on chemo and she has a fever, my temp is 36.9", UrgencyLevel.Urgent)]
    [InlineData("FEV09", "I'm on chemo and have a fever of 37.8", UrgencyLevel.None)]
    [InlineData("FEV10", "I'm on chemo. I feel feverish but my temp is 37.6 now.", UrgencyLevel.None)]
    [InlineData("FEV11", "On chemo. I feel feverish, temp 37.5", UrgencyLevel.None)]
    [InlineData("FEV12", "My husband is on chemo and has a fever, his temperature is 37.5", UrgencyLevel.None)]
    [InlineData("FEV13", "My temperature was 36.8 this morning. Now I have a fever of 38.3 and I'm on chemo.", UrgencyLevel.Urgent)]
    [InlineData("FEV14", "My temperature was 36.8 this morning and I'm on chemo", UrgencyLevel.None)]
    public void GivenAFeverComplaintAndAReading_WhenAssessing_ThenOnlyTheComplaintsOwnCurrentReadingClearsIt(string caseId, string text, UrgencyLevel expected) =>
        AssertLevel(caseId, text, expected);

    // Clinical review item 2 (project decision beyond §9, S49): a possible heart attack, stroke or seizure is an emergency.
    [Theory]
    [InlineData("HAS01", "I have crushing chest pain", UrgencyLevel.Emergency)]
    [InlineData("HAS02", "chest pain spreading to my left arm", UrgencyLevel.Emergency)]
    [InlineData("HAS03", "my chest pain is going into my jaw", UrgencyLevel.Emergency)]
    [InlineData("HAS04", "crushing pain in my chest", UrgencyLevel.Emergency)]
    [InlineData("HAS05", "her face is drooping on one side", UrgencyLevel.Emergency)]
    [InlineData("HAS06", "my husband has slurred speech", UrgencyLevel.Emergency)]
    [InlineData("HAS07", "his speech is slurred", UrgencyLevel.Emergency)]
    [InlineData("HAS08", "she can't move one side of her body", UrgencyLevel.Emergency)]
    [InlineData("HAS09", "I can't move my right side", UrgencyLevel.Emergency)]
    [InlineData("HAS10", "I think I'm having a stroke", UrgencyLevel.Emergency)]
    [InlineData("HAS11", "my mum just had a seizure", UrgencyLevel.Emergency)]
    [InlineData("HAS12", "he is having a fit", UrgencyLevel.Emergency)]
    [InlineData("HAS13", "She's fitting", UrgencyLevel.Emergency)]
    [InlineData("HAS14", "my dad is convulsing", UrgencyLevel.Emergency)]
    [InlineData("HAS15", "What are the signs of a stroke?", UrgencyLevel.None)]
    [InlineData("HAS16", "Can Enhertu cause seizures?", UrgencyLevel.None)]
    [InlineData("HAS17", "I had a stroke years ago", UrgencyLevel.None)]
    [InlineData("HAS18", "I'm going for a prosthesis fitting next week", UrgencyLevel.None)]
    [InlineData("HAS19", "I'm fit and well and want to keep fit", UrgencyLevel.None)]
    [InlineData("HAS20", "I had a heat stroke last summer", UrgencyLevel.None)]
    [InlineData("HAS21", "I have a history of seizures", UrgencyLevel.None)]
    public void GivenAPossibleHeartAttackStrokeOrSeizure_WhenAssessing_ThenEmergency(string caseId, string text, UrgencyLevel expected) =>
        AssertLevel(caseId, text, expected);

    [Theory]
    [InlineData("HAS01", "I have crushing chest pain")]
    [InlineData("HAS02", "chest pain spreading to my left arm")]
    [InlineData("SYN60", "I think I'm having a heart attack")]
    public void GivenHeartAttackSigns_WhenAssessing_ThenOnlyTheHeartAttackRuleIsListed(string caseId, string text)
    {
        var result = s_triage.AssessInDetail(text);

        var trigger = Assert.Single(result.Triggers);
        Assert.True(RedFlagRule.PossibleHeartAttackStrokeOrSeizure == trigger.Rule, $"{caseId}: {trigger.Rule}");
        Assert.Equal(UrgencyLevel.Emergency, trigger.Level);
        Assert.Equal(["S49"], result.SourceIds);
    }

    // Clinical review item 9: "hard to wake up" reads like "can't wake her up"; shaking with a temperature is shaking chills.
    [Theory]
    [InlineData("WAK01", "She's had chemo and is hard to wake up", UrgencyLevel.Emergency)]
    [InlineData("WAK02", "he is very drowsy and difficult to wake", UrgencyLevel.Emergency)]
    [InlineData("WAK03", "I can hardly wake her", UrgencyLevel.Emergency)]
    [InlineData("WAK04", "my husband can't be woken", UrgencyLevel.Emergency)]
    [InlineData("WAK05", "I find it hard to wake up in the mornings", UrgencyLevel.None)]
    [InlineData("SHK01", "on chemo, 37.9 and shaking", UrgencyLevel.Urgent)]
    [InlineData("SHK02", "I'm on chemo, feeling cold and shaky", UrgencyLevel.Urgent)]
    [InlineData("SHK03", "she has a temperature and is trembling", UrgencyLevel.Urgent)]
    [InlineData("SHK04", "my hands are shaking from nerves before my scan", UrgencyLevel.None)]
    [InlineData("SHK05", "I keep shaking my head at the news", UrgencyLevel.None)]
    [InlineData("SHK06", "on chemo, temp 37.2, no shaking", UrgencyLevel.None)]
    public void GivenAMissedPhraseFromTheReview_WhenAssessing_ThenTheLevelIsAsExpected(string caseId, string text, UrgencyLevel expected) =>
        AssertLevel(caseId, text, expected);

    [Fact]
    public void GivenChemo37Point9AndShaking_WhenAssessing_ThenTheTriggerIsShakingChillsNotFever()
    {
        var result = s_triage.AssessInDetail("on chemo, 37.9 and shaking");

        Assert.Equal(RedFlagRule.ShakingChills, Assert.Single(result.Triggers).Rule);
        Assert.Equal(RedFlagMessages.ReasonShakingChills, result.Reason);
    }

    // Clinical review item 3: the reason names the heart attack, not only the spinal cord rule that the numb arm also meets.
    [Fact]
    public void GivenCrushingChestPainAndANumbArm_WhenAssessing_ThenTheReasonCoversTheHeartAttackAndEveryOtherEmergency()
    {
        var result = s_triage.AssessInDetail("I have crushing chest pain and my left arm is numb");

        Assert.Equal(UrgencyLevel.Emergency, result.Level);
        Assert.StartsWith(RedFlagMessages.ReasonPossibleHeartAttackStrokeOrSeizure, result.Reason, StringComparison.Ordinal);
        foreach (var rule in result.Triggers.Where(trigger => trigger.Level == UrgencyLevel.Emergency).Select(trigger => trigger.Rule))
        {
            Assert.Contains(RedFlagMessages.ReasonFor(rule), result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GivenEnhertuAndAMorningReadingThenFeverish_WhenAssessing_ThenTheLungWarningFiresForTheFever()
    {
        var result = s_triage.AssessInDetail("on Enhertu, temp 37.4 this morning, now feverish");

        Assert.Equal(UrgencyLevel.Urgent, result.Level);
        var trigger = Assert.Single(result.Triggers);
        Assert.Equal(RedFlagRule.LungInflammationWarningOnTrastuzumabDeruxtecan, trigger.Rule);
        Assert.Equal("fever (no current temperature reading given) while on Enhertu (T-DXd)", trigger.Description);
    }

    [Fact]
    public void GivenAReadingFromEarlierThenAFeverOnChemo_WhenAssessing_ThenTheFeverTriggerIsListedAndNoRoutineAdvice()
    {
        var result = s_triage.AssessInDetail("My temperature was 36.8 this morning. Now I'm burning up with a fever and I'm on chemo.");

        Assert.Equal(RedFlagRule.FeverDuringChemotherapy, Assert.Single(result.Triggers).Rule);
        Assert.Equal(RedFlagMessages.Urgent, result.Message);
    }

    [Fact]
    public void GivenNoFeverButASwollenLeg_WhenAssessing_ThenOnlyTheLegTriggerIsListed()
    {
        var result = s_triage.Assess("I don't have a fever but my leg is swollen");

        Assert.Equal(UrgencyLevel.Urgent, result.Level);
        Assert.Equal(["swelling in one leg"], result.Triggers);
        Assert.Equal(["S50"], result.SourceIds);
    }

    [Fact]
    public void GivenChemoAndAReading_WhenAssessing_ThenTheTriggerNamesTheTemperatureAndTheContext()
    {
        var result = s_triage.Assess("I'm on chemo and my temperature is 38.2");

        Assert.Equal(["temperature 38.2 °C while on chemotherapy"], result.Triggers);
        Assert.Equal(RedFlagMessages.Urgent, result.Message);
    }

    [Fact]
    public void GivenOnChemoAt37Point9_WhenAssessing_ThenRoutineAdviceWithoutTriggers()
    {
        var result = s_triage.Assess("on chemo, 37.9 °C, feels well");

        Assert.Equal(UrgencyLevel.None, result.Level);
        Assert.Equal(RedFlagMessages.RoutineTemperatureAdvice, result.Message);
        Assert.Empty(result.Triggers);
        Assert.False(result.IsRedFlag);
    }

    [Fact]
    public void GivenMetastaticBackPainAndLegWeakness_WhenAssessing_ThenCordCompressionLeadsAndBackPainIsAlsoListed()
    {
        var result = s_triage.Assess("metastatic breast cancer, new back pain and leg weakness");

        Assert.Equal(UrgencyLevel.Emergency, result.Level);
        Assert.Equal(RedFlagMessages.Emergency, result.Message);
        Assert.Equal(["weakness in an arm or leg, with a known cancer", "back or neck pain, with a known cancer"], result.Triggers);
        Assert.Equal(["S51", "S52"], result.SourceIds);
    }

    [Fact]
    public void GivenNoCancerWordInTheText_WhenLegsFeelWeak_ThenTheKnownCancerDefaultMakesItAnEmergency()
    {
        Assert.Equal(UrgencyLevel.Emergency, s_triage.Assess("my legs feel weak").Level);
        Assert.Equal(UrgencyLevel.CallTeam, new RedFlagTriage(PatientContext.None).Assess("my legs feel weak").Level);
    }

    [Fact]
    public void GivenABaselineFromTheRecords_WhenTheTextSaysNothingAboutDrugs_ThenTheBaselineApplies()
    {
        var onEnhertu = new RedFlagTriage(PatientContext.KnownCancer | PatientContext.OnTrastuzumabDeruxtecan);

        var result = onEnhertu.Assess("I have had a dry cough for a week");

        Assert.Equal(UrgencyLevel.Urgent, result.Level);
        Assert.Equal(["new or worse cough while on Enhertu (T-DXd)"], result.Triggers);
        Assert.Equal(["S6", "S7"], result.SourceIds);
        Assert.Equal(UrgencyLevel.None, s_triage.Assess("I have had a dry cough for a week").Level);
    }

    [Fact]
    public void GivenAnUndefinedBaseline_WhenConstructing_ThenArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new RedFlagTriage((PatientContext)4096));
    }

    [Theory]
    [InlineData("EMPTY1", "")]
    [InlineData("EMPTY2", "   ")]
    [InlineData("EMPTY3", "\n\n")]
    [InlineData("EMPTY4", null)]
    public void GivenEmptyOrNullText_WhenAssessing_ThenNoneFound(string caseId, string? text)
    {
        var result = s_triage.Assess(text!);

        Assert.True(result.Level == UrgencyLevel.None, caseId);
        Assert.Empty(result.Triggers);
        Assert.Equal(string.Empty, result.Message);
    }

    [Theory]
    [InlineData(UrgencyLevel.Emergency, "coughing up blood")]
    [InlineData(UrgencyLevel.Urgent, "chest pain")]
    [InlineData(UrgencyLevel.CallTeam, "on Herceptin, having palpitations")]
    public void GivenEachLevel_WhenAssessing_ThenTheMessageIsTheFixedOneForThatLevel(UrgencyLevel level, string text)
    {
        var result = s_triage.Assess(text);

        Assert.Equal(level, result.Level);
        Assert.Equal(RedFlagMessages.For(level), result.Message);
        Assert.NotEmpty(result.Triggers);
        Assert.All(result.SourceIds, id => Assert.True(ClinicalSources.Contains(id), id));
    }

    [Fact]
    public void GivenManyThreads_WhenAssessingTheSameTexts_ThenResultsMatchTheSequentialOnes()
    {
        string[] texts =
        [
            "on chemo, temp 38.0 °C", "coughing up blood", "I don't have a fever but my leg is swollen",
            "What is febrile neutropenia?", "my legs feel weak", "on Herceptin, having palpitations",
        ];
        var expected = texts.Select(text => s_triage.Assess(text).Level).ToArray();

        var actual = new UrgencyLevel[texts.Length * 50];
        Parallel.For(0, actual.Length, index => actual[index] = s_triage.Assess(texts[index % texts.Length]).Level);

        Assert.All(Enumerable.Range(0, actual.Length), index => Assert.Equal(expected[index % texts.Length], actual[index]));
    }

    private static void AssertLevel(string caseId, string text, UrgencyLevel expected)
    {
        var result = s_triage.Assess(text);

        Assert.True(
            expected == result.Level,
            $"{caseId} \"{text}\": expected {expected}, got {result.Level} [{string.Join("; ", result.Triggers)}].");
        if (expected != UrgencyLevel.None)
        {
            Assert.Equal(RedFlagMessages.For(expected), result.Message);
            Assert.NotEmpty(result.Triggers);
        }
    }
}
