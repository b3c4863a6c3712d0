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

    /// <param name="settings">Configuration of the site, e.g. a test SMTP server's <c>Email:Smtp:*</c> keys.</param>
    public Task<CmsSiteFactory> GetAsync(
        DatabaseProvider provider, Action<IServiceCollection>? configureServices = null, IDictionary<string, string?>? settings = null) =>
        _start ??= CmsSiteFactory.StartAsync(provider, settings, configureServices);

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_start is { IsCompletedSuccessfully: true } start)
        {
            await start.Result.DisposeAsync();
        }
    }
}
