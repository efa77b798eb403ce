using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cairn.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for Sqlite without a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CairnDbContext>
{
    public CairnDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CairnDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, new StorageOptions
        {
            Provider = "Sqlite",
            ConnectionString = "Data Source=design-time.db",
        });
        return new CairnDbContext(builder.Options);
    }
}
