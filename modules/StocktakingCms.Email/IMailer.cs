using System.Reflection;

namespace StocktakingCms.Email;

/// <summary>
/// A template that lives as embedded resources in the assembly of the module that sends it:
/// <c>Mail/{Name}.{culture}.liquid</c> for culture in ar, zh, en, fr, ru, es (zh, not zh-Hans).
/// Modules embed every <c>Mail/*.liquid</c> file under that name automatically (modules/Directory.Build.props).
/// </summary>
public sealed record MailTemplate(Assembly Assembly, string Name);

/// <summary>Who a mail goes to, and the language it is written in (null: English).</summary>
public sealed record MailRecipient(string Address, string? DisplayName, string? Culture);

/// <summary>Sends templated, localized mails through the outbox.</summary>
public interface IMailer
{
    /// <summary>
    /// Renders the template in the recipient's culture (falling back to en when the recipient has none
    /// or it is not one of the six) and puts the message in the outbox, inside the current CmsDbSession
    /// transaction: it is sent only if that transaction commits. <paramref name="model"/> is a plain C#
    /// object (records / classes, registered for Fluid member access automatically); the template also
    /// sees <c>site.name</c> and <c>site.url</c>.
    /// </summary>
    /// <exception cref="MailTemplateException">The template is missing or does not parse (a developer error).</exception>
    Task QueueAsync(MailTemplate template, MailRecipient to, object model, CancellationToken cancellationToken = default);
}

/// <summary>A mail template that cannot be used: missing, without a subject, or with a Liquid syntax error.</summary>
public sealed class MailTemplateException : Exception
{
    public MailTemplateException()
    {
    }

    public MailTemplateException(string message)
        : base(message)
    {
    }

    public MailTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
