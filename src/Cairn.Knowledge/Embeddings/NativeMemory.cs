using System.Runtime.InteropServices;

namespace Cairn.Knowledge.Embeddings;

/// <summary>
/// Gives memory freed by ONNX Runtime back to the operating system. Bulk embedding on several threads leaves glibc's
/// per-thread heaps holding hundreds of MB after the work is done; trimming them keeps a serving process small.
/// </summary>
internal static partial class NativeMemory
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (e.g. musl): nothing to trim.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
