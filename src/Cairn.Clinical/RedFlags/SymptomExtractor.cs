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
/// wins). A fever complaint is cancelled by a reading below 38.0 °C only when that reading is the complaint's own
/// current reading in the same sentence ("a fever of 37.8"); a reading from earlier or from another person is not the
/// person's current temperature and is left out. The context says nothing about a known cancer unless the text does;
/// <see cref="RedFlagTriage"/> adds it.</para>
/// </remarks>
public static class SymptomExtractor
{
    /// <summary>Extracts the report from free text.</summary>
    public static SymptomReport Extract(string? text)
    {
        var sentences = TextSentence.Split(TextNormalizer.Normalize(text));
        var symptoms = new HashSet<Symptom>();
        var spinalFeatures = SpinalPainFeatures.None;

        // Where each reported fever complaint and each reported reading stands, so that a reading replaces the word
        // only when it is that complaint's own current reading (see FeverReadingLink).
        var feverComplaints = new List<(int Sentence, int Start, int End)>();
        var readings = new List<(int Sentence, TemperatureMatch Reading)>();

        // Phrases of the previous sentence set aside only because it was a general question.
        var askedAbout = new List<PhraseMatch>();
        var askedTemperatures = new List<TemperatureMatch>();
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            if (sentence.RefersBack)
            {
                // "Can Enhertu cause a cough? I have had it for a week." reports the cough.
                askedAbout.ForEach(phrase => AddPhrase(index - 1, phrase));
                askedTemperatures.ForEach(reading => readings.Add((index - 1, reading)));
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
                    AddPhrase(index, phrase);
                }
                else if (sentence.IsGeneralMention(phrase.Start, phrase.End, spans))
                {
                    askedAbout.Add(phrase);
                }
            }

            foreach (var reading in temperatures)
            {
                if (sentence.IsReported(reading.Start, reading.End, spans))
                {
                    readings.Add((index, reading));
                }
                else if (sentence.IsGeneralMention(reading.Start, reading.End, spans))
                {
                    askedTemperatures.Add(reading);
                }
            }

            if (symptoms.Contains(Symptom.SpinalPain) && phrases.Any(phrase => phrase.Symptom == Symptom.SpinalPain))
            {
                // The features may follow in the next sentence: "My back hurts. It wakes me at night."
                var around = index + 1 < sentences.Count ? sentence.Text + " " + sentences[index + 1].Text : sentence.Text;
                spinalFeatures |= SymptomLexicon.SpinalFeatures(around);
            }
        }

        var highest = readings.Aggregate((BodyTemperature?)null, (current, reading) => Higher(current, reading.Reading.Temperature));

        // A reading wins over the word only when it is the complaint's own current reading: "a fever of 37.8" is not
        // a fever by the 38.0 °C rule (§9 table), but "temp 37.4 this morning, now feverish" or "my husband's
        // temperature is 36.5 and I have a fever" still reports a fever. A reading of 38.0 °C or more is a fever
        // either way, so it is kept; lower readings that do not belong to the complaint are not the person's current
        // temperature and are left out, so the complaint counts as a fever without a reading (when in doubt, trigger).
        var feverStands = feverComplaints.Any(complaint => !readings.Any(reading =>
            reading.Sentence == complaint.Sentence
            && FeverReadingLink.Belongs(sentences[complaint.Sentence].Text, complaint.Start, complaint.End, reading.Reading.Start, reading.Reading.End)));
        if (feverStands && highest is { IsFever: false })
        {
            highest = null;
        }

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

        void AddPhrase(int sentenceIndex, PhraseMatch phrase)
        {
            symptoms.Add(phrase.Symptom);
            if (phrase.Symptom == Symptom.FeverWithoutReading)
            {
                feverComplaints.Add((sentenceIndex, phrase.Start, phrase.End));
            }
        }
    }

    private static BodyTemperature Higher(BodyTemperature? current, BodyTemperature candidate) =>
        current is null || candidate.Celsius > current.Celsius ? candidate : current;
}
