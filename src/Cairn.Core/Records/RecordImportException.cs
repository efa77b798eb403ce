namespace Cairn.Core.Records;

/// <summary>A record file cannot be imported (malformed, empty, unsupported, too large). The message names the file
/// and the problem in words a patient can act on. Hosts map it to bad input (exit code 2, HTTP 4xx).</summary>
public sealed class RecordImportException : Exception
{
    public RecordImportException()
    {
    }

    public RecordImportException(string message)
        : base(message)
    {
    }

    public RecordImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
