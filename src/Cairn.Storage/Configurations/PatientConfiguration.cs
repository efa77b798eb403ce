using Cairn.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cairn.Storage.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<PatientEntity>
{
    public void Configure(EntityTypeBuilder<PatientEntity> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(patient => patient.Id);
        builder.Property(patient => patient.Id).HasMaxLength(64);
        builder.HasMany(patient => patient.Documents).WithOne().HasForeignKey(document => document.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
