namespace Cairn.Core.Records;

/// <summary>A record file as the user gave it: its name (for messages and provenance) and its bytes.</summary>
public sealed record RecordFile(string Name, ReadOnlyMemory<byte> Content);
