using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Email;
using StocktakingCms.Email.Controllers;
using StocktakingCms.Email.Data;
using StocktakingCms.Email.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.Email.EmailSupport;

namespace StocktakingCms.Tests.Email;

/// <summary>
/// Mails of a site configured with a real SMTP server (<see cref="TestSmtpServer"/>): what arrives,
/// in which language, what a rolled-back transaction leaves, the admin outbox page.
/// Each test mails addresses of its own.
/// </summary>
public abstract class EmailTests(DatabaseProvider provider, SharedSite shared, TestSmtpServer smtp)
    : SiteTests(provider, shared), IClassFixture<TestSmtpServer>
{
    private const string Script = "<script>alert(1)</script>";

    protected override IDictionary<string, string?>? Settings => FastDelivery(more: smtp.SiteSettings);

    [Theory]
    [InlineData("fr-CH", "fr", "Message d'essai de ", "Si vous lisez ce message, l'envoi de courriels fonctionne.")]
    [InlineData("ar", "ar", "رسالة اختبار من ", "إذا كنت تقرأ هذه الرسالة، فإن إرسال البريد الإلكتروني يعمل.")]
    [InlineData("zh-Hans", "zh", "来自 ", "说明电子邮件发送功能正常")]
    [InlineData("es", "es", "Mensaje de prueba de ", "el envío de correo electrónico funciona")]
    [InlineData("de", "en", "Test message from ", "If you are reading it, e-mail delivery works.")]
    [InlineData(null, "en", "Test message from ", "If you are reading it, e-mail delivery works.")]
    public async Task Should_deliver_the_mail_in_the_recipients_language_with_a_text_and_a_sanitized_html_part(
        string? culture, string expected, string subjectStart, string sentence)
    {
        var address = UniqueAddress("culture");
        var siteName = await SiteNameAsync(Site);

        await QueueTestMessageAsync(Site, address, culture, requestedBy: Script);
        var message = await smtp.WaitForMessageToAsync(address, MailTimeout);

        Assert.StartsWith(subjectStart, message.Subject, StringComparison.Ordinal);
        Assert.Contains(siteName, message.Subject, StringComparison.Ordinal);
        Assert.Equal(expected, message.Body?.Headers[HeaderId.ContentLanguage]);
        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains(sentence, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(Script, message.TextBody, StringComparison.Ordinal);

        Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        var html = new HtmlParser().ParseDocument(message.HtmlBody ?? "");
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Equal(expected, html.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected == "ar" ? "rtl" : "ltr", html.DocumentElement.GetAttribute("dir"));
        Assert.Contains(sentence, html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Script, html.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(siteName, html.QuerySelector("strong")?.TextContent);

        var row = await WaitForOutboxAsync(Site, address, m => m.Status == OutboxStatus.Sent, "sent");
        Assert.Equal(1, row.Attempts);
        Assert.Equal(expected, row.Culture);
    }

    [Fact]
    public async Task Should_never_send_a_mail_queued_in_a_transaction_that_rolls_back()
    {
        var rolledBack = UniqueAddress("rolled-back");
        var committed = UniqueAddress("committed");

        await Site.WithScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<CmsDbSession>();
            var mailer = sp.GetRequiredService<IMailer>();
            await using (await session.BeginTransactionAsync())
            {
                await mailer.QueueAsync(AdminController.TestMessageTemplate, new MailRecipient(rolledBack, "Rolled Back", "fr"), new TestMessage("test"));
            }

            await using var transaction = await session.BeginTransactionAsync();
            await mailer.QueueAsync(AdminController.TestMessageTemplate, new MailRecipient(committed, "Committed", "fr"), new TestMessage("test"));
            await transaction.CommitAsync();
        });

        // Mails go out in the order they were queued: once the later one arrived, the earlier one would have too.
        var arrived = await smtp.WaitForMessageToAsync(committed, MailTimeout);
        Assert.Equal("Committed", arrived.To.Mailboxes.Single().Name);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(to => to.Address == rolledBack));
        Assert.Empty(await OutboxToAsync(Site, rolledBack));
    }

    [Fact]
    public async Task Should_use_the_operators_template_from_the_data_folder_and_the_module_one_again_once_it_is_removed()
    {
        var folder = Path.Combine(Site.DataPath, "mail-templates");
        var path = Path.Combine(folder, "test-message.ru.liquid");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(path, "---\nsubject: Проверка связи — {{ site.name }}\n---\nПисьмо оператора для {{ requestedBy }}.");
        var overridden = UniqueAddress("override");
        var embedded = UniqueAddress("embedded");
        var siteName = await SiteNameAsync(Site);

        try
        {
            await QueueTestMessageAsync(Site, overridden, "ru", requestedBy: "Ольга");
        }
        finally
        {
            File.Delete(path);
        }

        await QueueTestMessageAsync(Site, embedded, "ru");

        var first = await smtp.WaitForMessageToAsync(overridden, MailTimeout);
        Assert.Equal($"Проверка связи — {siteName}", first.Subject);
        Assert.Equal("Письмо оператора для Ольга.", first.TextBody?.Trim());
        Assert.Equal($"Тестовое сообщение с сайта {siteName}", (await smtp.WaitForMessageToAsync(embedded, MailTimeout)).Subject);
    }

    [Fact]
    public async Task Should_throw_naming_the_file_and_queue_nothing_when_the_template_is_missing()
    {
        var address = UniqueAddress("missing");

        var error = await Assert.ThrowsAsync<MailTemplateException>(() => Site.WithScopeAsync(sp => sp.GetRequiredService<IMailer>()
            .QueueAsync(new MailTemplate(typeof(AdminController).Assembly, "no-such-template"), new MailRecipient(address, null, "es"), new TestMessage("x"))));

        Assert.Contains("Mail/no-such-template.es.liquid", error.Message, StringComparison.Ordinal);
        Assert.Empty(await OutboxToAsync(Site, address));
    }

    [Fact]
    public async Task Should_send_the_anonymous_visitor_to_sign_in_and_an_editor_to_access_denied_when_the_outbox_is_opened()
    {
        using var anonymous = await CreateClient().GetAsync("/admin/email");
        using var editor = await (await CreateClientInRoleAsync(CmsRoles.Editor)).GetAsync("/admin/email");
        using var administrator = await (await CreateAdminClientAsync()).GetAsync("/admin/email");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/login", PathOf(anonymous));
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.StartsWith("/error/403", PathOf(editor), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
    }

    [Fact]
    public async Task Should_show_a_localized_field_error_and_queue_nothing_when_the_test_form_has_an_invalid_address()
    {
        var client = await CreateAdminClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var before = await CountOutboxAsync();

        using var response = await Html.SubmitAsync(client, "/admin/email", "form[action='/admin/email/test']", fields => fields
            .Set("Test.To", "not an address").Set("Test.Culture", "fr"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            "Veuillez saisir une seule adresse électronique, par exemple name@example.org.",
            page.QuerySelector("form[action='/admin/email/test'] .field-error")?.TextContent.Trim());
        Assert.Equal("not an address", page.QuerySelector("input[name='Test.To']")?.GetAttribute("value"));
        Assert.Equal(before, await CountOutboxAsync());
    }

    [Fact]
    public async Task Should_queue_the_test_message_in_the_chosen_language_and_list_it_as_sent_when_the_test_form_is_sent()
    {
        var client = await CreateAdminClientAsync();
        var address = UniqueAddress("admin-test");

        using var response = await Html.SubmitAsync(client, "/admin/email", "form[action='/admin/email/test']", fields => fields
            .Set("Test.To", address).Set("Test.Culture", "es"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = await smtp.WaitForMessageToAsync(address, MailTimeout);
        Assert.StartsWith("Mensaje de prueba de ", message.Subject, StringComparison.Ordinal);
        Assert.Contains(CmsSiteFactory.AdminUserName, message.TextBody, StringComparison.Ordinal);
        var row = await WaitForOutboxAsync(Site, address, m => m.Status == OutboxStatus.Sent, "sent");

        var page = await Html.GetAsync(client, "/admin/email");
        Assert.Equal($"A test e-mail to {address} is in the outbox.", page.QuerySelector(".message.success")?.TextContent.Trim());
        var line = page.QuerySelector($"tr[data-id='{row.Id}']");
        Assert.NotNull(line);
        Assert.Equal("Sent", line.QuerySelector(".status")?.TextContent.Trim());
        Assert.Contains(address, line.TextContent, StringComparison.Ordinal);
        Assert.Contains(message.Subject ?? "?", line.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_which_file_is_wrong_when_the_test_form_meets_an_operators_broken_template()
    {
        var path = Path.Combine(Site.DataPath, "mail-templates", "test-message.ru.liquid");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "---\nsubject: Тест\n---\n{% for %}");
        var client = await CreateAdminClientAsync();
        var address = UniqueAddress("broken-template");

        try
        {
            using var response = await Html.SubmitAsync(client, "/admin/email", "form[action='/admin/email/test']", fields => fields
                .Set("Test.To", address).Set("Test.Culture", "ru"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }

        var error = (await Html.GetAsync(client, "/admin/email")).QuerySelector(".message.error")?.TextContent.Trim() ?? "";
        Assert.StartsWith("The test e-mail could not be prepared: ", error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Empty(await OutboxToAsync(Site, address));
    }

    [Fact]
    public async Task Should_list_a_failed_mail_with_its_error_and_send_it_when_retry_now_is_pressed()
    {
        var address = UniqueAddress("given-up");
        var failed = await AddOutboxRowAsync(Site, new OutboxMessage
        {
            Template = "test-message",
            ToAddress = address,
            Culture = "en",
            Subject = "Given up",
            TextBody = "Body",
            HtmlBody = "<p>Body</p>",
            CreatedUtc = DateTime.UtcNow,
            Attempts = 4,
            LastError = "SocketException: Connection refused",
        });
        var client = await CreateAdminClientAsync();

        var page = await Html.GetAsync(client, "/admin/email");
        var line = page.QuerySelector($"tr[data-id='{failed.Id}']");
        Assert.NotNull(line);
        Assert.Equal("Failed", line.QuerySelector(".status")?.TextContent.Trim());
        Assert.Equal("SocketException: Connection refused", line.QuerySelector(".last-error")?.TextContent.Trim());

        using var retried = await Html.SubmitAsync(client, "/admin/email", $"form[action='/admin/email/{failed.Id}/retry']", _ => { });

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal("Given up", (await smtp.WaitForMessageToAsync(address, MailTimeout)).Subject);
        var row = await WaitForOutboxAsync(Site, address, m => m.Status == OutboxStatus.Sent, "sent");
        Assert.Equal(5, row.Attempts);
    }

    private Task<int> CountOutboxAsync() =>
        Site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<EmailDbContext>().Outbox.Count()));

    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0])
            : "";
}

public sealed class EmailSqliteTests(SharedSite site, TestSmtpServer smtp) : EmailTests(DatabaseProvider.Sqlite, site, smtp);

public sealed class EmailPostgresTests(SharedSite site, TestSmtpServer smtp) : EmailTests(DatabaseProvider.Postgres, site, smtp);
