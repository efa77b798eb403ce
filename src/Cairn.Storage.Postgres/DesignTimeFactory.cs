using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cairn.Storage.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for Postgres without a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CairnDbContext>
{
    public CairnDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CairnDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, new StorageOptions
        {
            Provider = "Postgres",
            ConnectionString = "Host=127.0.0.1;Database=cairn_design",
        });
        return new CairnDbContext(builder.Options);
    }
}
