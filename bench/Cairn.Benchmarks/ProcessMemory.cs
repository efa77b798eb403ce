using System.Diagnostics;

namespace Cairn.Benchmarks;

/// <summary>Peak working set of this process, resettable on Linux so build and serving peaks are told apart.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set in MB (VmHWM on Linux).</summary>
    public static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    public static double CurrentMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>Resets the peak to the current working set (Linux: writing 5 to /proc/self/clear_refs).</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
