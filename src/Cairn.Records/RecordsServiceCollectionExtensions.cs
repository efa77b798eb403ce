using Cairn.Core.Records;
using Cairn.Records.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cairn.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the record importers (tried in order: FHIR JSON, PDF, text) and the <see cref="IRecordService"/> every
    /// host calls. Needs an <see cref="IPatientStore"/> (AddCairnStorage).
    /// </summary>
    public static IServiceCollection AddCairnRecords(this IServiceCollection services, Action<RecordsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RecordsOptions>().ValidateDataAnnotations();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        foreach (var importer in RecordImporters.All())
        {
            services.AddSingleton(importer);
        }

        services.AddSingleton<IRecordService, RecordService>();
        return services;
    }
}
