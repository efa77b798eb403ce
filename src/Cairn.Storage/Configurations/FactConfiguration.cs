using Cairn.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cairn.Storage.Configurations;

internal sealed class FactConfiguration : IEntityTypeConfiguration<FactEntity>
{
    public void Configure(EntityTypeBuilder<FactEntity> builder)
    {
        builder.ToTable("facts");
        builder.HasKey(fact => fact.Id);
        builder.Property(fact => fact.Kind).HasMaxLength(32);
        builder.Property(fact => fact.PatientId).HasMaxLength(64);
        builder.Property(fact => fact.DocumentId).HasMaxLength(40);
        builder.Property(fact => fact.Number).HasPrecision(18, 6);
        builder.Property(fact => fact.ReferenceHigh).HasPrecision(18, 6);
        builder.HasIndex(fact => fact.PatientId);
    }
}
