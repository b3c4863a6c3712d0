using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Users.ViewModels;

namespace StocktakingCms.Users.Controllers;

/// <summary>Sign-in and sign-out. <c>/login</c> is the address the cookie handler knows; the page itself lives under the culture.</summary>
[Area("StocktakingCms.Users")]
[AllowAnonymous]
public sealed class AccountController(
    SignInManager<CmsUser> signIn,
    UserManager<CmsUser> users,
    IPermissionChecker permissions,
    IStringLocalizer<AccountController> T,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>The cookie handler's sign-in path: sends the visitor to the page in their language.</summary>
    [HttpGet("login")]
    public IActionResult LoginRedirect(string? returnUrl) =>
        Redirect($"/{CmsCultures.CurrentName}/account/login" + (Url.IsLocalUrl(returnUrl) ? $"?returnUrl={Uri.EscapeDataString(returnUrl!)}" : ""));

    [HttpGet("{culture:cms-culture}/account/login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("{culture:cms-culture}/account/login")]
    public async Task<IActionResult> Login(string culture, LoginViewModel model)
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
                if (Url.IsLocalUrl(model.ReturnUrl))
                {
                    return LocalRedirect(model.ReturnUrl!);
                }

                // Editors and reviewers work in the admin; stakeholders start from their account.
                var principal = await signIn.CreateUserPrincipalAsync(user);
                return LocalRedirect(await permissions.HasPermissionAsync(principal, CorePermissions.AccessAdmin.Name) ? "/admin" : $"/{culture}/account");
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
