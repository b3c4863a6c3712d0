using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Email;
using StocktakingCms.Workflows.Models;

namespace StocktakingCms.Workflows.Actions;

/// <summary>Queues a workflow mail (a <c>Mail/{template}.{culture}.liquid</c> of this module) to one person, in their language.</summary>
public sealed class WorkflowMails(IMailer mailer, SiteUrls urls, TimeProvider clock)
{
    public static string? CheckTemplate(WorkflowActionSettings settings, string[] templates) =>
        templates.Contains(settings.Value) ? null : $"the mail template '{settings.Value}' does not exist (known: {string.Join(", ", templates)}).";

    /// <param name="path">The page the person acts on, in their culture.</param>
    public Task QueueAsync(WorkflowActionContext context, CmsUser person, Func<string, string> path, CancellationToken cancellationToken) =>
        QueueAsync(context.Settings.Value!, person, context.Item.DisplayText, context.Comment, context.Instance.EnteredStateUtc, path, cancellationToken);

    /// <summary>Queues <paramref name="template"/> about the item <paramref name="title"/>; <paramref name="since"/> gives reminders their days of waiting.</summary>
    public async Task QueueAsync(string template, CmsUser person, string title, string? comment, DateTime since, Func<string, string> path, CancellationToken cancellationToken)
    {
        if (person.Email is not { } email)
        {
            return;
        }

        var culture = CmsCultures.IsSupported(person.PreferredCulture) ? person.PreferredCulture! : CmsCultures.Default;
        var days = (int)(clock.GetUtcNow().UtcDateTime - since).TotalDays;
        var model = new WorkflowMailModel(person.DisplayName ?? email, title, comment, Link(path(culture)), days);
        await mailer.QueueAsync(new MailTemplate(typeof(WorkflowMails).Assembly, template), new MailRecipient(email, person.DisplayName, culture), model, cancellationToken);
    }

    /// <summary>
    /// Within a request (a step, a comment) the link is absolute even without
    /// <c>Stocktaking:PublicUrl</c>: <see cref="SiteUrls"/> falls back to the request's address. A
    /// timer fires outside any request: without the setting the link can only be the path (README:
    /// set it in production), rather than failing the reminder.
    /// </summary>
    private string Link(string path) => (urls.TryGetRoot() ?? "") + path;
}
