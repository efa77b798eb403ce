namespace Cairn.Clinical;

/// <summary>Every clinical decision carries a plain-language reason and the catalogue sources it rests on.</summary>
public interface IClinicalFinding
{
    /// <summary>One or two plain-language sentences explaining the result.</summary>
    string Reason { get; }

    /// <summary>Ids in <see cref="Sources.ClinicalSources"/> ("S1".."S53") the rule rests on; never empty.</summary>
    IReadOnlyList<string> SourceIds { get; }
}
