using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Users.Services;

/// <summary>
/// Refuses passwords that meet the character rules but are guessed first by attackers: built on
/// a common word or keyboard run ("Password123!", "Qwerty2024!"), or on the person's own name,
/// e-mail or organisation. Checked case-insensitively, ignoring digits and symbols around the word.
/// </summary>
public sealed class GuessablePasswordValidator(IStringLocalizer<GuessablePasswordValidator> T) : IPasswordValidator<CmsUser>
{
    public const string Code = "PasswordGuessable";

    /// <summary>Stems of the passwords found most often in public breach corpora, plus this site's own words.</summary>
    private static readonly string[] CommonStems =
    [
        "password", "passw0rd", "p@ssword", "p@ssw0rd", "motdepasse", "contrasena", "contraseña", "parol", "пароль",
        "qwerty", "azerty", "qwertz", "asdfgh", "zxcvbn", "123456", "654321", "abc123", "111111", "000000",
        "letmein", "welcome", "iloveyou", "admin", "administrator", "monkey", "dragon", "football", "baseball",
        "sunshine", "princess", "master", "shadow", "superman", "trustno1", "changeme", "secret", "default",
        "wsis", "stocktaking", "itu", "geneva", "unitednations",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var core = Core(password);
        if (CommonStems.Any(stem => core.Equals(stem, StringComparison.OrdinalIgnoreCase)) || IsRun(core))
        {
            return Failed(T["This password is among the first ones attackers try. Choose something less common, for example three unrelated words."]);
        }

        foreach (var personal in PersonalWords(user))
        {
            if (password.Contains(personal, StringComparison.OrdinalIgnoreCase))
            {
                return Failed(T["The password must not contain your name, e-mail or organisation."]);
            }
        }

        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>The password without the digits and symbols people add around a word to pass the rules.</summary>
    private static string Core(string password)
    {
        var core = password.Trim().Trim("0123456789!@#$%^&*()_-+=.?,;:~ ".ToCharArray());
        return core.Length == 0 ? password : core;
    }

    /// <summary>A single repeated or consecutive character run such as "aaaaaaaaaa" or "abcdefghij".</summary>
    private static bool IsRun(string value)
    {
        var lower = value.ToLowerInvariant();
        var repeated = lower.All(c => c == lower[0]);
        var consecutive = lower.Zip(lower.Skip(1), (a, b) => b - a).All(step => step == 1);
        return repeated || (consecutive && lower.Length > 2);
    }

    private static IEnumerable<string> PersonalWords(CmsUser user)
    {
        var words = new[] { user.UserName, user.Email?.Split('@')[0], user.DisplayName, user.Organisation }
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .SelectMany(w => w!.Split([' ', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries));

        // Short words ("de", "Li") would refuse too many honest passwords.
        return words.Where(w => w.Length >= 4).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static Task<IdentityResult> Failed(string message) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = Code, Description = message }));
}
