using Microsoft.AspNetCore.Identity;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Email;

namespace StocktakingCms.Workflows.Actions;

/// <summary>What a decision mail shows.</summary>
public sealed record DecisionMailModel(string Name, string Title, string? Comment, string Link);

/// <summary>
/// <c>notify-submitter</c> (value: a template of this module, e.g. <c>changes-requested</c>): mails
/// the person who submitted the item, in their language, with the reviewer's comment and a link to
/// My entries. Queued in the transition's transaction: a step rolled back sends nothing.
/// </summary>
public sealed class NotifySubmitterAction(UserManager<CmsUser> users, IMailer mailer, SiteUrls urls) : IWorkflowAction
{
    private static readonly string[] Templates = ["changes-requested", "approved", "rejected"];

    public string Type => "notify-submitter";

    public string? Check(Models.WorkflowActionSettings settings) =>
        Templates.Contains(settings.Value) ? null : $"the mail template '{settings.Value}' does not exist (known: {string.Join(", ", Templates)}).";

    public async Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        if (context.Instance.SubmitterUserId is not { } id || await users.FindByIdAsync(id) is not { Email: { } email } person)
        {
            return; // entered by an editor, or the account was deleted: nobody to tell
        }

        var culture = CmsCultures.IsSupported(person.PreferredCulture) ? person.PreferredCulture! : CmsCultures.Default;
        var model = new DecisionMailModel(person.DisplayName ?? email, context.Item.DisplayText, context.Comment, urls.Absolute($"/{culture}/my-entries"));
        await mailer.QueueAsync(new MailTemplate(typeof(NotifySubmitterAction).Assembly, context.Settings.Value!), new MailRecipient(email, person.DisplayName, culture), model, cancellationToken);
    }
}
