using Cairn.Clinical.RedFlags;
using Cairn.Core.Answers;
using Cairn.Core.Safety;
using Cairn.Knowledge.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Cairn.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge engine, red-flag triage and the <see cref="IAnswerService"/> every host calls.
    /// Options are validated (data annotations) when first resolved.
    /// </summary>
    public static IServiceCollection AddCairnKnowledge(this IServiceCollection services, Action<KnowledgeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<KnowledgeOptions>().ValidateDataAnnotations();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ISymptomTriage, RedFlagTriage>();
        services.AddSingleton<KnowledgeEngine>();
        services.AddSingleton<IAnswerService, AnswerService>();
        return services;
    }
}
