using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Security;
using StocktakingCms.Users.ViewModels;

namespace StocktakingCms.Users.Controllers;

/// <summary>Sign-in and sign-out.</summary>
[Area("StocktakingCms.Users")]
[AllowAnonymous]
public sealed class AccountController(
    SignInManager<CmsUser> signIn,
    UserManager<CmsUser> users,
    IStringLocalizer<AccountController> T,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var name = model.UserNameOrEmail!.Trim();
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, model.Password!, model.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserName} signed in", user.UserName);
                return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/admin");
            }

            if (result.IsLockedOut)
            {
                logger.LogWarning("User {UserName} is locked out", user.UserName);
                ModelState.AddModelError("", T["Too many failed attempts: this account is locked for a while. Try again later."]);
                return View(model);
            }

            if (result.IsNotAllowed)
            {
                ModelState.AddModelError("", T["This account cannot sign in yet: confirm your e-mail address first."]);
                return View(model);
            }
        }

        // The same message whether the name or the password was wrong, so accounts cannot be probed.
        ModelState.AddModelError("", T["The user name or the password is wrong."]);
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
