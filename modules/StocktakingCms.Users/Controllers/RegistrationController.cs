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

/// <summary>Opening an account: the form, the confirmation mail and its link.</summary>
[Area("StocktakingCms.Users")]
[AllowAnonymous]
[Route("{culture:cms-culture}/account")]
public sealed class RegistrationController(
    UserManager<CmsUser> users,
    ProfileChoiceProvider choices,
    AccountMails mails,
    CmsDbSession session,
    TimeProvider clock,
    IStringLocalizer<RegistrationController> T,
    ILogger<RegistrationController> logger) : Controller
{
    [HttpGet("register")]
    public async Task<IActionResult> Register(string culture) =>
        View(new RegisterViewModel { PreferredCulture = culture, Choices = await choices.GetAsync(culture) });

    [HttpPost("register")]
    public async Task<IActionResult> Register(string culture, RegisterViewModel model, CancellationToken cancellationToken)
    {
        foreach (var (field, problem) in await choices.CheckAsync(model, cancellationToken))
        {
            ModelState.AddModelError(field, problem);
        }

        if (ModelState.IsValid)
        {
            var email = model.Email!.Trim();
            var user = new CmsUser
            {
                UserName = email,
                Email = email,
                DisplayName = model.DisplayName!.Trim(),
                Organisation = model.Organisation!.Trim(),
                StakeholderType = model.StakeholderType,
                Country = model.Country,
                PreferredCulture = model.PreferredCulture,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };

            await using var transaction = await session.BeginTransactionAsync(cancellationToken);
            var result = await users.CreateAsync(user, model.Password!);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, CmsRoles.Contributor);
            }

            if (result.Succeeded)
            {
                await mails.SendConfirmationAsync(user, cancellationToken);
                await transaction.CommitAsync();
                logger.LogInformation("Account {UserId} registered; confirmation mail queued", user.Id);
                return RedirectToAction(nameof(Registered), new { culture });
            }

            ModelState.AddErrors(result, nameof(model.Password), nameof(model.Email));
        }

        // The passwords are never sent back to the browser; everything else is kept.
        model.Password = model.ConfirmPassword = null;
        model.Choices = await choices.GetAsync(culture, cancellationToken);
        return View(model);
    }

    [HttpGet("registered")]
    public IActionResult Registered() => View();

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? user, string? token)
    {
        var account = string.IsNullOrEmpty(user) ? null : await users.FindByIdAsync(user);
        if (account is null || string.IsNullOrEmpty(token))
        {
            return View(false);
        }

        var result = await users.ConfirmEmailAsync(account, token);
        if (result.Succeeded)
        {
            logger.LogInformation("Account {UserId} confirmed its e-mail", account.Id);
        }

        return View(result.Succeeded);
    }

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailOnlyViewModel());

    [HttpPost("resend-confirmation")]
    public async Task<IActionResult> ResendConfirmation(EmailOnlyViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var account = await users.FindByEmailAsync(model.Email!.Trim());
        if (account is { EmailConfirmed: false })
        {
            await mails.SendConfirmationAsync(account, cancellationToken);
        }

        // The same answer whether or not the address has an account, so addresses cannot be probed.
        TempData["Message"] = T["If an unconfirmed account uses this address, a new confirmation link is on its way."].Value;
        return RedirectToAction(nameof(ResendConfirmation));
    }
}
