namespace Cairn.Core.Records;

/// <summary>No stored patient has the given id. Hosts map it to bad input (exit code 2, HTTP 404).</summary>
public sealed class PatientNotFoundException : Exception
{
    public PatientNotFoundException()
    {
    }

    public PatientNotFoundException(string message)
        : base(message)
    {
    }

    public PatientNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
