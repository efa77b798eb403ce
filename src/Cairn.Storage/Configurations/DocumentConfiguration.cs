using Cairn.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cairn.Storage.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<DocumentEntity>
{
    public void Configure(EntityTypeBuilder<DocumentEntity> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(document => document.Id);
        builder.Property(document => document.Id).HasMaxLength(40);
        builder.Property(document => document.PatientId).HasMaxLength(64);
        builder.Property(document => document.FileName).HasMaxLength(260);
        builder.Property(document => document.Kind).HasMaxLength(16);
        builder.Property(document => document.ContentHash).HasMaxLength(64);
        builder.Property(document => document.MediaType).HasMaxLength(100);
        // Re-importing the same bytes for the same patient is a no-op; the index makes it a rule of the database too.
        builder.HasIndex(document => new { document.PatientId, document.ContentHash }).IsUnique();
        builder.HasMany(document => document.Facts).WithOne().HasForeignKey(fact => fact.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
