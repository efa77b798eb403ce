namespace Cairn.Knowledge.Understanding;

/// <summary>What a question asks for. A question can be of several kinds.</summary>
public enum QuestionKind
{
    Meaning,
    Testing,
    Monitoring,
    Treatment,
    SideEffects,
    Prognosis,
    Symptoms,
    Living,
}
