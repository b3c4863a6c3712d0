using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Email.Data;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Tests.Workflows;

/// <summary>The system clock moved by an offset a test changes while the site runs: days pass in a second.</summary>
public sealed class SettableClock(TimeSpan offset = default) : TimeProvider
{
    private long _offsetTicks = offset.Ticks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>
/// One database several site hosts open in turn or at once, as a restart or a second node would:
/// a SQLite file in a data folder they share, or one PostgreSQL database. Each node gets its own
/// clock and looks for due timers every 200 ms.
/// </summary>
public sealed class SharedDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly TestDatabase? _postgres;

    private SharedDatabase(string? folder, TestDatabase? postgres)
    {
        _folder = folder;
        _postgres = postgres;
    }

    public static async Task<SharedDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new SharedDatabase(null, await TestDatabase.CreateAsync(provider));
        }

        var folder = Path.Combine(Path.GetTempPath(), "stocktaking-tests", $"shared-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return new SharedDatabase(folder, null);
    }

    public Task<CmsSiteFactory> StartNodeAsync(SettableClock clock, IDictionary<string, string?> more)
    {
        var settings = new Dictionary<string, string?>(more)
        {
            ["Workflows:Timers:PollInterval"] = "00:00:00.200",
            ["Email:Delivery:PollInterval"] = "00:00:00.500",
            ["Stocktaking:PublicUrl"] = "https://stocktaking.example.org",
        };
        if (_postgres is not null)
        {
            settings["ConnectionStrings:Default"] = _postgres.ConnectionString;
        }
        else
        {
            settings["Stocktaking:DataPath"] = _folder;
        }

        return CmsSiteFactory.StartAsync(_postgres?.Provider ?? DatabaseProvider.Sqlite, settings, services => services.AddSingleton<TimeProvider>(clock));
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finalizing connection: the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>Moves entries through the entry-review workflow by the engine itself, as people with the roles would.</summary>
internal static class WorkflowSteps
{
    /// <summary>A confirmed user in a role (Submitter: none) whose mails are in <paramref name="culture"/>.</summary>
    public static Task<ClaimsPrincipal> CreatePersonAsync(CmsSiteFactory site, string? role, string culture) =>
        site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var name = $"{role ?? "author"}-{Guid.NewGuid():N}"[..20].ToLowerInvariant();
            var user = new CmsUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true, PreferredCulture = culture, DisplayName = name };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, name), new(ClaimTypes.Email, user.Email) };
            if (role is not null)
            {
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
                claims.Add(new(ClaimTypes.Role, role));
            }

            return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
        });

    /// <summary>A new entry by <paramref name="author"/>, submitted; returns its id.</summary>
    public static Task<string> SubmitEntryAsync(CmsSiteFactory site, ClaimsPrincipal author, string title) =>
        site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await TestEntries.NewAsync(content, title);
            Assert.True((await content.CreateAsync(item, publish: false)).Succeeded);
            var definition = (await sp.GetRequiredService<WorkflowTypes>().FindAsync("entry-review"))!;
            var engine = sp.GetRequiredService<WorkflowEngine>();
            var instance = await engine.EnsureInstanceAsync(definition, item, author.FindFirstValue(ClaimTypes.NameIdentifier));
            Succeeded(await engine.TransitionAsync(instance, "submit", author, null, null));
            return item.ContentItemId;
        });

    public static async Task TakeAsync(CmsSiteFactory site, string contentItemId, string transition, ClaimsPrincipal user, string? comment = null) =>
        Succeeded(await TryAsync(site, contentItemId, transition, user, comment));

    /// <summary>Tries a step on the item's instance (whichever workflow follows it) and says how it went.</summary>
    public static Task<TransitionResult> TryAsync(CmsSiteFactory site, string contentItemId, string transition, ClaimsPrincipal user, string? comment = null) =>
        site.WithScopeAsync(async sp =>
        {
            var engine = sp.GetRequiredService<WorkflowEngine>();
            var instance = (await engine.FindAnyAsync(contentItemId))!;
            return await engine.TransitionAsync(instance, transition, user, comment, null);
        });

    public static Task<WorkflowInstance> InstanceAsync(CmsSiteFactory site, string contentItemId) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking().SingleAsync(i => i.ContentItemId == contentItemId));

    public static Task<List<WorkflowTimer>> TimersAsync(CmsSiteFactory site, string contentItemId) =>
        site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowsDbContext>();
            var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.ContentItemId == contentItemId);
            return await db.Timers.AsNoTracking().Where(t => t.InstanceId == instance.Id).OrderBy(t => t.Id).ToListAsync();
        });

    /// <summary>The mails of a template queued (sent or not) for an address: the outbox keeps every one.</summary>
    public static Task<int> QueuedMailsAsync(CmsSiteFactory site, string address, string template) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<EmailDbContext>().Outbox.CountAsync(m => m.ToAddress == address && m.Template == template));

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 200 ms.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Not within {timeout.TotalSeconds} s: {what}.");
            }

            await Task.Delay(200);
        }
    }

    private static void Succeeded(TransitionResult result) => Assert.True(result.Succeeded, result.Message);
}
