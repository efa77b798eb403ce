using Microsoft.EntityFrameworkCore;

namespace Cairn.Storage;

/// <summary>Brings the database schema up to date once per process, before the first query.</summary>
internal sealed class DatabaseInitializer(IDbContextFactory<CairnDbContext> factory) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await using var context = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
