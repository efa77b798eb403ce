using System.ComponentModel.DataAnnotations;

namespace Cairn.Storage;

/// <summary>Database settings (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>"Sqlite" (default: one file in the data folder) or "Postgres" (a shared server).</summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|postgres)$", ErrorMessage = "Storage:Provider must be 'Sqlite' or 'Postgres'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// The connection string. For SQLite it defaults to <c>{data folder}/cairn.db</c>; PostgreSQL requires one.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data folder for the default SQLite file; null means <see cref="Core.Configuration.CairnPaths.ResolveHome"/>.</summary>
    public string? Home { get; set; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase);
}
