using System.ComponentModel.DataAnnotations;

namespace Cairn.Records;

/// <summary>Record import settings (configuration section "Records").</summary>
public sealed class RecordsOptions
{
    public const string SectionName = "Records";

    /// <summary>The largest record file accepted, in bytes (default 20 MB).</summary>
    [Range(1, 1L << 31)]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
}
