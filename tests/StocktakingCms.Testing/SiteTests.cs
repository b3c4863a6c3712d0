using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Testing;

/// <summary>
/// Base of provider contract tests: an abstract test class derives from this and gets one
/// subclass per database (<c>FooSqliteTests : FooTests</c> passing <see cref="DatabaseProvider.Sqlite"/>,
/// <c>FooPostgresTests</c> passing <see cref="DatabaseProvider.Postgres"/>). The tests of one class
/// share one site; each test works on items of its own (unique ids and slugs).
/// </summary>
public abstract class SiteTests(DatabaseProvider provider, SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    protected DatabaseProvider Provider { get; } = provider;

    protected CmsSiteFactory Site { get; private set; } = null!;

    /// <summary>Services added to the site after its own (a test handler, a fake clock...).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Configuration of the site (read once, when the class's site starts).</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public virtual async Task InitializeAsync() => Site = await shared.GetAsync(Provider, ConfigureServices, Settings);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    protected HttpClient CreateClient() => Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as the site's administrator.</summary>
    protected async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = CreateClient();
        await client.SignInAsync(CmsSiteFactory.AdminUserName, CmsSiteFactory.AdminPassword);
        return client;
    }

    /// <summary>A client signed in as a new user in <paramref name="role"/> (Editor, Reviewer, Contributor...).</summary>
    protected async Task<HttpClient> CreateClientInRoleAsync(string role) => (await CreateUserClientAsync(role)).Client;

    /// <summary>A client signed in as a new user in <paramref name="role"/>, and that user's id (to make them the owner of something).</summary>
    protected async Task<(HttpClient Client, string UserId)> CreateUserClientAsync(string role)
    {
        const string password = "Role-Test-Password-42";
        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        var user = new CmsUser { UserName = userName, Email = $"{userName}@example.org", EmailConfirmed = true };
        await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
        });
        var client = CreateClient();
        await client.SignInAsync(userName, password);
        return (client, user.Id);
    }

    /// <summary>A lowercase slug no other test uses.</summary>
    protected static string UniqueSlug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
