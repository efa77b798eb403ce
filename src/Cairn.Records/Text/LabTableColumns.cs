namespace Cairn.Records.Text;

/// <summary>
/// Column positions of a lab table, from its header row (-1 when absent), and how its cells are separated. A table
/// aligned with runs of spaces (no separator) also keeps where each header cell starts in its line, so a row with an
/// empty cell (a blank FLAG column) is read by position rather than by counting cells.
/// </summary>
internal sealed record LabTableColumns(char? Separator, int Name, int Result, int Unit, int Reference, int Date, int Lab, IReadOnlyList<int>? ColumnStarts = null);
