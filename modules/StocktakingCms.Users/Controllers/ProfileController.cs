using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Security;
using StocktakingCms.Users.Services;
using StocktakingCms.Users.ViewModels;

namespace StocktakingCms.Users.Controllers;

/// <summary>The signed-in person's own account: profile, e-mail, password, their data, deletion.</summary>
[Area("StocktakingCms.Users")]
[Authorize]
[Route("{culture:cms-culture}/account")]
public sealed class ProfileController(
    UserManager<CmsUser> users,
    SignInManager<CmsUser> signIn,
    ProfileChoiceProvider choices,
    AccountMails mails,
    AccountDataService accountData,
    CmsDbSession session,
    IStringLocalizer<ProfileController> T,
    ILogger<ProfileController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user is null)
        {
            return Challenge();
        }

        return await PageAsync(culture, user, cancellationToken: cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string culture, [Bind(Prefix = "Profile")] AccountProfileFields profile, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user is null)
        {
            return Challenge();
        }

        foreach (var (field, problem) in await choices.CheckAsync(profile, cancellationToken))
        {
            ModelState.AddModelError($"Profile.{field}", problem);
        }

        if (ModelState.IsValid)
        {
            user.DisplayName = profile.DisplayName!.Trim();
            user.Organisation = profile.Organisation!.Trim();
            user.StakeholderType = profile.StakeholderType;
            user.Country = profile.Country;
            user.PreferredCulture = profile.PreferredCulture;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                TempData["Message"] = T["Your profile is saved."].Value;
                return RedirectToAction(nameof(Index), new { culture });
            }

            ModelState.AddErrors(result);
        }

        return await PageAsync(culture, user, profile, cancellationToken: cancellationToken);
    }

    [HttpPost("change-email")]
    public async Task<IActionResult> ChangeEmail(string culture, [Bind(Prefix = "ChangeEmail")] ChangeEmailViewModel model, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user is null)
        {
            return Challenge();
        }

        var newEmail = model.NewEmail?.Trim();
        if (ModelState.IsValid && string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("ChangeEmail.NewEmail", T["This is already your e-mail address."]);
        }
        else if (ModelState.IsValid && await users.FindByEmailAsync(newEmail!) is not null)
        {
            ModelState.AddModelError("ChangeEmail.NewEmail", T["An account with this e-mail already exists. Sign in, or reset the password if you forgot it."]);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(culture, user, changeEmail: model, cancellationToken: cancellationToken);
        }

        // Two mails (to the new address and to the old one): both or neither.
        await using (var transaction = await session.BeginTransactionAsync(cancellationToken))
        {
            await mails.SendEmailChangeAsync(user, newEmail!, cancellationToken);
            await transaction.CommitAsync();
        }

        TempData["Message"] = T["We sent a link to {0}. Your address changes when you open it.", newEmail!].Value;
        return RedirectToAction(nameof(Index), new { culture });
    }

    /// <summary>Reached from the mail; may be opened in a browser where the person is not signed in.</summary>
    [AllowAnonymous]
    [HttpGet("confirm-new-email")]
    public async Task<IActionResult> ConfirmNewEmail(string culture, string? user, string? email, string? token)
    {
        var account = string.IsNullOrEmpty(user) ? null : await users.FindByIdAsync(user);
        if (account is null || string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token))
        {
            TempData["Error"] = T["This link is no longer valid: it was already used or has expired. Ask for a new one."].Value;
            return Redirect($"/{culture}/");
        }

        // The sign-in name follows the address when it was the address.
        var nameWasEmail = string.Equals(account.UserName, account.Email, StringComparison.OrdinalIgnoreCase);
        await using var transaction = await session.BeginTransactionAsync();
        var result = await users.ChangeEmailAsync(account, email, token);
        if (result.Succeeded && nameWasEmail)
        {
            result = await users.SetUserNameAsync(account, email);
        }

        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Description));
            return Redirect($"/{culture}/");
        }

        await transaction.CommitAsync();
        logger.LogInformation("Account {UserId} changed its e-mail address", account.Id);
        if (User.Identity?.IsAuthenticated == true)
        {
            await signIn.RefreshSignInAsync(account);
        }

        TempData["Message"] = T["Your e-mail address is now {0}.", email].Value;
        return Redirect($"/{culture}/account");
    }

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(string culture, [Bind(Prefix = "ChangePassword")] ChangePasswordViewModel model, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                TempData["Message"] = T["Your new password is saved."].Value;
                return RedirectToAction(nameof(Index), new { culture });
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "CurrentPassword" : "NewPassword";
                ModelState.AddModelError($"ChangePassword.{field}", error.Description);
            }
        }

        return await PageAsync(culture, user, cancellationToken: cancellationToken);
    }

    [HttpGet("personal-data")]
    public async Task<IActionResult> PersonalData(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user is null)
        {
            return Challenge();
        }

        var json = await accountData.ExportAsync(user, cancellationToken);
        return File(json, "application/json; charset=utf-8", "my-stocktaking-data.json");
    }

    [HttpGet("delete")]
    public IActionResult Delete() => View(new DeleteAccountViewModel());

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(string culture, DeleteAccountViewModel model, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, model.Password!))
        {
            ModelState.AddModelError(nameof(model.Password), T["The password is wrong."]);
        }

        if (ModelState.IsValid && await users.IsInRoleAsync(user, CmsRoles.Administrator)
            && (await users.GetUsersInRoleAsync(CmsRoles.Administrator)).Count == 1)
        {
            ModelState.AddModelError("", T["You are the only administrator: give another account the Administrator role first."]);
        }

        if (!ModelState.IsValid)
        {
            model.Password = null;
            return View(model);
        }

        var result = await accountData.DeleteAsync(user, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return View(new DeleteAccountViewModel());
        }

        await signIn.SignOutAsync();
        logger.LogInformation("Account {UserId} deleted by its owner", user.Id);
        TempData["Message"] = T["Your account is deleted. The entries you submitted stay, attributed to your organisation."].Value;
        return Redirect($"/{culture}/");
    }

    private Task<CmsUser?> CurrentAsync() => users.GetUserAsync(User);

    private async Task<IActionResult> PageAsync(
        string culture,
        CmsUser user,
        AccountProfileFields? profile = null,
        ChangeEmailViewModel? changeEmail = null,
        CancellationToken cancellationToken = default)
    {
        profile ??= new AccountProfileFields
        {
            DisplayName = user.DisplayName,
            Organisation = user.Organisation,
            StakeholderType = user.StakeholderType,
            Country = user.Country,
            PreferredCulture = user.PreferredCulture ?? culture,
        };
        profile.Choices = await choices.GetAsync(culture, cancellationToken);
        return View("Index", new ProfilePageViewModel
        {
            Profile = profile,
            Email = user.Email ?? "",
            ChangeEmail = changeEmail ?? new ChangeEmailViewModel(),
        });
    }
}
