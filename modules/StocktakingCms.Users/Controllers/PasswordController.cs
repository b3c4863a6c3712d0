using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Security;
using StocktakingCms.Users.Services;
using StocktakingCms.Users.ViewModels;

namespace StocktakingCms.Users.Controllers;

/// <summary>A forgotten password: a reset link by e-mail, then a new password.</summary>
[Area("StocktakingCms.Users")]
[AllowAnonymous]
[Route("{culture:cms-culture}/account")]
public sealed class PasswordController(
    UserManager<CmsUser> users,
    AccountMails mails,
    IStringLocalizer<PasswordController> T,
    ILogger<PasswordController> logger) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailOnlyViewModel());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(EmailOnlyViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // Only a confirmed address receives a reset link: anyone could have typed an unconfirmed one.
        var account = await users.FindByEmailAsync(model.Email!.Trim());
        if (account is { EmailConfirmed: true })
        {
            await mails.SendPasswordResetAsync(account, cancellationToken);
            logger.LogInformation("Password reset requested for account {UserId}", account.Id);
        }

        // The same answer whether or not the address has an account, so addresses cannot be probed.
        TempData["Message"] = T["If an account uses this address, a link to choose a new password is on its way. It is valid for one day."].Value;
        return RedirectToAction(nameof(ForgotPassword));
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? user, string? token) =>
        View(new ResetPasswordViewModel { UserId = user, Token = token });

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(string culture, ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(Blank(model));
        }

        var account = await users.FindByIdAsync(model.UserId!);
        if (account is null)
        {
            ModelState.AddModelError("", T["This link is no longer valid: it was already used or has expired. Ask for a new one."]);
            return View(Blank(model));
        }

        var result = await users.ResetPasswordAsync(account, model.Token!, model.Password!);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, nameof(model.Password));
            return View(Blank(model));
        }

        // Whoever reads the mailbox owns the account: a lockout from failed guesses ends here.
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        logger.LogInformation("Account {UserId} chose a new password", account.Id);
        TempData["Message"] = T["Your new password is saved. Sign in with it."].Value;
        return Redirect($"/{culture}/account/login");
    }

    private static ResetPasswordViewModel Blank(ResetPasswordViewModel model)
    {
        model.Password = model.ConfirmPassword = null;
        return model;
    }
}
