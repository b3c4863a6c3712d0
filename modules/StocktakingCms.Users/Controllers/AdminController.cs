using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Users.Services;
using StocktakingCms.Users.ViewModels;

namespace StocktakingCms.Users.Controllers;

/// <summary>Accounts in the admin: search, details, roles, lock and unlock, resend the confirmation mail.</summary>
[Area("StocktakingCms.Users")]
[Route("admin/users")]
[RequirePermission(nameof(Permissions.ManageUsers))]
public sealed class AdminController(
    UserManager<CmsUser> users,
    RoleManager<CmsRole> roles,
    UserAdminQuery query,
    ProfileChoiceProvider choices,
    AccountMails mails,
    CmsDbSession session,
    IPermissionChecker permissions,
    IStringLocalizer<AdminController> T,
    ILogger<AdminController> logger) : Controller
{
    /// <summary>Pseudo-roles describe every visitor or every signed-in user; nobody is put in them.</summary>
    private static readonly string[] PseudoRoles = [CmsRoles.Anonymous, CmsRoles.Authenticated];

    [HttpGet("")]
    public async Task<IActionResult> Index(string? text, string? role, int page = 1, CancellationToken cancellationToken = default)
    {
        var list = await query.ListAsync(text, role, page, cancellationToken);
        return View(new UserListViewModel(list, text, role, await AssignableRolesAsync(cancellationToken)));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var culture = CmsCultures.CurrentName;
        return View(new UserDetailsViewModel(
            user,
            [.. await users.GetRolesAsync(user)],
            await AssignableRolesAsync(cancellationToken),
            await users.IsLockedOutAsync(user),
            await choices.LabelAsync(ProfileChoiceProvider.StakeholderTypesTaxonomy, user.StakeholderType, culture, cancellationToken),
            await choices.LabelAsync(ProfileChoiceProvider.CountriesTaxonomy, user.Country, culture, cancellationToken),
            user.Id == users.GetUserId(User),
            await permissions.HasPermissionAsync(User, Permissions.AssignRoles.Name)));
    }

    [HttpPost("{id}/roles")]
    [RequirePermission(nameof(Permissions.AssignRoles))]
    public async Task<IActionResult> Roles(string id, string[]? selected, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var assignable = await AssignableRolesAsync(cancellationToken);
        var wanted = (selected ?? []).Where(r => assignable.Contains(r)).ToHashSet(StringComparer.Ordinal);
        var current = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);

        if (user.Id == users.GetUserId(User) && current.Contains(CmsRoles.Administrator) && !wanted.Contains(CmsRoles.Administrator))
        {
            TempData["Error"] = T["You cannot take the Administrator role from yourself: another administrator has to."].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, wanted.Except(current));
        }

        if (result.Succeeded)
        {
            // Signs the person out of other sessions so the new permissions apply at once.
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Description));
            return RedirectToAction(nameof(Details), new { id });
        }

        await transaction.CommitAsync();
        logger.LogInformation("Roles of account {UserId} set to {Roles} by {Admin}", user.Id, string.Join(",", wanted), User.Identity?.Name);
        TempData["Message"] = T["The roles are saved."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Error"] = T["You cannot lock your own account."].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        // Otherwise an editor could lock the administrators out.
        if (await users.IsInRoleAsync(user, CmsRoles.Administrator) && !await permissions.HasPermissionAsync(User, Permissions.AssignRoles.Name))
        {
            TempData["Error"] = T["Only an administrator can lock an administrator's account."].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        logger.LogWarning("Account {UserId} locked by {Admin}", user.Id, User.Identity?.Name);
        TempData["Message"] = T["The account is locked: it cannot sign in until it is unlocked."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Account {UserId} unlocked by {Admin}", user.Id, User.Identity?.Name);
        TempData["Message"] = T["The account is unlocked."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/resend-confirmation")]
    public async Task<IActionResult> ResendConfirmation(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.EmailConfirmed)
        {
            TempData["Error"] = T["This address is already confirmed."].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        await mails.SendConfirmationAsync(user, cancellationToken);

        TempData["Message"] = T["A new confirmation link is on its way to {0}.", user.Email ?? ""].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IReadOnlyList<string>> AssignableRolesAsync(CancellationToken cancellationToken) =>
        (await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken))
            .Where(name => !PseudoRoles.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();
}
