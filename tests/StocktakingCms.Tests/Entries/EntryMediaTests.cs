using System.Net;
using System.Net.Http.Headers;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Media;

namespace StocktakingCms.Tests.Entries;

/// <summary>Images and documents of an entry in the admin editor, and how visitors see them once published.</summary>
public abstract class EntryMediaTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_attach_an_image_and_a_document_in_the_editor_and_show_them_on_the_published_page()
    {
        var slug = UniqueSlug("media-entry");
        var id = await TestEntries.CreateAsync(Site, "Entry with media", publish: true, slug: slug);
        var admin = await CreateAdminClientAsync();

        using (var saved = await PostEditorAsync(admin, id, [new("EntryPart.NewImageAlt", "Students at a solar-powered computer lab")],
                   [("EntryPart.NewImage", "lab.jpg", MediaSamples.Jpeg), ("EntryPart.NewDocument", "rapport-annuel.pdf", MediaSamples.Pdf)]))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await Html.DescribeAsync(saved));
        }

        var entry = (await TestEntries.GetAsync(Site, id, VersionOptions.Published))!.As<EntryPart>();
        var image = Assert.Single(entry.Images);
        Assert.Equal("Students at a solar-powered computer lab", image.Alt);
        Assert.Equal("rapport-annuel", Assert.Single(entry.Documents).Title);

        var page = await Html.GetAsync(CreateClient(), $"/en/{slug}");
        var img = page.QuerySelector(".entry-images img");
        Assert.Equal("Students at a solar-powered computer lab", img?.GetAttribute("alt"));
        using var file = await CreateClient().GetAsync(img!.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode); // public once the entry is published
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rapport-annuel", page.QuerySelector(".entry-documents")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_disguised_file_in_the_editor_with_the_message_on_the_upload_field()
    {
        var id = await TestEntries.CreateAsync(Site, "Entry refusing an exe", publish: false);
        var admin = await CreateAdminClientAsync();

        using var response = await PostEditorAsync(admin, id, [new("EntryPart.NewImageAlt", "Not really an image")], [("EntryPart.NewImage", "photo.png", MediaSamples.Exe)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='EntryPart.NewImage']")?.TextContent));
        Assert.Empty((await TestEntries.GetAsync(Site, id, VersionOptions.Latest))!.As<EntryPart>().Images);
    }

    [Fact]
    public async Task Should_ask_for_a_description_of_an_image_before_saving_the_entry()
    {
        var id = await TestEntries.CreateAsync(Site, "Entry with an undescribed image", publish: false);
        var admin = await CreateAdminClientAsync();

        using var response = await PostEditorAsync(admin, id, [], [("EntryPart.NewImage", "chart.png", MediaSamples.Png)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Describe image 1 (chart.png)", (await Html.ParseAsync(response)).QuerySelector("[data-valmsg-for='EntryPart.Images']")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>Posts the item's editor as a browser does with files chosen: multipart, every field as shown plus the given ones.</summary>
    private static async Task<HttpResponseMessage> PostEditorAsync(
        HttpClient client, string id, IEnumerable<KeyValuePair<string, string>> extra, IEnumerable<(string Field, string FileName, byte[] Bytes)> files)
    {
        var url = $"/admin/content/{id}/edit";
        var form = (await Html.GetAsync(client, url)).QuerySelector("form.editor")!;
        var fields = Html.Fields(form).Where(f => !f.Key.EndsWith("NewImage", StringComparison.Ordinal) && !f.Key.EndsWith("NewDocument", StringComparison.Ordinal)).ToList();
        foreach (var (name, value) in extra)
        {
            fields.Set(name, value);
        }

        fields.Set("submit", "publish");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, field, fileName);
        }

        return await client.PostAsync(form.GetAttribute("action") ?? url, content);
    }
}

public sealed class EntryMediaSqliteTests(SharedSite site) : EntryMediaTests(DatabaseProvider.Sqlite, site);

public sealed class EntryMediaPostgresTests(SharedSite site) : EntryMediaTests(DatabaseProvider.Postgres, site);
