using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using StocktakingCms.Tests.Media;
using static StocktakingCms.Tests.Calls.CallsSupport;

namespace StocktakingCms.Tests.Calls;

/// <summary>
/// The letter announcing the 2023 call, as the setup recipe ships it in six languages: laid out as
/// a letter, linked both ways with its call, validated in the admin editor, printable.
/// </summary>
public abstract class LetterTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData("fr", "Genève, le 7 septembre 2022", "Gouvernements", "Objet :", "Inventaire du SMSI : mises à jour et nouvelles contributions pour 2023", "Houlin Zhao")]
    [InlineData("en", "Geneva, September 7, 2022", "Private sector", "Subject:", "WSIS Stocktaking: updates and new entries for 2023", "Houlin Zhao")]
    [InlineData("zh", "日内瓦，2022年9月7日", "民间社会", "事由：", "信息社会世界峰会盘点：2023年条目更新和新条目", "赵厚麟")]
    [InlineData("ar", "جنيف، 7 سبتمبر 2022", "الأوساط الأكاديمية", "الموضوع:", "عملية الجرد الخاصة بالقمة العالمية لمجتمع المعلومات: تحديثات ومدخلات جديدة لعام 2023", "هولين جاو")]
    public async Task Should_lay_the_letter_out_with_reference_date_addressees_subject_and_signature(
        string culture, string placeAndDate, string addressee, string subjectLabel, string subject, string signatory)
    {
        var page = await GetPageAsync(CreateClient(), LetterUrl(culture));

        var letter = page.QuerySelector("article.letter");
        Assert.NotNull(letter);
        Assert.Equal(culture, letter.GetAttribute("lang"));
        Assert.Equal("WSIS_Stocktaking_2023", Text(letter.QuerySelector(".letter-reference dd")));
        Assert.Equal(placeAndDate, Text(letter.QuerySelector(".letter-date")));
        Assert.Equal("2022-09-07", letter.QuerySelector(".letter-date time")?.GetAttribute("datetime"));
        Assert.Equal(5, letter.QuerySelectorAll(".letter-addressees li").Length);
        Assert.Contains(addressee, letter.QuerySelectorAll(".letter-addressees li").Select(Text));
        Assert.Equal($"{subjectLabel} {subject}", Text(letter.QuerySelector("h1.letter-subject")));
        Assert.Equal(signatory, Text(letter.QuerySelector(".letter-sender-name")));
        Assert.Equal("mailto:wsis-stocktaking@itu.int", letter.QuerySelector(".letter-contact a")?.GetAttribute("href"));
        Assert.Contains("2023", Text(letter.QuerySelector(".body")), StringComparison.Ordinal);
        Assert.Equal(Call2023Url(culture), letter.QuerySelector(".letter-call a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Should_mark_the_french_original_as_french_and_rtl_for_the_arabic_translation()
    {
        var french = await GetPageAsync(CreateClient(), LetterUrl("fr"));
        var arabic = await GetPageAsync(CreateClient(), LetterUrl("ar"));

        Assert.Equal("fr", french.QuerySelector("article.letter")?.GetAttribute("lang"));
        Assert.Equal("ltr", french.QuerySelector("article.letter")?.GetAttribute("dir"));
        Assert.Contains("paragraphe 120 de l’Agenda de Tunis", Text(french.QuerySelector("article.letter .body")), StringComparison.Ordinal);
        Assert.Equal("rtl", arabic.QuerySelector("article.letter")?.GetAttribute("dir"));
        Assert.Null(french.QuerySelector(".letter-original"));
        var original = arabic.QuerySelector(".letter-original a");
        Assert.Equal(LetterUrl("fr"), original?.GetAttribute("href"));
        Assert.Equal("fr", original?.GetAttribute("lang"));
        Assert.Equal("Français", Text(original));
    }

    [Fact]
    public async Task Should_ship_the_2023_call_in_six_languages_closed_and_linking_to_its_letter()
    {
        var calls = await Site.WithScopeAsync(async sp =>
        {
            var schedule = sp.GetRequiredService<CallSchedule>();
            schedule.Evict();
            return (await schedule.ListAsync()).Where(c => c.LocalizationSet == Call2023Set).ToList();
        });

        Assert.Equal(Cultures.Order(), calls.Select(c => c.Culture).Order());
        Assert.All(calls, c => Assert.Equal("2023", c.Edition));
        Assert.All(calls, c => Assert.Equal(new DateTime(2023, 1, 31, 22, 59, 0, DateTimeKind.Utc), c.ClosesUtc));
        foreach (var culture in Cultures)
        {
            var page = await GetPageAsync(CreateClient(), Call2023Url(culture));
            Assert.NotNull(page.QuerySelector(".call-status.closed"));
            Assert.Null(page.QuerySelector(".call-status.open"));
            Assert.Equal(LetterUrl(culture), page.QuerySelector(".call-letters a")?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Should_link_each_call_of_the_archive_to_its_letter(string culture)
    {
        var page = await GetPageAsync(CreateClient(), $"/{culture}/calls");

        var row = page.QuerySelectorAll("table.list tbody tr")
            .Single(r => r.QuerySelector($"a[href='{Call2023Url(culture)}']") is not null);
        var letter = row.QuerySelector($"a[href='{LetterUrl(culture)}']");
        Assert.Equal("WSIS_Stocktaking_2023", Text(letter));
    }

    [Theory]
    [InlineData("", "wsis-stocktaking@itu.int", "LetterPart.Subject", "Enter the letter's subject.")]
    [InlineData("A subject", "not an address", "LetterPart.ContactEmail", "Enter an e-mail address such as name@example.org.")]
    public async Task Should_show_the_error_next_to_the_field_when_a_letter_is_invalid(string subject, string email, string field, string message)
    {
        var client = await CreateAdminClientAsync();
        var before = await CountLettersAsync();

        using var response = await client.PostFormAsync("/admin/content/create/Letter", "/admin/content/create/Letter",
        [
            new("TitlePart.Title", "A letter"),
            new("AutoroutePart.Slug", UniqueSlug("letter")),
            new("LetterPart.Reference", "REF_1"),
            new("LetterPart.Place", "Geneva"),
            new("LetterPart.Date", "2022-09-07"),
            new("LetterPart.Subject", subject),
            new("LetterPart.Addressees", "Governments\nAcademia"),
            new("LetterPart.ContactEmail", email),
            new("MarkdownBodyPart.Markdown", "Dear Sir/Madam,"),
            new("culture", "en"),
            new("submit", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim());
        Assert.Equal(subject, page.QuerySelector("input[name='LetterPart.Subject']")?.GetAttribute("value"));
        Assert.Equal(before, await CountLettersAsync());
    }

    [Fact]
    public async Task Should_keep_the_whole_letter_in_its_language_when_shown_in_place_of_a_missing_translation()
    {
        var admin = await CreateAdminClientAsync();
        var slug = UniqueSlug("lettre");
        using var response = await admin.PostFormAsync("/admin/content/create/Letter", "/admin/content/create/Letter",
        [
            new("TitlePart.Title", "Lettre aux partenaires"),
            new("AutoroutePart.Slug", slug),
            new("LetterPart.Reference", "REF_FR"),
            new("LetterPart.Date", "2024-03-01"),
            new("LetterPart.Subject", "Partenariats"),
            new("LetterPart.Addressees", "Gouvernements"),
            new("LetterPart.ContactEmail", "wsis-stocktaking@itu.int"),
            new("MarkdownBodyPart.Markdown", "Madame, Monsieur,"),
            new("culture", "fr"),
            new("submit", "publish"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await GetPageAsync(CreateClient(), $"/ru/{slug}");

        // The page and its notice speak Russian; the letter, marked French, is French throughout.
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("русский", Text(page.QuerySelector("main p.notice")), StringComparison.Ordinal);
        var letter = page.QuerySelector("article.letter")!;
        Assert.Equal("fr", letter.GetAttribute("lang"));
        Assert.Equal("Objet : Partenariats", Text(letter.QuerySelector("h1.letter-subject")));
        Assert.Equal("Destinataires :", Text(letter.QuerySelector(".letter-addressees .letter-label")));
        Assert.Equal("1 mars 2024", Text(letter.QuerySelector(".letter-date time")));
        // After the letter, the page is Russian again.
        Assert.Equal("На этом сайте", Text(page.QuerySelector("#footer-site")));
    }

    [Fact]
    public async Task Should_mark_the_visitors_language_on_the_facts_of_a_call_shown_in_place_of_a_missing_translation()
    {
        var slug = UniqueSlug("appel");
        await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<StocktakingCms.Core.Content.IContentManager>();
            var call = await content.NewAsync(CallSchedule.ContentType);
            call.Culture = "fr";
            // Closed long ago: the open call of the shared site and its banner stay as they are.
            call.Alter<StocktakingCms.Contents.Models.TitlePart>(t => t.Title = "Appel fermé de 2020")
                .Alter<StocktakingCms.Contents.Models.AutoroutePart>(r => r.Slug = slug)
                .Alter<StocktakingCms.Calls.Models.CallPart>(c =>
                {
                    c.OpensUtc = new DateTime(2020, 1, 6, 9, 0, 0, DateTimeKind.Utc);
                    c.ClosesUtc = new DateTime(2020, 2, 28, 17, 0, 0, DateTimeKind.Utc);
                    c.Forum = "Forum du SMSI 2020";
                });
            var created = await content.CreateAsync(call, publish: true);
            Assert.True(created.Succeeded, string.Join(" ", created.AllMessages));
        });

        var page = await GetPageAsync(CreateClient(), $"/ru/{slug}");

        // The call is marked French; its labels are Russian and say so, its forum's name is French.
        Assert.Equal("fr", page.QuerySelector("main article[lang]")!.GetAttribute("lang"));
        var facts = page.QuerySelector("main .call-facts")!;
        Assert.Equal("ru", facts.GetAttribute("lang"));
        Assert.Contains(facts.QuerySelectorAll("dt"), dt => Text(dt) == "Крайний срок");
        Assert.Equal("fr", facts.QuerySelector("dd[dir=auto]")!.GetAttribute("lang"));
        Assert.Equal("Forum du SMSI 2020", Text(facts.QuerySelector("dd[dir=auto]")));
    }

    [Fact]
    public async Task Should_create_a_letter_in_the_admin_and_show_it_with_its_addressees()
    {
        var client = await CreateAdminClientAsync();
        var slug = UniqueSlug("letter");

        using var response = await client.PostFormAsync("/admin/content/create/Letter", "/admin/content/create/Letter",
        [
            new("TitlePart.Title", "Letter to partners"),
            new("AutoroutePart.Slug", slug),
            new("LetterPart.Reference", "REF_2"),
            new("LetterPart.Date", "2024-03-01"),
            new("LetterPart.Subject", "Partners"),
            new("LetterPart.Addressees", " Governments \n\nAcademia\n"),
            new("LetterPart.CallId", Call2023Id("en")),
            new("MarkdownBodyPart.Markdown", "Dear partners,"),
            new("culture", "en"),
            new("submit", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await GetPageAsync(CreateClient(), $"/en/{slug}");
        Assert.Equal(["Governments", "Academia"], page.QuerySelectorAll(".letter-addressees li").Select(Text));
        Assert.Equal("March 1, 2024", Text(page.QuerySelector(".letter-date")));
    }

    [Fact]
    public async Task Should_send_the_letter_with_its_pdf_attachments_and_make_them_public_only_while_it_is_published()
    {
        var admin = await CreateAdminClientAsync();
        var slug = UniqueSlug("letter-annex");
        var form = (await Html.GetAsync(admin, "/admin/content/create/Letter")).QuerySelector("form.editor")!;
        var fields = Html.Fields(form).Where(f => !f.Key.EndsWith("NewAttachment", StringComparison.Ordinal)).ToList()
            .Set("TitlePart.Title", "Letter with an annex")
            .Set("AutoroutePart.Slug", slug)
            .Set("LetterPart.Reference", "REF_ANNEX")
            .Set("LetterPart.Date", "2024-03-01")
            .Set("LetterPart.Subject", "The reporting template")
            .Set("LetterPart.NewAttachmentTitle", "Reporting template")
            .Set("culture", "en")
            .Set("submit", "publish");

        using var created = await PostMultipartAsync(admin, form.GetAttribute("action")!, fields, ("LetterPart.NewAttachment", "template.pdf", MediaSamples.Pdf));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var visitor = CreateClient();
        var page = await GetPageAsync(visitor, $"/en/{slug}");
        var link = page.QuerySelector(".letter-attachments a");
        Assert.Equal("Reporting template", Text(link));
        var url = link!.GetAttribute("href")!;
        using (var download = await visitor.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(MediaSamples.Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // A file that is not a PDF is refused next to its field, and the letter keeps its attachment.
        var editUrl = created.Headers.Location!.OriginalString;
        var editor = (await Html.GetAsync(admin, editUrl)).QuerySelector("form.editor")!;
        var again = Html.Fields(editor).Where(f => !f.Key.EndsWith("NewAttachment", StringComparison.Ordinal)).ToList().Set("submit", "publish");
        using var refused = await PostMultipartAsync(admin, editor.GetAttribute("action") ?? editUrl, again, ("LetterPart.NewAttachment", "setup.pdf", MediaSamples.Exe));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(Text((await Html.ParseAsync(refused)).QuerySelector("[data-valmsg-for='LetterPart.NewAttachment']"))));
        Assert.Single((await GetPageAsync(visitor, $"/en/{slug}")).QuerySelectorAll(".letter-attachments a"));

        // Off line, the letter's files are no longer public.
        var id = editUrl.Split('/')[3];
        await Site.WithScopeAsync(sp => sp.GetRequiredService<StocktakingCms.Core.Content.IContentManager>().UnpublishAsync(id));
        using var hidden = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    /// <summary>Posts an editor form as a browser does with a file chosen.</summary>
    private static async Task<HttpResponseMessage> PostMultipartAsync(
        HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, (string Field, string FileName, byte[] Bytes) file)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var bytes = new ByteArrayContent(file.Bytes);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(bytes, file.Field, file.FileName);
        return await client.PostAsync(url, content);
    }

    [Fact]
    public async Task Should_print_a_letter_as_a_letter()
    {
        using var response = await CreateClient().GetAsync("/_content/StocktakingCms.Theme/site.css");
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("@page", print, StringComparison.Ordinal);
        Assert.Contains(".site-header", print, StringComparison.Ordinal);
        Assert.Contains(".letter", print, StringComparison.Ordinal);
    }

    private Task<int> CountLettersAsync() =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().ContentItems.CountAsync(i => i.ContentType == LetterDirectory.ContentType));
}

public sealed class LetterSqliteTests(SharedSite site) : LetterTests(DatabaseProvider.Sqlite, site);

public sealed class LetterPostgresTests(SharedSite site) : LetterTests(DatabaseProvider.Postgres, site);
