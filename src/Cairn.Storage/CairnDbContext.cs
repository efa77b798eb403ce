using Cairn.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cairn.Storage;

/// <summary>The Cairn database: patients, their original documents, extracted facts and the audit trail.</summary>
public sealed class CairnDbContext(DbContextOptions<CairnDbContext> options) : DbContext(options)
{
    internal DbSet<PatientEntity> Patients => Set<PatientEntity>();

    internal DbSet<DocumentEntity> Documents => Set<DocumentEntity>();

    internal DbSet<FactEntity> Facts => Set<FactEntity>();

    internal DbSet<AuditEntity> Audit => Set<AuditEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CairnDbContext).Assembly);
    }
}
