using System.Net;
using System.Text;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries.Models;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// <c>/{culture}/open-data/entries.csv</c> as a spreadsheet or a script reads it: one row per
/// published entry in the visitor's language when translated, RFC 4180 quoting, UTF-8 with a
/// byte order mark, submitted text that looks like a formula neutralized, no private contact.
/// </summary>
public abstract class OpenDataTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_list_each_published_entry_once_in_the_visitor_language_when_translated_and_leave_drafts_out()
    {
        var tag = TestEntries.Tag();
        var englishId = await TestEntries.CreateAsync(Site, $"Community networks {tag}", publish: true);
        var set = (await TestEntries.GetAsync(Site, englishId))!.LocalizationSet;
        var frenchId = await TestEntries.CreateAsync(Site, $"Réseaux communautaires {tag}", publish: true, culture: "fr", alter: item => item.LocalizationSet = set);
        var onlyEnglishId = await TestEntries.CreateAsync(Site, $"Digital skills {tag}", publish: true);
        await TestEntries.CreateAsync(Site, $"Draft only {tag}", publish: false);

        var (french, bytes) = await DownloadAsync("fr");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var ours = french.Where(r => r["title"].EndsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ours.Count);
        var translated = ours.Single(r => r["id"] == frenchId);
        Assert.Equal(($"Réseaux communautaires {tag}", "fr", "fr"), (translated["title"], translated["language"], translated["original_language"]));
        Assert.StartsWith("http", translated["url"], StringComparison.Ordinal);
        Assert.Contains("/fr/", translated["url"], StringComparison.Ordinal);
        var untranslated = ours.Single(r => r["id"] == onlyEnglishId);
        Assert.Equal("en", untranslated["language"]);
        Assert.Equal(("C4", "4", "government", "CH", "2023-01-01"), (untranslated["action_lines"], untranslated["sdg_goals"], untranslated["stakeholder_type"], untranslated["countries"], untranslated["start_date"]));

        var (english, _) = await DownloadAsync("en");
        Assert.Contains(english, r => r["id"] == englishId);
        Assert.DoesNotContain(english, r => r["id"] == frenchId);
    }

    [Fact]
    public async Task Should_quote_commas_quotes_and_line_breaks_neutralize_formulas_and_never_include_the_private_contact()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"=HYPERLINK(\"http://evil.example\") {tag}", publish: true, alter: item => item.Alter<EntryPart>(p =>
        {
            p.OrganisationName = "Ministry of ICT, \"Digital\" unit";
            p.ShortDescription = "First line,\nsecond line.";
            p.Partners = ["+41 partner", "@mention"];
        }));

        var (rows, bytes) = await DownloadAsync("en");

        var row = rows.Single(r => r["id"] == id);
        Assert.Equal($"'=HYPERLINK(\"http://evil.example\") {tag}", row["title"]);
        Assert.Equal("Ministry of ICT, \"Digital\" unit", row["organisation"]);
        Assert.Equal("First line,\nsecond line.", row["short_description"]);
        Assert.Equal("'+41 partner; @mention", row["partners"]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("private@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+41 22 000 00 00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_describe_the_downloads_on_the_open_data_page_in_the_visitor_language()
    {
        var page = await Html.GetAsync(CreateClient(), "/es/open-data");

        Assert.Equal("Datos abiertos", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='/es/open-data/entries.csv']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/es/open-data']"));
    }

    private async Task<(List<Dictionary<string, string>> Rows, byte[] Bytes)> DownloadAsync(string culture)
    {
        using var response = await CreateClient().GetAsync($"/{culture}/open-data/entries.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"wsis-stocktaking-entries-{culture}.csv", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var records = ParseCsv(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        var header = records[0];
        Assert.Equal("id", header[0]);
        Assert.All(records, r => Assert.Equal(header.Count, r.Count));
        return ([.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))], bytes);
    }

    /// <summary>RFC 4180 as a reader applies it: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return records;
    }
}

public sealed class OpenDataSqliteTests(SharedSite site) : OpenDataTests(DatabaseProvider.Sqlite, site);

public sealed class OpenDataPostgresTests(SharedSite site) : OpenDataTests(DatabaseProvider.Postgres, site);
