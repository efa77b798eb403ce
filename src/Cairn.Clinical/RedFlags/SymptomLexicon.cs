using System.Text.RegularExpressions;

namespace Cairn.Clinical.RedFlags;

/// <summary>
/// The words and phrases people use for each red-flag symptom, lay terms and misspellings included (the text is
/// normalised first, see <see cref="TextNormalizer"/>). Finds candidate phrases only: negation, hypotheticals and
/// general questions are judged by <see cref="TextSentence"/>. All patterns run on the non-backtracking engine, so
/// matching time is linear in the text whatever a person types.
/// </summary>
internal static class SymptomLexicon
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Optional determiners between a word and the body part: "swelling in my left calf", "pain down both legs".
    private const string Det = @"(?:(?:my|her|his|their|your|the|a|an|one|both|left|right|lower|upper|middle|mid|of|in|on|whole|entire|back of|front of)\s+){0,3}";
    private const string AnyLeg = "legs|leg|calves|calfs|calf|thighs|thigh|ankles|ankle|feet|foot|shins|shin";
    private const string UpperLeg = "legs|leg|calves|calfs|calf|thighs|thigh";
    private const string Breathe = @"(?:i\s+|she\s+|he\s+|they\s+|you\s+)?(?:breathe in|breathing in|breathe|breathing|inhale|inhaling|take a (?:deep\s+)?breath|taking a (?:deep\s+)?breath|deep breaths?|breath in)\b";

    private static readonly Regex s_sudden = new(
        @"\b(?:sudden|suddenly|all of a sudden|out of nowhere|out of the blue|abrupt|abruptly|came on (?:fast|quickly|suddenly|all at once)|without warning|just started)\b", Options);

    // Words that make plain shaking read as shaking chills.
    private static readonly Regex s_feverOrColdCue = new(
        @"\b(?:fever|fevers|feverish|febrile|temp|temps|temperature|temperatures|cold|freezing|chills?|chilly|burning up|hot and cold|degrees|thermometer)\b|°",
        Options);

    private static readonly Entry[] s_entries =
    [
        // Fever without a reading (a reading, when given, wins later).
        new(Symptom.FeverWithoutReading, @"\b(?:fever|fevers|feverish|febrile|pyrexia|pyrexial|burning up)\b", NotHayFever),
        new(Symptom.FeverWithoutReading, @"\b(?:have|has|had|got|running|run|runs|with|spiking|spiked|developed|develop|getting)\s+(?:a\s+|an\s+)?(?:(?:high|raised|slight|little|mild|low-grade|low grade|grade|bit|of|a|very|really)\s+){0,3}temp(?:erature)?s?\b"),
        new(Symptom.FeverWithoutReading, @"\bhigh\s+temp(?:erature)?s?\b|\bhot and cold\b"),
        new(Symptom.FeverWithoutReading, @"\btemp(?:erature)?\s+(?:(?:is|was|has|have|been|keeps|went|gone|seems|feels|going|still|really|very)\s+){0,2}(?:high|up|raised|elevated|spiking|rising|higher)\b"),

        new(Symptom.ShakingChills, @"\b(?:chills|rigors|rigours|rigor|rigour|shivering|shivers|shivery|the shakes|teeth (?:are\s+)?chattering|shaking (?:uncontrollably|all over|with cold)|(?:shaking|trembling) (?:and|with) (?:cold|chills|fever)|cannot stop shaking|uncontrollable shaking)\b"),

        // Plain shaking, trembling or feeling shaky counts as shaking chills when the sentence speaks of fever,
        // temperature or cold ("on chemo, 37.9 and shaking"; clinical review item 9), not as nerves or a gesture.
        new(Symptom.ShakingChills, @"\b(?:shaking|shaky|trembling|trembly|shuddering)\b(?:\s+(?<x>my|her|his|their|your|hands|it off|off|from|with nerves|with fear|with anger|with laughter))?", ShakingWithFeverCue),

        new(Symptom.ChestPain, @"\bchest\s+(?:pain|pains|ache|aches|aching|hurts|hurt|hurting|tightness|tight|pressure|discomfort|heaviness|is\s+(?:[a-z]+\s+)?(?:tight|sore|painful|hurting|aching|heavy)|feels\s+(?:[a-z]+\s+)?(?:tight|heavy|sore|painful|crushed|crushing))\b"),
        new(Symptom.ChestPain, @"\b(?:pain|pains|ache|aching|tightness|pressure|discomfort|heaviness|tight feeling|crushing feeling|stabbing|sharp pain)\s+(?:in|on|across|around)\s+(?:my\s+|her\s+|his\s+|the\s+)?(?:chest|rib cage)\b"),
        new(Symptom.ChestPain, @"\b(?:tight|painful|sore|heavy)\s+chest\b|\bangina\b"),

        // Heart attack, stroke and seizure: a project decision beyond §9 (README; S49 says to call 911 for emergencies).
        new(Symptom.HeartAttackSigns, @"\bheart attack\b|\bcardiac arrest\b|\bcrushing\s+chest\s+(?:pain|pains|pressure|tightness|feeling)\b|\bcrushing\s+(?:pain|pressure|tightness|feeling|weight)\s+(?:in|on|across)\s+(?:my\s+|her\s+|his\s+|their\s+|the\s+)?chest\b|\bchest\s+(?:feels\s+|is\s+)?(?:crushed|crushing|being crushed)\b"),
        new(Symptom.HeartAttackSigns, $@"\bchest\s+(?:pain|pains|pressure|tightness|discomfort|ache)\s+(?:that\s+|which\s+)?(?:(?:is|keeps|has been|started)\s+)?(?:spreading|spreads|spread|radiating|radiates|going|goes|moving|moves|travelling|traveling|travels|shooting|shoots)\s+(?:down|into|to|up|through|towards|toward|across)\s+{Det}(?:arms|arm|jaw|neck|shoulders|shoulder)\b|\b(?:pain|pressure|tightness)\s+in\s+(?:my\s+|her\s+|his\s+|the\s+)?chest\s+(?:and\s+)?(?:that\s+|which\s+)?(?:(?:is|keeps)\s+)?(?:spreading|spreads|radiating|radiates|going|goes|moving|travelling|traveling|shooting)\s+(?:down|into|to|up|through|towards|toward)\s+{Det}(?:arms|arm|jaw|neck|shoulders|shoulder)\b"),
        new(Symptom.StrokeSigns, @"\b(?:face|mouth|smile|eyelid)\s+(?:(?:is|has|was|looks|seems|went|gone|started|suddenly|all|to)\s+){0,2}(?:drooping|droopy|droops|drooped|sagging|sagged|lopsided|dropped)\b|\b(?:drooping|droopy|lopsided|sagging)\s+(?:face|mouth|smile)\b"),
        new(Symptom.StrokeSigns, @"\bslurr(?:ed|ing)\s+(?:(?:her|his|my|their)\s+)?(?:speech|words)\b|\bspeech\s+(?:(?:is|was|has|been|become|became|suddenly|all|gone|sounds|seems)\s+){0,2}(?:slurred|slurry|garbled|jumbled)\b|\bslurring\b"),
        new(Symptom.StrokeSigns, @"\b(?:cannot|could not|unable to|not able to)\s+move\s+(?:the\s+|my\s+|her\s+|his\s+|their\s+)?(?:left|right|one)\s+side\b|\bone side of\s+(?:my|her|his|their|the)\s+(?:body|face)\s+(?:(?:is|has|went|gone|feels|suddenly|become|became)\s+){0,2}(?:weak|numb|drooping|droopy|paralysed|paralyzed|dead|heavy|limp)\b|\b(?:weakness|numbness|paralysis)\s+(?:on|down|in)\s+one side\b"),
        new(Symptom.StrokeSigns, @"\b(?:mini[ -]?)?strokes?\b(?:\s+(?<x>of))?", NotOtherStroke),
        new(Symptom.Seizure, @"\b(?:seizures?|seizing|convuls(?:ing|ions?|ed|es|e))\b(?:\s+(?<x>medication|medications|medicine|medicines|meds|drugs?|tablets|pills|threshold|up))?", NotSeizureHistoryOrDrug),
        new(Symptom.Seizure, @"\b(?:having|had|has|have|gone into|went into|another)\s+(?:a\s+|another\s+)?fits?\b(?:\s+(?<x>of))?", NotFitOf),
        new(Symptom.Seizure, @"\b(?:is|was|am|are|started|starts|keeps|kept|been)\s+fitting\b(?:\s+(?<x>in|into|for|with|room|appointment|session))?", NotFitOf),

        new(Symptom.PleuriticChestPain, $@"\b(?:hurts|hurt|hurting|painful|pain|sore|stabbing|sharp|worse|sharper|catches|catching)\s+(?:[a-z]+\s+){{0,3}}(?:to|when|if|with|on|while|as|whenever)\s+{Breathe}"),
        new(Symptom.PleuriticChestPain, @"\bpleuritic\b|\b(?:painful|sore) breathing\b|\bbreathing\s+(?:in\s+)?(?:hurts|is painful|is sore|makes (?:it|my chest) (?:hurt|worse))\b|\b(?:deep\s+)?breaths?\s+(?:hurt|hurts|are painful|is painful)\b"),

        new(Symptom.ShortnessOfBreath, @"\bshort(?:ness)?[\s-]+of[\s-]+breathe?\b|\bbreathless(?:ness)?\b|\bout of breathe?\b|\bshort of air\b|\bwinded\b|\bdyspno?ea\b|\bhuffing and puffing\b", SuddenIfSaid),
        new(Symptom.ShortnessOfBreath, @"\b(?:cannot|could not|can barely|can hardly|not able to|unable to)\s+(?:catch|get)\s+(?:my|her|his|their|a|your)\s+breathe?\b", SuddenIfSaid),
        new(Symptom.ShortnessOfBreath, @"\b(?:struggling to|struggle to|struggles to|hard to|difficult to|trouble|difficulty|difficulties|struggling|problems?|hard time|issues)\s+(?:with\s+)?breath(?:e|ing)?\b", SuddenIfSaid),
        new(Symptom.SevereShortnessOfBreath, @"\b(?:cannot|could not|can barely|can hardly|unable to|not able to)\s+breathe?\b|\b(?:cannot|could not) get enough (?:air|oxygen|breath)\b|\bgasping\b|\bstruggling for (?:breath|air)\b|\bnot getting enough (?:air|oxygen)\b|\bair hunger\b|\b(?:lips|face|fingers) (?:are |is |turning |turned |going |gone )?blue\b|\bturning blue\b"),
        new(Symptom.ShortnessOfBreath, @"\b(?:laboured|labored|heavy|difficult|troubled)\s+breathing\b|\bbreathing\s+(?:problems?|difficult(?:y|ies)|issues?|trouble)\b", SuddenIfSaid),
        new(Symptom.ShortnessOfBreath, @"\bbreathing\s+(?:is\s+|has\s+(?:been|become|got|gotten)\s+|got\s+|feels\s+|became\s+)?(?:[a-z]+\s+)?(?:difficult|hard|laboured|labored|worse|heavy|a struggle|harder)\b", SuddenIfSaid),

        new(Symptom.FastBreathing, @"\bbreathing\s+(?:(?:very|really|so|too|is|was|has been|and|much)\s+){0,3}(?:fast|quickly|quick|rapidly|rapid)\b|\b(?:fast|rapid|quick|rapid shallow|shallow rapid|fast shallow|shallow fast)\s+breathing\b|\btachypno?ea\b|\bpanting\b|\bhyperventilat(?:ing|ion|e|ed)\b|\bbreathing rate\s+(?:is\s+)?(?:high|fast|up)\b"),

        new(Symptom.CoughingUpBlood, @"\bcough(?:ing|ed|s)?\s+(?:up\s+)?(?:some\s+|a\s+(?:bit|little|lot)\s+of\s+|bright\s+red\s+|red\s+)?(?:blood|bloody)\b"),
        new(Symptom.CoughingUpBlood, @"\b(?:spit|spitting|spat|spits|hawking|bringing)\s+(?:up\s+)?(?:some\s+)?blood\b|\bblood\s+(?:when|after|while|as)\s+(?:i\s+|she\s+|he\s+)?cough(?:ing|s|ed)?\b|\bha?emoptysis\b"),
        new(Symptom.CoughingUpBlood, @"\bblood(?:y|-streaked|-stained| streaked| stained)?\s+(?:in\s+(?:my\s+|her\s+|his\s+|the\s+)?)?(?:sputum|phlegm|spit|mucus|saliva)\b|\b(?:sputum|phlegm|mucus)\s+(?:(?:is|was|has|with|looks|had|streaked|tinged|some)\s+){0,3}(?:blood|bloody|red|pink|blood-streaked|bloodstained)\b"),

        new(Symptom.RacingHeart, @"\b(?:heart|pulse|heartbeat|heart beat|heart rate)\s+(?:(?:is|was|keeps|has been|feels|feel|seems|keep|been|going|really|very|so|beating|beats)\s+){0,3}(?:racing|pounding|very fast|so fast|really fast|too fast|fast|rapid|rapidly|going crazy|through the roof|out of my chest)\b"),
        new(Symptom.RacingHeart, @"\b(?:racing|pounding|rapid|fast|galloping)\s+(?:heart|heartbeat|heart beat|heart rate|pulse)\b|\btachycardi(?:a|c)\b"),

        // A stated heart rate above 100 a minute is a fast (racing) heart.
        new(Symptom.RacingHeart, @"\b(?:heart rate|pulse|hr)\s+(?:(?:is|was|of|at|about|around|now|up to)\s+)?(?:10[1-9]|1[1-9]\d|2\d\d)\b"),

        new(Symptom.Palpitations, @"\bpalpitations?\b|\b(?:skipped|missed|extra)\s+(?:heart\s*)?beats?\b|\birregular\s+(?:heart\s*beat|heartbeat|pulse|heart rhythm|rhythm)\b|\bthumping heart\b"),
        new(Symptom.Palpitations, @"\b(?:heart|heartbeat|heart beat)\s+(?:(?:is|keeps|keep|feels|seems|has been|been|sometimes)\s+){0,2}(?:fluttering|flutters|flutter|skipping|skips|skipped|irregular|jumping|flip-flopping|flipping|thumping|missing beats|missing a beat)\b|\bflutter(?:ing)?\s+(?:feeling\s+)?in\s+(?:my\s+|her\s+|his\s+)?chest\b"),

        new(Symptom.Fainting, @"\bfaint(?:ed|ing|s)\b|\bfaint\s+(?:spell|episode|feeling)s?\b|\bpass(?:ed|ing|es)?\s+out\b|\bblack(?:ed|ing)?\s+out\b|\bblackouts?\b|\blos(?:t|ing|e)\s+consciousness\b|\bcollaps(?:ed|ing|e|es)\b|\bsyncop(?:e|al)\b|\bunconscious\b|\bunresponsive\b|\bkeeled over\b|\b(?:cannot|could not) wake (?:her|him|them|me)\b|\b(?:will|would) not wake up\b"),
        new(Symptom.Fainting, @"\b(?:(?:very|really|so|too)\s+)?(?:hard|difficult|impossible|difficulty|trouble|struggling|struggle)\s+(?:to\s+)?(?:wake|waking|rouse|rousing|arouse)(?:\s+(?:her|him|them|me|up))*\b(?:\s+(?<x>in the mornings?|every morning|most mornings|on time|early|for work|for school))?", NotHabitualWaking),
        new(Symptom.Fainting, @"\b(?:cannot|could not|can barely|can hardly|could barely|could hardly)\s+(?:be\s+)?(?:wake|woken|waken|wakened|rouse|roused)\b(?:\s+(?:her|him|them|me|up))*(?:\s+(?<x>in the mornings?|every morning|most mornings|on time|early|for work|for school))?", NotHabitualWaking),
        new(Symptom.Fainting, @"\b(?:feel|feels|feeling|felt|going to|gonna|about to|almost|nearly|might|could|would)\s+(?:[a-z]+\s+)?faint\b(?:\s+(?<x>[a-z]+))?", NotFaintAdjective),

        new(Symptom.Confusion, @"\bconfus(?:ed|ion)\b(?:\s+(?<x>about|by|with|as|why|what|how|whether|if|regarding|on|over|at|because|between|re|around|when))?", NotPuzzled),
        new(Symptom.Confusion, @"\bdisorient(?:ed|ated|ation)\b|\bdelirious\b|\bdelirium\b|\btalking nonsense\b|\bmuddled\b|\b(?:acting|behaving) (?:strangely|strange|odd|oddly|weird|weirdly)\b|\b(?:does|do|did) not (?:know|recognise|recognize) (?:where|who|what day|what year|me|us)\b"),

        // Legs: the noun's number decides the side ("my calf" = one leg; "my ankles", "both legs" = both).
        new(Symptom.OneSidedLegSwelling, $@"\b(?:swollen|swelled|swelling|puffy|puffed|enlarged|bloated)\s+(?:up\s+)?(?:(?:in|of|on|around)\s+)?{Det}(?<n>{AnyLeg})\b", SwellingSide),
        new(Symptom.OneSidedLegSwelling, $@"\b(?<n>{AnyLeg})\s+(?:(?:is|are|was|were|has|have|had|been|got|gotten|getting|gone|become|became|look|looks|looked|feel|feels|felt|seem|seems|really|very|so|quite|a|bit|little|lot|more|also|all|now|still|suddenly|badly|and|ankle|ankles|foot|feet|started|starting|to)\s+){{0,4}}(?:swollen|swelling|swelled|swell|swells|puffy|puffed up|bigger|larger|enlarged|fat|fatter|ballooned|blown up|twice the size|oedema|edema|oedematous|edematous)\b", SwellingSide),
        new(Symptom.OneSidedLegSwelling, $@"\b(?:oedema|edema|fluid)\s+(?:in|of|on)\s+{Det}(?<n>{AnyLeg})\b", SwellingSide),
        new(Symptom.OneSidedLegPain, $@"\b(?<n>{UpperLeg})\s+(?:(?:is|are|was|has|have|been|feels?|felt|really|very|so|quite|a|bit|little|also|now|still|suddenly|getting|become|gone|started|swollen|red|warm|hot|and)\s+){{0,3}}(?:pain|pains|painful|ache|aches|aching|achy|cramp|cramps|cramping|hurts|hurt|hurting|sore|tender|throbbing|killing me)\b", OneSideOnly(Symptom.OneSidedLegPain)),
        new(Symptom.OneSidedLegPain, $@"\b(?:pain|pains|ache|aches|aching|cramp|cramps|cramping|soreness|tenderness|throbbing)\s+(?:in|of|behind|down|on)\s+{Det}(?<n>{UpperLeg})\b|\b(?:painful|sore|aching|achy|tender|throbbing|hurting)\s+{Det}(?<n>{UpperLeg})\b", OneSideOnly(Symptom.OneSidedLegPain)),
        new(Symptom.OneSidedLegWarmth, $@"\b(?<n>{UpperLeg}|ankles|ankle|feet|foot)\s+(?:(?:is|are|was|feels?|felt|looks?|really|very|so|quite|a|bit|little|also|now|and|red|swollen)\s+){{0,3}}(?:warm|warmer|hot|hotter|burning)\b|\b(?:warm|hot|warmth|heat)\s+(?:(?:in|on|of|to)\s+)?{Det}(?<n>{UpperLeg})\b", OneSideOnly(Symptom.OneSidedLegWarmth)),
        new(Symptom.OneSidedLegRedness, $@"\b(?<n>{UpperLeg}|ankles|ankle)\s+(?:(?:is|are|was|has|have|gone|turned|become|looks?|looked|feels?|really|very|so|quite|a|bit|little|also|now|and|warm|hot|swollen)\s+){{0,3}}(?:red|reddened|redder|discoloured|discolored|purple|blotchy|flushed)\b|\b(?:red|reddened|redness|discolou?ration|discolou?red)\s+(?:(?:patch|area|skin|streak|streaks)\s+)?(?:(?:in|on|of|over)\s+)?{Det}(?<n>{UpperLeg})\b", OneSideOnly(Symptom.OneSidedLegRedness)),

        // Neurological signs (S51, S52).
        new(Symptom.RadicularPain, $@"\bradicular\b|\bsciatica\b|\bshooting\s+(?:nerve\s+)?pains?\s+(?:down|into|in|through|along|around)\s+{Det}(?:legs|leg|arms|arm|buttocks|buttock|bum|hip|chest|ribs|body|thighs|thigh|calf)\b", NotChestPain),
        new(Symptom.RadicularPain, $@"\b(?:pain|pains|ache)\s+(?:that\s+)?(?:shoots?|shooting|radiates?|radiating|travels?|travelling|traveling|spreads?|spreading|runs?|running|goes|going)\s+(?:down|into|to|around|along|through)\s+{Det}(?:legs|leg|arms|arm|buttocks|buttock|bum|feet|foot|ribs|chest|thighs|thigh|calves|calf|knees|knee|side|body)\b", NotChestPain),
        new(Symptom.RadicularPain, $@"\bband(?:-like)?\s+(?:of\s+)?pain\b|\bpain\s+(?:like\s+a\s+band|wrapping|wraps|that wraps)\s+around\b|\bnerve\s+pain\s+(?:in|down|into)\s+{Det}(?:legs|leg|arms|arm)\b|\belectric(?:al)?\s+shocks?\b"),
        new(Symptom.LimbWeakness, @"\b(?:legs|leg|arms|arm|limbs|limb|hands|hand|knees|knee)\s+(?:(?:is|are|feel|feels|feeling|felt|have|has|got|gone|went|keep|keeps|kept|been|getting|becoming|become|so|very|really|a|bit|kind|of|quite|suddenly|all|too|little|lot|now|just|seem|seems)\s+){0,4}(?:weak|weaker|week|weakening|heavy|like jelly|jelly|wobbly|floppy|giving way|give way|gave way|buckling|buckle|buckled|giving out|gave out|give out|useless|dead)\b"),
        new(Symptom.LimbWeakness, $@"\bweak(?:ness)?\s+(?:in|of)\s+{Det}(?:legs|leg|arms|arm|limbs|limb|hands|hand)\b|\b(?:legs|leg|arms|arm|limbs|limb)\s+weakness\b|\bweak\s+{Det}(?:legs|leg|arms|arm|limbs|knees)\b|\bjelly\s+legs\b|\bfoot\s+drop\b|\bparaly(?:sis|sed|zed|se|ze)\b"),
        new(Symptom.LimbWeakness, $@"\b(?:cannot|could not|unable to|not able to)\s+(?:lift|move|raise)\s+{Det}(?:legs|leg|arms|arm|feet|foot)\b"),
        new(Symptom.DifficultyWalking, @"\b(?:difficulty|difficulties|trouble|problems?|struggling|struggle|struggles|hard time|issues?)\s+(?:with\s+)?walking\b|\b(?:cannot|could not|unable to|not able to)\s+(?:walk|stand up|stand on)\b|\bcan\s+(?:barely|hardly|only just)\s+(?:walk|stand)\b|\bunable to stand\b"),
        new(Symptom.DifficultyWalking, @"\b(?:hard|difficult|impossible|tricky)\s+to\s+walk\b|\bwalking\s+(?:is|has become|has been|became|feels)\s+(?:[a-z]+\s+)?(?:difficult|hard|impossible|unsteady|wobbly|a struggle|harder)\b|\bunsteady\b|\b(?:keep|keeps|kept)\s+(?:falling|stumbling|tripping)\b|\bstumbling\b|\bstaggering\b|\bfalling over\b|\blos(?:ing|t)\s+(?:my\s+|her\s+|his\s+)?balance\b|\b(?:legs|leg|knees|knee)\s+(?:keep\s+|keeps\s+)?(?:giving way|giving out|gave way|gave out)\b"),
        new(Symptom.NumbnessOrSensoryLoss, @"\bnumb(?:ness|ed)?\b|\bpins and needles\b|\btingl(?:ing|y|e|es)\b|\blos(?:s|t|ing)\s+(?:of\s+)?(?:the\s+)?(?:feeling|sensation)\b|\bno\s+(?:feeling|sensation)\s+in\b|\bsaddle\s+(?:numbness|ana?esthesia)\b|\bdead\s+(?:leg|legs|feeling)\b"),
        new(Symptom.NumbnessOrSensoryLoss, @"\b(?:cannot|could not)\s+feel\s+(?:my|her|his|the)\s+(?:legs|leg|feet|foot|toes|toe|arms|arm|hands|hand|fingers|finger|bottom|bum|groin|backside)\b"),
        new(Symptom.BladderOrBowelDysfunction, @"\b(?:cannot|could not|unable to|not able to)\s+(?:control|hold)\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:bladder|bowels|bowel|pee|urine|wee|poo|poop|stool|water)\b|\b(?:lost|losing|loss of|no)\s+(?:(?:my|her|his)\s+)?(?:bladder|bowel)\s+control\b|\b(?:lost|losing|loss of|no)\s+control\s+(?:of|over)\s+(?:my\s+|her\s+|his\s+)?(?:bladder|bowels|bowel)\b"),
        new(Symptom.BladderOrBowelDysfunction, @"\bincontinen(?:t|ce)\b|\b(?:wet|wetting|peed|pooped|pooed|soiled|soiling|messed)\s+(?:myself|herself|himself|themselves|the bed)\b|\b(?:cannot|could not|unable to|not able to)\s+(?:pee|urinate|wee|pass urine|pass water|empty (?:my\s+)?bladder)\b|\b(?:difficulty|trouble|problems?|struggling)\s+(?:peeing|urinating|passing urine|passing water|controlling (?:my\s+)?(?:bladder|bowels|bowel))\b"),
        new(Symptom.BladderOrBowelDysfunction, @"\burinary\s+retention\b|\bleaking\s+(?:urine|pee|wee|stool|poo)\b|\bbladder\s+(?:problems?|issues?|accidents?)\b|\bbowel\s+(?:accidents?|incontinence)\b|\b(?:cannot|could not)\s+feel\s+(?:when\s+)?(?:i|she|he)\s+need\s+to\s+(?:pee|go|wee|poo)\b"),

        new(Symptom.SpinalPain, @"\b(?:back|spine|spinal|neck|lumbar|thoracic)\s+(?:pain|pains|ache|aches|aching|hurts|hurt|hurting|is\s+(?:[a-z]+\s+)?(?:sore|painful|hurting|aching|killing me|agony)|feels\s+(?:[a-z]+\s+)?(?:sore|painful))\b|\b(?:backache|backaches|backpain)\b"),
        new(Symptom.SpinalPain, $@"\b(?:pain|pains|ache|aching|soreness)\s+(?:in|along|across|down)\s+{Det}(?:back|spine|neck)\b|\b(?:sore|painful|bad|achy|aching|hurting)\s+(?:(?:lower|upper|mid|middle)\s+)?(?:back|spine|neck)\b"),

        // Bleeding (§9 row 7; S49).
        new(Symptom.PersistentNosebleed, @"\bnosebleeds?\b|\bnose\s+(?:is\s+|keeps\s+|has been\s+|will not stop\s+|started\s+)?bleeding\b|\bbleeding\s+(?:from|out of)\s+(?:my|her|his|the)\s+nose\b|\bbloody nose\b|\bepistaxis\b"),
        new(Symptom.BlackOrBloodyStools, @"\bblack\s+(?:tarry\s+|sticky\s+)?(?:stools|stool|poos|poo|poop|bowel movements?|faeces|feces|diarrhoea|diarrhea)\b|\btarry\s+(?:stools|stool|poo|poop)\b|\bmela?ena\b|\bbloody\s+(?:stools|stool|poo|poop|diarrhoea|diarrhea|bowel movements?)\b|\brectal bleeding\b|\bpooping blood\b|\bpassing blood\b"),
        new(Symptom.BlackOrBloodyStools, @"\bblood\s+(?:in|on|with)\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:stools|stool|poos|poo|poop|faeces|feces|bowel movements?|toilet paper|diarrhoea|diarrhea)\b|\b(?:stools|stool|poos|poo|poop|bowel movements?)\s+(?:(?:is|are|was|were|look|looks|looked|has been|have been|turned|gone)\s+){0,2}(?:black|tarry|bloody|red|maroon)\b|\bbleeding from\s+(?:my|her|his|the)\s+(?:bottom|rectum|back passage|anus|bum)\b"),
        new(Symptom.BloodInUrine, @"\bblood\s+in\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:urine|pee|wee)\b|\b(?:peeing|pissing|urinating|weeing)\s+blood\b|\b(?:urine|pee|wee)\s+(?:(?:is|was|looks|looked|has been|turned|gone)\s+){0,2}(?:red|bloody|pink)\b|\b(?:bloody|red|pink)\s+(?:urine|pee|wee)\b|\bha?ematuria\b"),
        new(Symptom.UnusualBruising, @"\bbruis(?:es|ing)\b(?:\s+(?<x>from|after|at|around|where|on the injection|caused))?", ExplainedBruising),
        new(Symptom.UnusualBruising, @"\b(?:unusual|unexplained|strange|weird|random|easy|new|lots of|a lot of|many)\s+bruis(?:es|ing|e)\b|\bbruis(?:e|es)\s+(?:very\s+|so\s+|really\s+)?easily\b|\bpetechiae\b|\btiny red (?:spots|dots)\b"),
        new(Symptom.VomitingBlood, @"\b(?:vomit|vomiting|vomited|throwing up|threw up|throw up|puking|puked|being sick)\s+(?:up\s+)?(?:some\s+)?blood\b|\bblood\s+in\s+(?:my\s+|her\s+|his\s+|the\s+)?(?:vomit|sick)\b|\bha?ematemesis\b|\bcoffee[ -]grounds?\s+vomit"),
        new(Symptom.OtherUnusualBleeding, @"\bbleeding\s+(?:[a-z]+\s+){0,2}(?:that\s+|which\s+)?(?:will not|would not|does not|did not|do not|cannot|is not|are not|has not|have not)\s+stop(?:ped|ping)?\b|\bbleeding gums\b|\bgums\s+(?:(?:are|keep|have been|started|keeps)\s+)?bleeding\b|\b(?:will not|would not|does not|cannot)\s+stop\s+bleeding\b|\bbleeding\s+(?:heavily|a lot|badly|profusely)\b|\bheavy bleeding\b"),

        new(Symptom.NewOrWorseCough, @"\bcough(?:s|ing|ed)?\b(?:\s+(?<x>syrup|medicine|mixture|drops|sweets|lozenges?|suppressant))?", CoughAsSymptom),
    ];

    private static readonly Regex s_spinalUpperOrNeck = new(
        @"\b(?:upper back|mid back|mid-back|middle back|middle of my back|middle of the back|between (?:my\s+|the\s+)?shoulder ?blades|thoracic|cervical|neck)\b", Options);

    private static readonly Regex s_spinalProgressiveOrSevere = new(
        @"\b(?:(?:getting|gets|got|grown|growing|becoming|become|became|gone)\s+(?:[a-z]+\s+)?worse|worse and worse|worsening|progressive|progressively|increasing|increasingly|more and more|severe|excruciating|unbearable|terrible|agony|agonising|agonizing|worst|constant|unrelenting|unremitting|relentless|(?:9|10)\s*(?:/|out of)\s*10|really bad|very bad|so bad)\b", Options);

    private static readonly Regex s_spinalStraining = new(
        $@"\b(?:worse|hurts|hurt|painful|pain|agony|sharper)\s+(?:[a-z]+\s+){{0,2}}(?:when|if|with|on|while|whenever)\s+(?:i\s+|she\s+|he\s+)?(?:cough|coughing|sneeze|sneezing|strain|straining|lift|lifting|push|pushing|go to the toilet|poo|pooping|laugh|laughing|bear down|bearing down|open my bowels)\b|\b(?:coughing|sneezing|straining)\s+(?:or\s+[a-z]+\s+)?makes? it worse\b|\bstraining\b", Options);

    private static readonly Regex s_spinalTenderness = new(
        @"\btender(?:ness)?\b|\b(?:sore|painful) to (?:the )?touch\b|\bhurts (?:when|if) (?:i|you|someone|she|he|my [a-z]+) (?:press|presses|pressed|touch|touches|touched|push|pushes)\b|\bwhen pressed\b", Options);

    private static readonly Regex s_spinalNight = new(
        @"\b(?:at night|night-time|night time|nighttime|nightly|nocturnal|overnight|in the night|middle of the night|wakes me|woke me|waking me|wake me|wakes her|wakes him|keeps me (?:up|awake)|cannot sleep|unable to sleep|in bed|lying (?:down|flat))\b", Options);

    /// <summary>Every symptom phrase in the sentence, in text order (overlaps allowed: "coughing up blood" is also a cough).</summary>
    public static List<PhraseMatch> Find(string sentence)
    {
        var found = new List<PhraseMatch>();
        foreach (var entry in s_entries)
        {
            foreach (Match match in entry.Pattern.Matches(sentence))
            {
                var symptom = entry.Refine is null ? entry.Symptom : entry.Refine(match, sentence);
                if (symptom is { } kept)
                {
                    found.Add(new PhraseMatch(kept, match.Index, match.Index + match.Length));
                }
            }
        }

        found.Sort((left, right) => left.Start.CompareTo(right.Start));
        return found;
    }

    /// <summary>The NICE CG75 (S51) features of spinal pain stated in the text around a spinal pain phrase.</summary>
    public static SpinalPainFeatures SpinalFeatures(string text)
    {
        var features = SpinalPainFeatures.None;
        if (s_spinalUpperOrNeck.IsMatch(text))
        {
            features |= SpinalPainFeatures.ThoracicOrCervical;
        }

        if (s_spinalProgressiveOrSevere.IsMatch(text))
        {
            features |= SpinalPainFeatures.ProgressiveOrSevereLumbar;
        }

        if (s_spinalStraining.IsMatch(text))
        {
            features |= SpinalPainFeatures.WorseOnStraining;
        }

        if (s_spinalTenderness.IsMatch(text))
        {
            features |= SpinalPainFeatures.LocalTenderness;
        }

        if (s_spinalNight.IsMatch(text))
        {
            features |= SpinalPainFeatures.WakesAtNight;
        }

        return features;
    }

    // "hard to wake up in the mornings" is tiredness; "hard to wake her" is an emergency.
    private static Symptom? NotHabitualWaking(Match match, string sentence) =>
        match.Groups["x"].Success ? null : Symptom.Fainting;

    private static Symptom? ShakingWithFeverCue(Match match, string sentence) =>
        !match.Groups["x"].Success && (s_feverOrColdCue.IsMatch(sentence) || TemperatureReader.Find(sentence).Count > 0)
            ? Symptom.ShakingChills
            : null;

    // "chest pain spreading to my arm" is a heart attack sign, not nerve pain from the spine.
    private static Symptom? NotChestPain(Match match, string sentence) =>
        TextWindow.Before(sentence, match.Index, 6) == "chest " ? null : Symptom.RadicularPain;

    // "heat stroke", "breast stroke", "a stroke of luck" are not strokes.
    private static Symptom? NotOtherStroke(Match match, string sentence)
    {
        var before = TextWindow.Before(sentence, match.Index, 10);
        return match.Groups["x"].Success || before.EndsWith("heat ", StringComparison.Ordinal) || before.EndsWith("sun ", StringComparison.Ordinal)
            || before.EndsWith("breast ", StringComparison.Ordinal) || before.EndsWith("brush ", StringComparison.Ordinal)
            || before.EndsWith("back ", StringComparison.Ordinal) || before.EndsWith("swimming ", StringComparison.Ordinal)
            || before.EndsWith("pen ", StringComparison.Ordinal)
            ? null
            : Symptom.StrokeSigns;
    }

    // "a history of seizures" and "anti-seizure medication" do not report a seizure now.
    private static Symptom? NotSeizureHistoryOrDrug(Match match, string sentence)
    {
        var before = TextWindow.Before(sentence, match.Index, 12);
        return match.Groups["x"].Success || before.EndsWith("history of ", StringComparison.Ordinal) || before.EndsWith("anti-", StringComparison.Ordinal)
            ? null
            : Symptom.Seizure;
    }

    // "had a fit of coughing", "fitting in", "fitting for a prosthesis" are not seizures.
    private static Symptom? NotFitOf(Match match, string sentence) =>
        match.Groups["x"].Success ? null : Symptom.Seizure;

    private static Symptom? NotHayFever(Match match, string sentence) =>
        TextWindow.Before(sentence, match.Index, 4) == "hay " ? null : Symptom.FeverWithoutReading;

    // OncoLink (S50) names *sudden* shortness of breath as a sign of pulmonary embolism.
    private static Symptom? SuddenIfSaid(Match match, string sentence) =>
        s_sudden.IsMatch(TextWindow.Before(sentence, match.Index, 120) + " " + TextWindow.After(sentence, match.Index, 160))
            ? Symptom.SuddenShortnessOfBreath
            : Symptom.ShortnessOfBreath;

    // "I feel a faint pain" uses faint as "slight"; "I feel faint" is near-fainting.
    private static Symptom? NotFaintAdjective(Match match, string sentence) =>
        match.Groups["x"].Value is "pain" or "ache" or "line" or "rash" or "mark" or "smell" or "taste" or "sound" or "tingling"
            or "bruise" or "bruising" or "numbness" or "pressure" or "burning" or "hope" or "twinge" or "itch" or "glow"
            ? null
            : Symptom.Fainting;

    // "confused about my results" is puzzlement, not confusion.
    private static Symptom? NotPuzzled(Match match, string sentence) =>
        match.Groups["x"].Success ? null : Symptom.Confusion;

    private static Symptom? ExplainedBruising(Match match, string sentence) =>
        match.Groups["x"].Success ? null : Symptom.UnusualBruising;

    // A cough in "worse when I cough" is a trigger of pain, not a symptom; "cough syrup" is a medicine.
    private static Symptom? CoughAsSymptom(Match match, string sentence)
    {
        var before = TextWindow.Before(sentence, match.Index, 8);
        return match.Groups["x"].Success
            || before.EndsWith("when i ", StringComparison.Ordinal) || before.EndsWith("if i ", StringComparison.Ordinal)
            || before.EndsWith("when ", StringComparison.Ordinal) || before.EndsWith("while ", StringComparison.Ordinal)
            || before.EndsWith("on ", StringComparison.Ordinal)
            ? null
            : Symptom.NewOrWorseCough;
    }

    private static Symptom? SwellingSide(Match match, string sentence) =>
        IsOneSided(match, sentence) ? Symptom.OneSidedLegSwelling : Symptom.LegSwelling;

    private static Func<Match, string, Symptom?> OneSideOnly(Symptom symptom) =>
        (match, sentence) => IsOneSided(match, sentence) ? symptom : null;

    /// <summary>
    /// One leg when the noun is singular ("my calf", "a swollen leg", "leg swelling"), unless "both" is said; both legs
    /// when it is plural ("my ankles"), unless "one of my legs" is said. A bare singular counts as one-sided: safety first.
    /// </summary>
    private static bool IsOneSided(Match match, string sentence)
    {
        var noun = match.Groups["n"];
        var lead = sentence[Math.Max(0, match.Index - 20)..noun.Index];
        var plural = noun.Value is "legs" or "calves" or "calfs" or "thighs" or "ankles" or "feet" or "shins";
        return plural
            ? lead.Contains("one of", StringComparison.Ordinal)
            : !lead.Contains("both", StringComparison.Ordinal) && !TextWindow.After(sentence, match.Index, 80).Contains(" both ", StringComparison.Ordinal);
    }

    private sealed record Entry(Symptom Symptom, Regex Pattern, Func<Match, string, Symptom?>? Refine)
    {
        public Entry(Symptom symptom, string pattern, Func<Match, string, Symptom?>? refine = null)
            : this(symptom, new Regex(pattern, Options), refine)
        {
        }
    }
}
