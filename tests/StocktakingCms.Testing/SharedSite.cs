using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Testing;

/// <summary>
/// One site shared by all tests of a test class (<c>IClassFixture&lt;SharedSite&gt;</c>), started
/// on first use with the provider the class asks for, so one abstract test class can run on
/// SQLite and PostgreSQL through a short subclass each. A site that fails to start (PostgreSQL
/// not configured, migration error) fails every test of the class with the same exception.
/// </summary>
public sealed class SharedSite : IAsyncLifetime
{
    private Task<CmsSiteFactory>? _start;

    public Task<CmsSiteFactory> GetAsync(DatabaseProvider provider, Action<IServiceCollection>? configureServices = null) =>
        _start ??= StartAsync(provider, configureServices);

    private static async Task<CmsSiteFactory> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? configureServices)
    {
        var site = await CmsSiteFactory.CreateAsync(provider, configureServices: configureServices);
        try
        {
            // Starts the host now (migration and setup), not inside the first request of a test.
            _ = site.Services;
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_start is { IsCompletedSuccessfully: true } start)
        {
            await start.Result.DisposeAsync();
        }
    }
}
