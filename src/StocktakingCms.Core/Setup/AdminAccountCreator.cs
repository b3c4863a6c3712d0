using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Core.Setup;

/// <summary>
/// Creates the first administrator. The password comes from <c>Stocktaking:Setup:AdminPassword</c>;
/// without one, a strong password is generated, printed once and written to
/// <c>{DataPath}/initial-admin-password.txt</c> so the operator can sign in and change it.
/// </summary>
public sealed class AdminAccountCreator(
    UserManager<CmsUser> users,
    IOptions<StocktakingOptions> options,
    DataFolder dataFolder,
    TimeProvider clock,
    ILogger<AdminAccountCreator> logger)
{
    public const string PasswordFileName = "initial-admin-password.txt";

    public async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        var setup = options.Value.Setup;
        var existing = await users.FindByNameAsync(setup.AdminUserName);
        if (existing is not null)
        {
            return $"The administrator account '{setup.AdminUserName}' already exists.";
        }

        var generated = string.IsNullOrEmpty(setup.AdminPassword);
        var password = generated ? GeneratePassword() : setup.AdminPassword!;
        var user = new CmsUser
        {
            UserName = setup.AdminUserName,
            Email = setup.AdminEmail ?? $"{setup.AdminUserName}@localhost",
            EmailConfirmed = true,
            DisplayName = "Administrator",
            PreferredCulture = "en",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The administrator account could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        var roleResult = await users.AddToRoleAsync(user, CmsRoles.Administrator);
        if (!roleResult.Succeeded)
        {
            throw new InvalidOperationException(
                $"The administrator could not be given the Administrator role: {string.Join(" ", roleResult.Errors.Select(e => e.Description))}");
        }

        if (!generated)
        {
            return $"Created the administrator '{user.UserName}' with the configured password.";
        }

        var file = dataFolder.Combine(PasswordFileName);
        await File.WriteAllTextAsync(file, password + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Printed on the console on purpose, once: this is how the operator learns the password.
        Console.WriteLine($"Administrator '{user.UserName}' created. Password: {password}  (also in {file})");
        logger.LogWarning("Generated a password for the administrator '{UserName}'; it is in {File}", user.UserName, file);
        return $"Created the administrator '{user.UserName}' with a generated password (see {file}).";
    }

    /// <summary>20 random characters with every class Identity's default rules ask for.</summary>
    private static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string symbols = "!#$%*+-=?@_";
        const string all = lower + upper + digits + symbols;
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[5] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[10] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[15] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        return new string(chars);
    }
}
