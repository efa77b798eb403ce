using Cairn.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cairn.Storage.Configurations;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntity> builder)
    {
        builder.ToTable("audit");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.PatientId).HasMaxLength(64);
        builder.Property(entry => entry.Action).HasMaxLength(32);
        builder.Property(entry => entry.DocumentId).HasMaxLength(40);
        builder.Property(entry => entry.Actor).HasMaxLength(128);
        builder.HasIndex(entry => entry.PatientId);
    }
}
