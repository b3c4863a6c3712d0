using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace StocktakingCms.Users.Services;

/// <summary>Identity's messages in the visitor's language; the codes stay Identity's, so forms can place them on a field.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> T) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), T["Something went wrong. Try again."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), T["The account was changed by someone else meanwhile. Reload the page and try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), T["The password is wrong."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), T["This link is no longer valid: it was already used or has expired. Ask for a new one."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), T["This user name can only contain letters, digits and - . _ @ +"]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), T["Enter a valid e-mail address, like name@example.org."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), T["An account with this e-mail already exists. Sign in, or reset the password if you forgot it."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), T["An account with this e-mail already exists. Sign in, or reset the password if you forgot it."]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), T["This account already has a password."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), T["The account already has the role {0}.", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), T["The account does not have the role {0}.", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), T["The password needs at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), T["The password needs at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), T["The password needs a character that is neither a letter nor a digit, such as ! or #."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), T["The password needs a digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), T["The password needs a lower-case letter (a-z)."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), T["The password needs an upper-case letter (A-Z)."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
