namespace Cairn.Clinical.Recist;

/// <summary>The RECIST 1.1 non-target response at one time point.</summary>
/// <param name="Response">CR, Non-CR/non-PD, PD or NE.</param>
/// <param name="Reason">One or two plain-language sentences.</param>
/// <param name="SourceIds">Catalogue ids the rule rests on.</param>
public sealed record NonTargetResponseResult(NonTargetResponse Response, string Reason, IReadOnlyList<string> SourceIds) : IClinicalFinding;
