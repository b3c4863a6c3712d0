using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Data;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Submissions;
using StocktakingCms.Workflows.Data;
using static StocktakingCms.Tests.Submissions.SubmissionSupport;

namespace StocktakingCms.Tests.Workflows;

/// <summary>
/// The conversation between the reviewers and the submitter of an entry: on the review page and on
/// the submitter's page for the entry in My entries, mailed to the other side in their language,
/// closed to everyone else, plain text only.
/// </summary>
public abstract class CommentThreadTests(DatabaseProvider provider, SharedSite shared, TestSmtpServer smtp)
    : SiteTests(provider, shared), IClassFixture<TestSmtpServer>
{
    protected override IDictionary<string, string?>? Settings => smtp.SiteSettings;

    [Fact]
    public async Task Should_carry_a_comment_and_its_reply_between_reviewer_and_submitter_with_mails_in_their_languages()
    {
        var (contributor, contributorId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var contributorEmail = await SetLanguageAsync(contributorId, "fr");
        var id = await SubmittedEntryAsync(contributor, "Telecentres with questions");
        var (reviewer, reviewerId) = await CreateUserClientAsync(CmsRoles.Reviewer);
        var reviewerEmail = await SetLanguageAsync(reviewerId, "es");
        await ExpectRedirectAsync(PostAsync(reviewer, $"/admin/review/{id}/take", "comment", ""), $"/admin/review/{id}"); // the taker becomes the assignee

        await ExpectRedirectAsync(PostAsync(reviewer, $"/admin/review/{id}/comments", "text", "Who are the partners?\nPlease name them."), $"/admin/review/{id}#conversation");

        var toSubmitter = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == contributorEmail) && (m.Subject ?? "").Contains("Un examinateur a écrit", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Who are the partners?", toSubmitter.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/fr/my-entries/{id}", toSubmitter.TextBody, StringComparison.Ordinal); // absolute without Stocktaking:PublicUrl
        var mine = await ParseAsync(await contributor.GetAsync($"/en/my-entries/{id}"));
        var message = Assert.Single(mine.QuerySelectorAll("#conversation .thread-message"));
        var text = message.QuerySelector(".text")!;
        Assert.Equal(["Who are the partners?", "Please name them."], text.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.Single(message.QuerySelectorAll(".text br")); // the line break is kept
        Assert.Equal("Reviewer", message.QuerySelector(".meta strong")?.TextContent);
        var reviewerName = await UserNameAsync(reviewerId);
        Assert.DoesNotContain(reviewerName, mine.Body?.TextContent, StringComparison.Ordinal); // nor the reviewer's account, nor their address
        Assert.DoesNotContain("awa.ndiaye@example.org", mine.DocumentElement.OuterHtml, StringComparison.Ordinal); // the entry's private contact
        Assert.DoesNotContain("+221 33 000 00 00", mine.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("auto", text.GetAttribute("dir"));

        await ExpectRedirectAsync(PostAsync(contributor, $"/en/my-entries/{id}/comments", "text", "ITU and UNESCO."), $"/en/my-entries/{id}#conversation");

        var toReviewer = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == reviewerEmail) && (m.Subject ?? "").Contains("El autor respondió", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("ITU and UNESCO.", toReviewer.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/admin/review/{id}", toReviewer.TextBody, StringComparison.Ordinal);
        var review = await ParseAsync(await reviewer.GetAsync($"/admin/review/{id}"));
        var thread = review.QuerySelectorAll("#conversation .thread-message").Select(m => m.QuerySelector(".text")?.TextContent.Trim()).ToList();
        Assert.Equal(2, thread.Count);
        Assert.Equal("ITU and UNESCO.", thread[1]);
        var queue = await ParseAsync(await reviewer.GetAsync("/admin/review"));
        var row = queue.QuerySelectorAll("table.list tbody tr").Single(r => r.TextContent.Contains("Telecentres with questions", StringComparison.Ordinal));
        Assert.Contains("New reply from the submitter", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_steps_comment_in_the_thread_marked_as_that_step()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await SubmittedEntryAsync(contributor, "Changes asked in the thread");
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        await ExpectRedirectAsync(PostAsync(reviewer, $"/admin/review/{id}/take", "comment", ""), $"/admin/review/{id}");
        await ExpectRedirectAsync(PostAsync(reviewer, $"/admin/review/{id}/request-changes", "comment", "Add the budget."), $"/admin/review/{id}");
        await ExpectRedirectAsync(PostAsync(contributor, $"/en/my-entries/{id}/comments", "text", "Which currency?"), $"/en/my-entries/{id}#conversation");

        var messages = (await ParseAsync(await contributor.GetAsync($"/en/my-entries/{id}"))).QuerySelectorAll("#conversation .thread-message").ToList();

        Assert.Equal(["Add the budget.", "Which currency?"], messages.Select(m => m.QuerySelector(".text")?.TextContent.Trim()));
        Assert.Contains("with the step “Request changes”", messages[0].QuerySelector(".meta")?.TextContent, StringComparison.Ordinal);
        Assert.Null(messages[1].QuerySelector(".step"));
        Assert.Equal("You", messages[1].QuerySelector(".meta strong")?.TextContent);
    }

    [Fact]
    public async Task Should_answer_404_to_another_contributor_reading_or_posting_and_403_on_the_review_route()
    {
        var (owner, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await SubmittedEntryAsync(owner, "Someone else's conversation");
        var other = await CreateClientInRoleAsync(CmsRoles.Contributor);

        using (var read = await other.GetAsync($"/en/my-entries/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        using (var post = await PostAsync(other, $"/en/my-entries/{id}/comments", "text", "Let me in."))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        using (var admin = await PostAsync(other, $"/admin/review/{id}/comments", "text", "I am no reviewer."))
        {
            Assert.Equal("/error/403", admin.Headers.Location?.AbsolutePath); // the review pages refuse the person outright
        }

        using (var ownerOnAdmin = await PostAsync(owner, $"/admin/review/{id}/comments", "text", "Nor am I."))
        {
            Assert.Equal("/error/403", ownerOnAdmin.Headers.Location?.AbsolutePath);
        }

        Assert.Empty(await CommentsAsync(id));
    }

    [Fact]
    public async Task Should_refuse_an_empty_or_too_long_comment_with_a_localized_message_and_keep_the_typed_text()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await SubmittedEntryAsync(contributor, "Refused comments");
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);

        using (var empty = await PostAsync(contributor, $"/fr/my-entries/{id}/comments", "text", "  \n "))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Equal("Rédigez un commentaire avant de l’envoyer.", (await ParseAsync(empty)).QuerySelector("#conversation .message.error")?.TextContent);
        }

        var tooLong = "Partners: " + new string('x', WorkflowComment.MaxLength);
        using (var response = await PostAsync(contributor, $"/en/my-entries/{id}/comments", "text", tooLong))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await ParseAsync(response);
            Assert.Equal($"A comment can be at most 4000 characters long (this one has {tooLong.Length}).", page.QuerySelector("#conversation .message.error")?.TextContent);
            Assert.Equal(tooLong, page.QuerySelector("#reply-text")?.TextContent);
            Assert.Equal("true", page.QuerySelector("#reply-text")?.GetAttribute("aria-invalid"));
        }

        using (var byReviewer = await PostAsync(reviewer, $"/admin/review/{id}/comments", "text", tooLong))
        {
            Assert.Equal(HttpStatusCode.BadRequest, byReviewer.StatusCode);
            var page = await ParseAsync(byReviewer);
            Assert.StartsWith("A comment can be at most 4000 characters long", page.QuerySelector("#conversation .message.error")?.TextContent, StringComparison.Ordinal);
            Assert.Equal(tooLong, page.QuerySelector("#thread-text")?.TextContent);
        }

        Assert.Empty(await CommentsAsync(id));
    }

    [Fact]
    public async Task Should_refuse_a_comment_without_the_antiforgery_token()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await SubmittedEntryAsync(contributor, "Forged comments");
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);

        using var bySubmitter = await contributor.PostAsync($"/en/my-entries/{id}/comments", new FormUrlEncodedContent([new("text", "Forged reply")]));
        using var byReviewer = await reviewer.PostAsync($"/admin/review/{id}/comments", new FormUrlEncodedContent([new("text", "Forged comment")]));

        Assert.Equal(HttpStatusCode.BadRequest, bySubmitter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byReviewer.StatusCode);
        Assert.Empty(await CommentsAsync(id));
    }

    [Fact]
    public async Task Should_show_html_in_a_comment_as_text()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await SubmittedEntryAsync(contributor, "Markup in comments");
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        const string markup = "<script>alert('x')</script><b>bold</b> <a href=\"https://evil.example\">link</a>";

        await ExpectRedirectAsync(PostAsync(reviewer, $"/admin/review/{id}/comments", "text", markup), $"/admin/review/{id}#conversation");

        foreach (var page in new[] { await ParseAsync(await contributor.GetAsync($"/en/my-entries/{id}")), await ParseAsync(await reviewer.GetAsync($"/admin/review/{id}")) })
        {
            var text = page.QuerySelector("#conversation .thread-message .text");
            Assert.Equal(markup, text?.TextContent.Trim());
            Assert.Empty(text!.QuerySelectorAll("script, b, a"));
        }
    }

    [Fact]
    public async Task Should_list_comments_in_the_personal_data_and_keep_them_without_the_person_when_the_account_is_deleted()
    {
        var (contributor, contributorId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var userName = await Site.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByIdAsync(contributorId))!.UserName!);
        var id = await SubmittedEntryAsync(contributor, "Conversation outliving an account");
        await ExpectRedirectAsync(PostAsync(contributor, $"/en/my-entries/{id}/comments", "text", "A question before I leave."), $"/en/my-entries/{id}#conversation");

        Assert.Contains("A question before I leave.", await contributor.GetStringAsync("/en/account/personal-data"), StringComparison.Ordinal);
        using var deleted = await contributor.PostFormAsync("/en/account/delete", "/en/account/delete", [new("Password", "Role-Test-Password-42")]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var comment = Assert.Single(await CommentsAsync(id));
        Assert.Equal("A question before I leave.", comment.Text);
        Assert.NotEqual(contributorId, comment.UserId);
        Assert.Equal("", comment.UserName);
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        var page = await ParseAsync(await reviewer.GetAsync($"/admin/review/{id}"));
        var author = page.QuerySelector("#conversation .thread-message .meta strong")?.TextContent;
        Assert.Equal("Deleted account (submitter)", author);
        // The history keeps the submission step, without the person who took it.
        Assert.Contains("Deleted account", page.QuerySelectorAll("table.list td").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain(userName, page.Body!.TextContent, StringComparison.Ordinal);
        var instance = await Site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking().SingleAsync(i => i.ContentItemId == id));
        Assert.Null(instance.SubmitterUserId);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string field, string value)
    {
        var token = await client.GetAntiforgeryTokenAsync("/en/account");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new(field, value)]);
        return await client.PostAsync(url, content);
    }

    private async Task<string> SubmittedEntryAsync(HttpClient contributor, string title)
    {
        var baseUrl = await contributor.SubmitNewEntryAsync(title);
        var submissionId = baseUrl[(baseUrl.LastIndexOf('/') + 1)..];
        return await Site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<EntriesDbContext>().Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId)).ContentItemId!);
    }

    private Task<List<WorkflowComment>> CommentsAsync(string contentItemId) =>
        Site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowsDbContext>();
            var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.ContentItemId == contentItemId);
            return await db.Comments.AsNoTracking().Where(c => c.InstanceId == instance.Id).ToListAsync();
        });

    private async Task<string> SetLanguageAsync(string userId, string culture) =>
        await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
            return user.Email!;
        });

    private Task<string> UserNameAsync(string userId) =>
        Site.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByIdAsync(userId))!.UserName!);
}

public sealed class CommentThreadSqliteTests(SharedSite site, TestSmtpServer smtp) : CommentThreadTests(DatabaseProvider.Sqlite, site, smtp);

public sealed class CommentThreadPostgresTests(SharedSite site, TestSmtpServer smtp) : CommentThreadTests(DatabaseProvider.Postgres, site, smtp);
