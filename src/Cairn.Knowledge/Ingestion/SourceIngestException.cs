namespace Cairn.Knowledge.Ingestion;

/// <summary>A file could not be ingested (unsupported type, empty, too large, malformed). The message says why.</summary>
public sealed class SourceIngestException : Exception
{
    public SourceIngestException()
    {
    }

    public SourceIngestException(string message)
        : base(message)
    {
    }

    public SourceIngestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
