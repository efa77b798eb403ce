namespace Cairn.Core.Safety;

/// <summary>Finds red-flag symptoms in free text (a question, a note) so the urgent message can come first.</summary>
public interface ISymptomTriage
{
    /// <summary>Assesses free text. Pure and thread-safe; never throws for any string (empty text gives none).</summary>
    /// <remarks>Handles negation ("no fever"), temperatures in °C and °F, and near misses (37.9 °C is not a fever).</remarks>
    TriageResult Assess(string text);
}
