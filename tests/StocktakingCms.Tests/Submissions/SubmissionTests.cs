using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Media;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Media;
using static StocktakingCms.Tests.Submissions.SubmissionSupport;

namespace StocktakingCms.Tests.Submissions;

/// <summary>
/// The public submission form end to end through the site: each step checked with the entry's
/// rules while keeping what was typed, uploads, the author's privacy, and the entry left
/// unpublished for review. The setup recipe's sample call is open.
/// </summary>
public abstract class SubmissionTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Media:MaxImagesPerItem"] = "2",
        ["Media:MaxImageBytes"] = "4096",
    };

    [Fact]
    public async Task Should_check_each_step_keep_what_was_typed_and_submit_an_unpublished_entry()
    {
        var (client, userId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var first = await client.StartAsync();
        var baseUrl = first[..first.LastIndexOf('/')];

        // Step 1: the organisation's name is missing; the partners typed stay.
        var organisation = Organisation();
        organisation["OrganisationName"] = "";
        using (var invalid = await client.PostStepAsync(first, organisation))
        {
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            var page = await ParseAsync(invalid);
            Assert.Equal("The organisation's name is required.", FieldError(page, "OrganisationName"));
            Assert.Equal("Université Cheikh Anta Diop\nOrange Sénégal", page.QuerySelector("textarea[name=Partners]")?.TextContent);
        }

        await ExpectRedirectAsync(client.PostStepAsync(first, Organisation()), $"{baseUrl}/project");

        // Step 2: no short description; the title stays.
        var project = Project("Rural telecentres");
        project["ShortDescription"] = "";
        using (var invalid = await client.PostStepAsync($"{baseUrl}/project", project))
        {
            var page = await ParseAsync(invalid);
            Assert.Equal("The short description is required.", FieldError(page, "ShortDescription"));
            Assert.Equal("Rural telecentres", page.QuerySelector("input[name=Title]")?.GetAttribute("value"));
            Assert.Null(FieldError(page, "OrganisationName")); // another step's problems are not shown here
        }

        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/project", Project("Rural telecentres")), $"{baseUrl}/classification");

        // Step 3: no action line; the countries chosen stay checked.
        using (var invalid = await client.PostStepAsync($"{baseUrl}/classification", Classification().Where(f => f.Key != "ActionLines")))
        {
            var page = await ParseAsync(invalid);
            Assert.Equal("WSIS Action Lines: choose at least one.", FieldError(page, "ActionLines"));
            Assert.True(page.QuerySelector("#Countries-SN")?.HasAttribute("checked"));
        }

        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/classification", Classification()), $"{baseUrl}/media");

        // Step 4: an image without a description is kept but must be described before going on.
        using (var upload = await client.PostMediaAsync($"{baseUrl}/media", [], [("NewImage", "telecentre.png", MediaSamples.Png)]))
        {
            var page = await ParseAsync(upload);
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
            Assert.Contains("telecentre.png", page.QuerySelector("ul.attachments")?.TextContent, StringComparison.Ordinal);
        }

        var imageId = (await ReadSubmissionAsync(baseUrl)).Images.Single().MediaId;
        using (var missingAlt = await client.PostStepAsync($"{baseUrl}/media", []))
        {
            Assert.Equal(HttpStatusCode.OK, missingAlt.StatusCode);
            Assert.StartsWith("Describe image 1 (telecentre.png)", FieldError(await ParseAsync(missingAlt), "Images"), StringComparison.Ordinal);
        }

        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/media", [new($"ImageAlts[{imageId}]", "Women learning to use a computer")]), $"{baseUrl}/review");

        using (var review = await client.GetAsync($"{baseUrl}/review"))
        {
            var page = await ParseAsync(review);
            Assert.Null(page.QuerySelector(".message.error"));
            Assert.NotNull(page.QuerySelector($"form[action='{baseUrl}/submit']"));
        }

        using var submitted = await client.PostFormAsync($"{baseUrl}/review", $"{baseUrl}/submit", []);
        Assert.Equal("/en/my-entries", submitted.Headers.Location?.OriginalString);

        var mine = await ParseAsync(await client.GetAsync("/en/my-entries"));
        Assert.Contains("Submitted, waiting for review", mine.QuerySelector("table.list")?.TextContent, StringComparison.Ordinal);

        var submission = await FindSubmissionAsync(baseUrl);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        var entry = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(submission.ContentItemId!, VersionOptions.Latest));
        Assert.NotNull(entry);
        Assert.False(entry.Published);
        Assert.Equal(userId, entry.Owner);
        Assert.Equal("Rural telecentres", entry.DisplayText);
        Assert.Equal("en", entry.Culture);
        var terms = entry.As<TermsPart>();
        Assert.Equal(["C4", "C7-e-learning", "C7"], terms.Get(EntryFields.ActionLines));
        Assert.Equal(["2027"], terms.Get(EntryFields.Edition)); // the open call's edition
        Assert.Contains("002", terms.Get(EntryFields.Regions)); // Africa, derived from Senegal
        Assert.Equal("Women learning to use a computer", Assert.Single(entry.As<EntryPart>().Images).Alt);
        var image = await Site.WithScopeAsync(sp => sp.GetRequiredService<IMediaStore>().FindAsync(imageId));
        Assert.Equal(MediaKind.Image, image?.Kind);
        using var anonymous = await CreateClient().GetAsync($"/media/{imageId}/telecentre.png");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode); // not public before publication

        using var again = await client.GetAsync($"{baseUrl}/organisation");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode); // with the reviewers: no more edits
    }

    [Fact]
    public async Task Should_save_a_draft_without_checking_and_resume_at_the_furthest_step()
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var first = await client.StartAsync();
        var baseUrl = first[..first.LastIndexOf('/')];
        await ExpectRedirectAsync(client.PostStepAsync(first, Organisation()), $"{baseUrl}/project");

        var half = new Dictionary<string, string> { ["Title"] = "Half-written project" };
        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/project", half, go: "save"), $"{baseUrl}/project");

        await ExpectRedirectAsync(client.GetAsync(baseUrl), $"{baseUrl}/project");
        var page = await ParseAsync(await client.GetAsync($"{baseUrl}/project"));
        Assert.Equal("Half-written project", page.QuerySelector("input[name=Title]")?.GetAttribute("value"));
        var landing = await ParseAsync(await client.GetAsync("/en/submit"));
        Assert.Contains("Half-written project", landing.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_403_when_another_contributor_opens_or_posts_a_draft()
    {
        var (author, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var first = await author.StartAsync();
        var (other, _) = await CreateUserClientAsync(CmsRoles.Contributor);

        using var read = await other.GetAsync(first);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);

        var token = await other.GetAntiforgeryTokenAsync("/en/submit");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("OrganisationName", "Hijacked"), new("go", "save")]);
        using var write = await other.PostAsync(first, content);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.NotEqual("Hijacked", (await ReadSubmissionAsync(first[..first.LastIndexOf('/')])).OrganisationName);
    }

    [Fact]
    public async Task Should_send_anonymous_visitors_to_sign_in_before_submitting()
    {
        using var response = await CreateClient().GetAsync("/en/submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("html")]
    [InlineData("pdf")]
    public async Task Should_refuse_an_upload_that_is_not_an_image_and_attach_nothing(string sample)
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await client.FillAllStepsAsync("Upload check");

        using var response = await client.PostMediaAsync($"{baseUrl}/media", [new("NewImageAlt", "A photo")], [("NewImage", "photo.png", MediaSamples.Named(sample))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.NotNull(FieldError(page, "NewImage"));
        Assert.Equal("A photo", page.QuerySelector("#NewImageAlt")?.GetAttribute("value"));
        Assert.Empty((await ReadSubmissionAsync(baseUrl)).Images);
    }

    [Fact]
    public async Task Should_refuse_an_image_over_the_size_limit_and_a_third_image()
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await client.FillAllStepsAsync("Limits check");
        byte[] big = [.. MediaSamples.Png, .. new byte[5000]];

        using (var tooBig = await client.PostMediaAsync($"{baseUrl}/media", [], [("NewImage", "big.png", big)]))
        {
            Assert.NotNull(FieldError(await ParseAsync(tooBig), "NewImage"));
        }

        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.PostMediaAsync($"{baseUrl}/media", [new("NewImageAlt", $"Photo {i}")], [("NewImage", $"p{i}.png", MediaSamples.Png)]);
            Assert.Null(FieldError(await ParseAsync(ok), "NewImage"));
        }

        using var third = await client.PostMediaAsync($"{baseUrl}/media", [new("NewImageAlt", "One too many")], [("NewImage", "p3.png", MediaSamples.Png)]);
        Assert.Equal("An entry can have at most 2 images: remove one first.", FieldError(await ParseAsync(third), "NewImage"));
        Assert.Equal(2, (await ReadSubmissionAsync(baseUrl)).Images.Count);
    }

    [Fact]
    public async Task Should_not_let_a_contributor_publish_the_entry_they_submitted()
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await client.SubmitNewEntryAsync("Not by myself");

        var id = (await FindSubmissionAsync(baseUrl)).ContentItemId!;
        var token = await client.GetAntiforgeryTokenAsync("/en/my-entries");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync($"/admin/content/{id}/publish", content);

        Assert.Equal("/error/403", response.Headers.Location?.AbsolutePath);
        var entry = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published));
        Assert.Null(entry);
    }

    [Fact]
    public async Task Should_propose_an_update_of_a_published_entry_while_the_published_text_stays_online()
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await client.SubmitNewEntryAsync("Telecentres, first year");

        var id = (await FindSubmissionAsync(baseUrl)).ContentItemId!;
        await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(id));
        Assert.Equal(SubmissionStatus.Published, (await FindSubmissionAsync(baseUrl)).Status);

        using var proposed = await client.PostFormAsync("/en/my-entries", $"/en/my-entries/{id}/update", []);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var updateBase = proposed.Headers.Location!.OriginalString[..proposed.Headers.Location.OriginalString.LastIndexOf('/')];
        Assert.NotEqual(baseUrl, updateBase);

        var project = Project("Telecentres, second year");
        await ExpectRedirectAsync(client.PostStepAsync($"{updateBase}/project", project), $"{updateBase}/classification");
        using (await client.PostFormAsync($"{updateBase}/review", $"{updateBase}/submit", []))
        {
        }

        var (published, latest) = await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            return (await content.GetAsync(id, VersionOptions.Published), await content.GetAsync(id, VersionOptions.Latest));
        });
        Assert.Equal("Telecentres, first year", published?.DisplayText);
        Assert.Equal("Telecentres, second year", latest?.DisplayText);
        Assert.False(latest!.Published);
    }

    [Fact]
    public async Task Should_show_published_entries_of_the_same_organisation_before_submitting()
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var firstBase = await client.SubmitNewEntryAsync("Solar-powered school connectivity");

        var id = (await FindSubmissionAsync(firstBase)).ContentItemId!;
        await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(id));

        var secondBase = await client.FillAllStepsAsync("School connectivity with solar power");
        var review = await ParseAsync(await client.GetAsync($"{secondBase}/review"));

        Assert.Contains("Solar-powered school connectivity", review.QuerySelector("#similar-heading")?.ParentElement?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_submissions_in_the_personal_data_and_keep_entries_without_the_person_when_the_account_is_deleted()
    {
        var (client, userId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await client.SubmitNewEntryAsync("Kept after deletion");

        var id = (await FindSubmissionAsync(baseUrl)).ContentItemId!;
        var data = await client.GetStringAsync("/en/account/personal-data");
        Assert.Contains("Kept after deletion", data, StringComparison.Ordinal);
        Assert.Contains("awa.ndiaye@example.org", data, StringComparison.Ordinal);

        using var deleted = await client.PostFormAsync("/en/account/delete", "/en/account/delete", [new("Password", "Role-Test-Password-42")]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var entry = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.NotNull(entry);
        Assert.Null(entry.Owner);
        var part = entry.As<EntryPart>();
        Assert.Equal("Agence nationale du numérique", part.OrganisationName);
        Assert.Equal("", part.PrivateContactEmail);
        Assert.Equal("", part.PrivateContactPhone);
        var submission = await FindSubmissionAsync(baseUrl);
        Assert.NotEqual(userId, submission.OwnerUserId);
        Assert.DoesNotContain("awa.ndiaye", submission.Data, StringComparison.Ordinal);
    }

    private async Task<Submission> FindSubmissionAsync(string baseUrl)
    {
        var id = baseUrl[(baseUrl.LastIndexOf('/') + 1)..];
        return await Site.WithScopeAsync(sp => sp.GetRequiredService<EntriesDbContext>().Submissions.AsNoTracking().SingleAsync(s => s.Id == id));
    }

    private async Task<SubmissionData> ReadSubmissionAsync(string baseUrl) => SubmissionService.Read(await FindSubmissionAsync(baseUrl));
}

public sealed class SubmissionSqliteTests(SharedSite site) : SubmissionTests(DatabaseProvider.Sqlite, site);

public sealed class SubmissionPostgresTests(SharedSite site) : SubmissionTests(DatabaseProvider.Postgres, site);
