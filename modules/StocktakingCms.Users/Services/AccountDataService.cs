using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Users.Services;

/// <summary>"Download my data" and "delete my account": the account itself plus what every module keeps about it.</summary>
public sealed class AccountDataService(
    UserManager<CmsUser> users,
    IEnumerable<IAccountDataContributor> contributors,
    ModuleState modules,
    CmsDbSession session,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<byte[]> ExportAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        var export = new Dictionary<string, object?>
        {
            ["exportedUtc"] = clock.GetUtcNow().UtcDateTime,
            ["account"] = new
            {
                user.UserName,
                user.Email,
                user.EmailConfirmed,
                user.DisplayName,
                user.Organisation,
                user.StakeholderType,
                user.Country,
                user.PreferredCulture,
                user.CreatedUtc,
                Roles = await users.GetRolesAsync(user),
            },
        };
        foreach (var contributor in modules.Enabled(contributors))
        {
            export[contributor.Section] = await contributor.ExportAsync(user, cancellationToken);
        }

        return JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
    }

    /// <summary>Erases the person everywhere and removes the account, all or nothing.</summary>
    public async Task<IdentityResult> DeleteAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        foreach (var contributor in modules.Enabled(contributors))
        {
            await contributor.EraseAsync(user, cancellationToken);
        }

        var result = await users.DeleteAsync(user);
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }

        return result;
    }
}
