using Cairn.Core.Configuration;

namespace Cairn.Tests.Common;

/// <summary>
/// A fresh, empty data folder for one test. Sets <c>CAIRN_HOME</c> while alive when asked to, so tests that use it
/// that way must run in the non-parallel <see cref="TestCollections.Environment"/> collection.
/// </summary>
public sealed class TempCairnHome : IDisposable
{
    private readonly string? _previous;
    private readonly bool _setEnvironment;

    public TempCairnHome(bool setEnvironment = false)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cairn-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        _setEnvironment = setEnvironment;
        if (setEnvironment)
        {
            _previous = Environment.GetEnvironmentVariable(CairnPaths.HomeVariable);
            Environment.SetEnvironmentVariable(CairnPaths.HomeVariable, Path);
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        if (_setEnvironment)
        {
            Environment.SetEnvironmentVariable(CairnPaths.HomeVariable, _previous);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: leave the temp folder for the OS to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
