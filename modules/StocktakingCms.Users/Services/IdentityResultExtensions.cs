using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StocktakingCms.Users.Services;

public static class IdentityResultExtensions
{
    /// <summary>Puts Identity's errors next to the field they are about: password rules on the password, e-mail problems on the e-mail.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IdentityResult result, string? passwordField = null, string? emailField = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != "PasswordMismatch" => passwordField,
                "PasswordMismatch" => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                _ => null,
            };
            modelState.AddModelError(field ?? "", error.Description);
        }
    }
}
