namespace Cairn.Clinical.RedFlags;

/// <summary>
/// Turns free text (a question, a message, a note) into a <see cref="SymptomReport"/>: the red-flag symptoms the
/// person reports now, the highest temperature they give, the features of any spinal pain, and what the text says
/// about their situation. Pure, thread-safe, and never throws for any string (null or empty gives an empty report).
/// </summary>
/// <remarks>
/// <para>What counts as a report. A phrase is dropped when it is negated ("no fever", "without chest pain",
/// "denies shortness of breath", "fever: none"); negation reaches across "or" lists but stops at "but", "and",
/// a new subject ("no fever and my leg is swollen") or a comma without a following "or". Doubt is not negation:
/// "not sure if I have a fever" reports a fever. A phrase is dropped when it is hypothetical ("if I get a fever",
/// "if you have chest pain"). In a general question ("What is febrile neutropenia?", "Can trastuzumab cause heart
/// problems?", "What temperature counts as a fever during chemo?") a phrase counts only when a personal marker
/// stands next to it ("I have", "my", "she is", "since yesterday"), or when the sentence voices present worry
/// ("is this normal?"), or when the next sentence points back to it ("Can Enhertu cause a cough? I have had it for
/// a week."). Statements and bare phrases ("coughing up blood") always count.</para>
/// <para>Safety first: where the text is genuinely ambiguous the phrase counts (a bare singular "leg swelling" is
/// one-sided, "chills" are shaking chills, "pounding heart" is a racing heart, the highest of several temperatures
/// wins). The context says nothing about a known cancer unless the text does; <see cref="RedFlagTriage"/> adds it.</para>
/// </remarks>
public static class SymptomExtractor
{
    /// <summary>Extracts the report from free text.</summary>
    public static SymptomReport Extract(string? text)
    {
        var sentences = TextSentence.Split(TextNormalizer.Normalize(text));
        var symptoms = new HashSet<Symptom>();
        BodyTemperature? highest = null;
        var spinalFeatures = SpinalPainFeatures.None;

        // Phrases of the previous sentence set aside only because it was a general question.
        var askedAbout = new List<Symptom>();
        var askedTemperatures = new List<BodyTemperature>();
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            if (sentence.RefersBack)
            {
                // "Can Enhertu cause a cough? I have had it for a week." reports the cough.
                symptoms.UnionWith(askedAbout);
                askedTemperatures.ForEach(reading => highest = Higher(highest, reading));
            }

            askedAbout.Clear();
            askedTemperatures.Clear();
            var phrases = SymptomLexicon.Find(sentence.Text);
            var temperatures = TemperatureReader.Find(sentence.Text);
            var spans = sentence.WordsInPhrases(phrases.Select(phrase => (phrase.Start, phrase.End))
                .Concat(temperatures.Select(reading => (reading.Start, reading.End))));

            foreach (var phrase in phrases)
            {
                if (sentence.IsReported(phrase.Start, phrase.End, spans))
                {
                    symptoms.Add(phrase.Symptom);
                }
                else if (sentence.IsGeneralMention(phrase.Start, phrase.End, spans))
                {
                    askedAbout.Add(phrase.Symptom);
                }
            }

            foreach (var reading in temperatures)
            {
                if (sentence.IsReported(reading.Start, reading.End, spans))
                {
                    highest = Higher(highest, reading.Temperature);
                }
                else if (sentence.IsGeneralMention(reading.Start, reading.End, spans))
                {
                    askedTemperatures.Add(reading.Temperature);
                }
            }

            if (symptoms.Contains(Symptom.SpinalPain) && phrases.Any(phrase => phrase.Symptom == Symptom.SpinalPain))
            {
                // The features may follow in the next sentence: "My back hurts. It wakes me at night."
                var around = index + 1 < sentences.Count ? sentence.Text + " " + sentences[index + 1].Text : sentence.Text;
                spinalFeatures |= SymptomLexicon.SpinalFeatures(around);
            }
        }

        // A reading wins over the word: "a fever of 37.8" is not a fever by the 38.0 °C rule (§9 table).
        if (highest is not null)
        {
            symptoms.Remove(Symptom.FeverWithoutReading);
        }

        return new SymptomReport
        {
            Symptoms = symptoms,
            Temperature = highest,
            SpinalPainFeatures = symptoms.Contains(Symptom.SpinalPain) ? spinalFeatures : SpinalPainFeatures.None,
            Context = ContextLexicon.Read(sentences),
        };
    }

    private static BodyTemperature Higher(BodyTemperature? current, BodyTemperature candidate) =>
        current is null || candidate.Celsius > current.Celsius ? candidate : current;
}
