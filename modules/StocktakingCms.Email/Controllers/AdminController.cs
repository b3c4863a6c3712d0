using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Settings;
using StocktakingCms.Email.Models;
using StocktakingCms.Email.Services;
using StocktakingCms.Email.ViewModels;

namespace StocktakingCms.Email.Controllers;

/// <summary>The outbox (admin-only: it holds addresses and personal messages), retries and test mails.</summary>
[Area("StocktakingCms.Email")]
[Route("admin/email")]
[RequirePermission(nameof(Permissions.ManageEmail))]
public sealed class AdminController(
    OutboxStore outbox,
    IMailer mailer,
    MailTransports transports,
    IOptions<EmailOptions> options,
    SiteDocuments documents,
    IStringLocalizer<AdminController> T) : Controller
{
    /// <summary>The module's own template, so a site can check its mail settings end to end.</summary>
    public static readonly MailTemplate TestMessageTemplate = new(typeof(AdminController).Assembly, "test-message");

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int page, CancellationToken cancellationToken) =>
        View(await OutboxAsync(page, new TestEmailViewModel { Culture = CmsCultures.CurrentName }, cancellationToken));

    [HttpPost("test")]
    public async Task<IActionResult> SendTest([Bind(Prefix = "Test")] TestEmailViewModel test, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!MailAddresses.IsValid(test.To))
        {
            ModelState.AddModelError("Test.To", T["Enter one e-mail address, such as name@example.org."]);
        }

        if (!CmsCultures.IsSupported(test.Culture))
        {
            ModelState.AddModelError("Test.Culture", T["Choose one of the six languages."]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await OutboxAsync(1, test, cancellationToken));
        }

        var to = test.To!.Trim();
        try
        {
            await mailer.QueueAsync(TestMessageTemplate, new MailRecipient(to, null, test.Culture), new TestMessage(User.Identity?.Name ?? ""), cancellationToken);
            TempData["Message"] = T["A test e-mail to {0} is in the outbox.", to].Value;
        }
        catch (MailTemplateException exception)
        {
            // An operator's copy of the template in the data folder does not parse: say which and why.
            TempData["Error"] = T["The test e-mail could not be prepared: {0}", exception.Message].Value;
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/retry")]
    public async Task<IActionResult> Retry(long id, CancellationToken cancellationToken)
    {
        var message = await outbox.FindAsync(id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        if (await outbox.RetryNowAsync(id, cancellationToken))
        {
            TempData["Message"] = T["The e-mail to {0} will be sent again now.", message.ToAddress].Value;
        }
        else
        {
            TempData["Error"] = T["This e-mail was already sent."].Value;
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<OutboxViewModel> OutboxAsync(int page, TestEmailViewModel test, CancellationToken cancellationToken)
    {
        var pageSize = Math.Max((await documents.GetAsync<SiteSettings>(cancellationToken)).PageSize, 1);
        page = Math.Max(page, 1);
        var (items, total) = await outbox.ListAsync(page, pageSize, cancellationToken);
        return new OutboxViewModel(items, total, page, (total + pageSize - 1) / pageSize, options.Value.UsesSmtp, transports.Destination, test);
    }
}
