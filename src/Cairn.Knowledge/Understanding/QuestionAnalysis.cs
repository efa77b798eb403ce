namespace Cairn.Knowledge.Understanding;

/// <summary>What Cairn understood of a question before searching.</summary>
/// <param name="Question">The cleaned question.</param>
/// <param name="Kinds">What the question asks for; never empty (defaults to <see cref="QuestionKind.Meaning"/>).</param>
/// <param name="Concepts">Vocabulary concepts the question names.</param>
/// <param name="CancerTypes">Cancer types the question names (HER2 and anti-HER2 drugs imply breast cancer).</param>
/// <param name="Topic">Display topic, e.g. "HER2-Positive Breast Cancer"; null when none was detected.</param>
/// <param name="Parts">The question split into its parts ("what does X mean", "how is it monitored"), each made
/// self-contained by carrying the subject of the first part.</param>
public sealed record QuestionAnalysis(
    string Question,
    IReadOnlySet<QuestionKind> Kinds,
    IReadOnlyList<MedicalConcept> Concepts,
    IReadOnlyList<string> CancerTypes,
    string? Topic,
    IReadOnlyList<QuestionPart> Parts);
