namespace Cairn.Records.Text;

/// <summary>Column positions of a lab table, from its header row (-1 when absent), and how its cells are separated.</summary>
internal sealed record LabTableColumns(char? Separator, int Name, int Result, int Unit, int Reference, int Date, int Lab);
