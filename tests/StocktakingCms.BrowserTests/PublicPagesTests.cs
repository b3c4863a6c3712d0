using System.Net;
using Deque.AxeCore.Commons;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// Every public page template in the six languages, in one site and one browser, page after page:
/// the right <c>lang</c> and <c>dir</c>, the language bar in UN order, no serious or critical axe
/// violation, and a screenshot per page in <c>TestResults/screenshots/{culture}-{page}.png</c>.
/// Failures are gathered and reported together, so one run lists every page to fix.
/// </summary>
public sealed class PublicPagesTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] LanguageBarOrder = ["عربي", "中文", "English", "Français", "Русский", "Español"];

    /// <summary>Next to the project, where <c>dotnet test</c> writes its TestResults.</summary>
    private static readonly string ScreenshotFolder =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    [Fact]
    public async Task Should_pass_axe_and_show_the_culture_on_every_public_page_template_in_the_six_languages()
    {
        var entrySlug = await PublishEntryInEveryCultureAsync();
        var page = await fixture.NewPageAsync();
        var problems = new List<string>();
        var blocking = new List<(string Name, IReadOnlyList<AxeResultItem> Blocking)>();
        var summary = new List<string>();
        Directory.CreateDirectory(ScreenshotFolder);

        await BrowserFixture.RunAsync(page, "public-pages", output, async () =>
        {
            foreach (var culture in LanguageBarCultures())
            {
                foreach (var (name, path, status) in Pages(culture, entrySlug))
                {
                    var label = $"{culture}-{name}";
                    var response = await page.GotoAsync(path);
                    if (response?.Status != status)
                    {
                        problems.Add($"{label} ({path}): status {response?.Status}, expected {status}");
                        continue;
                    }

                    await CheckCultureAsync(page, culture, label, problems);
                    var violations = await AxeAudit.RunAsync(page, label, output);
                    blocking.Add((label, violations));
                    summary.Add($"{label}: {(violations.Count == 0 ? "no serious or critical violation" : $"{violations.Count} blocking: {string.Join(", ", violations.Select(v => v.Id))}")}");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{label}.png"), FullPage = true });
                }
            }
        });

        output.WriteLine($"Screenshots: {ScreenshotFolder}");
        summary.ForEach(output.WriteLine);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(blocking.All(b => b.Blocking.Count == 0), AxeAudit.Failure(blocking));
        Assert.Equal(6 * Pages("en", entrySlug).Count, blocking.Count);
    }

    /// <summary>The templates: home, repository, entry, term pages, calls, letter, special repositories, a page, open data, account frames, 404.</summary>
    private static List<(string Name, string Path, int Status)> Pages(string culture, string entrySlug) =>
    [
        ("home", $"/{culture}/", 200),
        ("search", $"/{culture}/search?q=digital", 200),
        ("entry", $"/{culture}/{entrySlug}", 200),
        ("action-line", $"/{culture}/action-lines/C7-e-learning", 200),
        ("sdg", $"/{culture}/sdgs/4", 200),
        ("country", $"/{culture}/countries/SN", 200),
        ("calls", $"/{culture}/calls", 200),
        ("letter", culture switch
        {
            "fr" => "/fr/lettres/inventaire-smsi-2023",
            "es" => "/es/cartas/inventario-cmsi-2023",
            _ => $"/{culture}/letters/wsis-stocktaking-2023",
        }, 200),
        ("special-repositories", $"/{culture}/special-repositories", 200),
        ("special-repository", $"/{culture}/special-repositories/women-in-tech", 200),
        ("page", culture == "fr" ? "/fr/a-propos" : $"/{culture}/about", 200),
        ("open-data", $"/{culture}/open-data", 200),
        ("sign-in", $"/{culture}/account/login", 200),
        ("register", $"/{culture}/account/register", 200),
        ("not-found", $"/{culture}/no-such-page-here", (int)HttpStatusCode.NotFound),
    ];

    private static IEnumerable<string> LanguageBarCultures() => ["ar", "zh", "en", "fr", "ru", "es"];

    private static async Task CheckCultureAsync(IPage page, string culture, string label, List<string> problems)
    {
        var lang = await page.GetAttributeAsync("html", "lang");
        var dir = await page.GetAttributeAsync("html", "dir");
        if (lang != culture)
        {
            problems.Add($"{label}: <html lang=\"{lang}\">, expected {culture}");
        }

        if (dir != (culture == "ar" ? "rtl" : "ltr"))
        {
            problems.Add($"{label}: <html dir=\"{dir}\">");
        }

        var bar = (await page.Locator(".language-bar li").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        if (!bar.SequenceEqual(LanguageBarOrder))
        {
            problems.Add($"{label}: language bar {string.Join(" · ", bar)}");
        }
    }

    /// <summary>One entry in its six languages (one translation set), tagged with the terms the pages above show.</summary>
    private async Task<string> PublishEntryInEveryCultureAsync()
    {
        const string slug = "entries/community-digital-skills";
        var samples = new Dictionary<string, (string Title, string Summary)>
        {
            ["ar"] = ("مراكز مجتمعية للمهارات الرقمية", "يقدّم المشروع دورات مجانية في المهارات الرقمية للنساء والشباب في القرى."),
            ["zh"] = ("社区数字技能中心", "该项目为农村妇女和青年免费提供数字技能课程。"),
            ["en"] = ("Community digital skills centres", "Free courses in digital skills for women and young people in villages."),
            ["fr"] = ("Centres communautaires de compétences numériques", "Des cours gratuits de compétences numériques pour les femmes et les jeunes des villages."),
            ["ru"] = ("Общинные центры цифровых навыков", "Бесплатные курсы цифровых навыков для женщин и молодежи в деревнях."),
            ["es"] = ("Centros comunitarios de competencias digitales", "Cursos gratuitos de competencias digitales para mujeres y jóvenes de las aldeas."),
        };
        var set = "browserentryset0000000000";
        foreach (var (culture, (title, summary)) in samples)
        {
            var result = await fixture.Site.WithScopeAsync(async sp =>
            {
                var content = sp.GetRequiredService<IContentManager>();
                var item = await content.NewAsync(EntryFields.ContentType);
                item.Culture = culture;
                item.LocalizationSet = set;
                item.Alter<TitlePart>(p => p.Title = title)
                    .Alter<AutoroutePart>(p => p.Slug = slug)
                    .Alter<EntryPart>(p =>
                    {
                        p.ShortDescription = summary;
                        p.FullDescription = summary;
                        p.OrganisationName = "Senegal Digital Literacy Network";
                        p.StartDate = new DateOnly(2022, 3, 1);
                        p.Website = "https://example.org/skills";
                        p.OriginalCulture = "fr";
                    })
                    .Alter<TermsPart>(p =>
                    {
                        p.Set(EntryFields.ActionLines, ["C4", "C7", "C7-e-learning"]);
                        p.Set(EntryFields.SdgGoals, ["4", "5"]);
                        p.Set(EntryFields.StakeholderType, ["civil-society"]);
                        p.Set(EntryFields.Countries, ["SN"]);
                        p.Set(EntryFields.Status, ["ongoing"]);
                        p.Set(EntryFields.SpecialRepositories, ["women-in-tech"]);
                    });
                return await content.CreateAsync(item, publish: true);
            });
            Assert.True(result.Succeeded, $"{culture}: {string.Join("; ", result.AllMessages)}");
        }

        return slug;
    }
}
