using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Testing;

/// <summary>
/// A real StocktakingCms site for tests: the host's own Program, a data folder of its own in the
/// temp directory, a real database (SQLite file or PostgreSQL), setup run by the default recipe.
/// Pass <c>useKestrel: true</c> for a real port (browser tests), then read <see cref="ServerAddress"/>.
/// </summary>
public sealed class CmsSiteFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "Site-Setup-Secret-42";

    private readonly TestDatabase _database;
    private readonly bool _useKestrel;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    private CmsSiteFactory(
        TestDatabase database, bool useKestrel, IDictionary<string, string?>? settings, Action<IServiceCollection>? configureServices)
    {
        _database = database;
        _useKestrel = useKestrel;
        _configureServices = configureServices;
        DataPath = Path.Combine(Path.GetTempPath(), "stocktaking-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        _settings = new Dictionary<string, string?>
        {
            ["Stocktaking:DataPath"] = DataPath,
            ["Stocktaking:Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString ?? "",
            ["Stocktaking:Setup:AdminUserName"] = AdminUserName,
            ["Stocktaking:Setup:AdminEmail"] = AdminEmail,
            ["Stocktaking:Setup:AdminPassword"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataPath { get; }

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>The http://127.0.0.1:port address when started with Kestrel.</summary>
    public Uri ServerAddress => new(ClientOptions.BaseAddress.ToString());

    /// <param name="settings">Extra configuration, e.g. <c>Stocktaking:Setup:AdminPassword</c> set to null.</param>
    /// <param name="configureServices">Runs after the site's own registrations (modules included),
    /// e.g. to add a test <c>ContentHandler</c> or replace the <c>TimeProvider</c>.</param>
    public static async Task<CmsSiteFactory> CreateAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        bool useKestrel = false,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new CmsSiteFactory(database, useKestrel, settings, configureServices);
        if (useKestrel)
        {
            factory.UseKestrel(0);
            factory.StartServer();
        }

        return factory;
    }

    /// <summary>
    /// <see cref="CreateAsync"/>, then starts the host at once (migration and setup), not inside a
    /// test's first request; a site that fails to start is disposed and the exception thrown.
    /// </summary>
    public static async Task<CmsSiteFactory> StartAsync(
        DatabaseProvider provider,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var site = await CreateAsync(provider, settings: settings, configureServices: configureServices);
        try
        {
            _ = site.Services;
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs code with the site's services in a scope of their own (like one request).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> action) =>
        WithScopeAsync(async sp =>
        {
            await action(sp);
            return true;
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing connection: the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}
