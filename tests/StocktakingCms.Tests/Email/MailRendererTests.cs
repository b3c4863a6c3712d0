using AngleSharp.Html.Parser;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Modules;
using StocktakingCms.Email;
using StocktakingCms.Email.Services;

namespace StocktakingCms.Tests.Email;

public sealed record UnitUser(string Name, string? Organisation);

public sealed record UnitItem(string Title);

public sealed record UnitModel(UnitUser User, IReadOnlyList<UnitItem> Items, string Link);

/// <summary>
/// Template rendering without a site: templates are written to a temporary data folder's
/// <c>mail-templates/</c> (where operators put theirs), so each test states its template.
/// </summary>
public sealed class MailRendererTests : IDisposable
{
    private static readonly MailSite Site = new("WSIS Stocktaking", "https://stocktaking.example.org");

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "stocktaking-mail-tests", Guid.NewGuid().ToString("N"));
    private readonly MailTemplateStore _store;
    private readonly MailRenderer _renderer;

    public MailRendererTests()
    {
        _store = new MailTemplateStore(new DataFolder(_dataPath));
        _renderer = new MailRenderer(_store, new MarkdownRenderer());
    }

    [Fact]
    public async Task Should_read_nested_members_and_lists_of_a_plain_model_whatever_the_casing()
    {
        var template = Write("nested", "en", """
            ---
            subject: Hello {{ User.Name }} from {{ site.name }}
            ---
            Dear {{ user.name }}{% if user.organisation %} ({{ user.organisation }}){% endif %},

            {% for item in items %}- {{ item.title }}
            {% endfor %}
            """);

        var mail = await _renderer.RenderAsync(template, "en", new UnitModel(new UnitUser("Amina", "ITU"), [new("First"), new("Second")], "x"), Site);

        Assert.Equal("Hello Amina from WSIS Stocktaking", mail.Subject);
        Assert.StartsWith("Dear Amina (ITU),", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- First\n- Second", mail.TextBody, StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(mail.HtmlBody);
        Assert.Equal(["First", "Second"], html.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Should_keep_a_link_with_a_query_string_working_in_both_parts()
    {
        const string link = "https://stocktaking.example.org/confirm?user=42&token=a%2Fb+c";
        var template = Write("link", "fr", """
            ---
            subject: Lien
            ---
            [Confirmer]({{ link }})

            <{{ link }}>

            {{ link }}
            """);

        var mail = await _renderer.RenderAsync(template, "fr", new UnitModel(new UnitUser("A", null), [], link), Site);

        Assert.Contains($"({link})", mail.TextBody, StringComparison.Ordinal);
        var anchors = new HtmlParser().ParseDocument(mail.HtmlBody).QuerySelectorAll("a");
        Assert.Equal(3, anchors.Length);
        Assert.All(anchors, a => Assert.Equal(link, a.GetAttribute("href")));
    }

    [Fact]
    public async Task Should_show_markup_in_a_model_value_as_text_in_the_html_part()
    {
        var template = Write("markup", "ru", """
            ---
            subject: "Письмо для {{ user.name }}"
            ---
            Здравствуйте, {{ user.name }}!
            """);

        const string name = "<b>Иван</b><script>alert(1)</script> [click](https://evil.example) <https://evil.example> & Co";
        var mail = await _renderer.RenderAsync(template, "ru", new UnitModel(new UnitUser(name, null), [], ""), Site);

        Assert.Equal($"Письмо для {name}", mail.Subject);
        Assert.Equal($"Здравствуйте, {name}!", mail.TextBody);
        var html = new HtmlParser().ParseDocument(mail.HtmlBody);
        Assert.Empty(html.QuerySelectorAll("script, b"));
        // A bare address may become a link to itself (as any mail program does with text), never a disguised one.
        Assert.All(html.QuerySelectorAll("a"), a => Assert.Equal(a.TextContent, a.GetAttribute("href")?.TrimEnd('/')));
        Assert.Equal($"Здравствуйте, {name}!", html.QuerySelector("p")?.TextContent);
        Assert.DoesNotContain("&#x", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-CH", "fr")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("zh-CN", "zh")]
    [InlineData("ar-EG", "ar")]
    [InlineData("de", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void Should_write_in_the_recipients_language_or_english_when_it_is_not_one_of_the_six(string? culture, string expected) =>
        Assert.Equal(expected, MailRenderer.CultureFor(culture));

    [Fact]
    public void Should_parse_a_template_once_and_again_only_when_the_operators_file_changes()
    {
        var template = Write("cached", "es", "---\nsubject: Uno\n---\nCuerpo");
        var first = _store.Get(template, "es");

        Assert.Same(first, _store.Get(template, "es"));

        var path = Path.Combine(_dataPath, MailTemplateStore.OverrideFolder, "cached.es.liquid");
        File.WriteAllText(path, "---\nsubject: Dos\n---\nCuerpo");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Assert.NotSame(first, _store.Get(template, "es"));
    }

    [Fact]
    public void Should_name_the_file_when_a_template_is_missing()
    {
        var error = Assert.Throws<MailTemplateException>(() => _store.Get(new MailTemplate(typeof(MailRendererTests).Assembly, "no-such-mail"), "ar"));

        Assert.Contains("Mail/no-such-mail.ar.liquid", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dataPath, "mail-templates", "no-such-mail.ar.liquid"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\nsubject: Hi\n---\n{% if %}broken", "Liquid syntax error in its body")]
    [InlineData("---\nsubject: Hi {{ user.name \n---\nBody", "Liquid syntax error in its subject")]
    [InlineData("Hello without front matter", "must start with a front matter block")]
    [InlineData("---\ntitle: Hi\n---\nBody", "unknown front matter line 2")]
    [InlineData("---\n---\nBody", "has no subject")]
    public void Should_name_the_file_and_the_fault_when_a_template_cannot_be_used(string text, string fault)
    {
        var template = Write("faulty", "zh", text);

        var error = Assert.Throws<MailTemplateException>(() => _store.Get(template, "zh"));

        Assert.Contains(Path.Combine(_dataPath, "mail-templates", "faulty.zh.liquid"), error.Message, StringComparison.Ordinal);
        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_find_every_mail_template_of_every_module_in_the_six_languages_and_parse_it()
    {
        var failures = new List<string>();
        var found = 0;
        foreach (var module in ModuleCatalog.Discover(typeof(Program).Assembly).Modules)
        {
            var names = module.Assembly.GetManifestResourceNames()
                .Where(r => r.StartsWith("Mail/", StringComparison.Ordinal) && r.EndsWith(".liquid", StringComparison.Ordinal))
                .Select(r => r["Mail/".Length..^".liquid".Length])
                .Select(r => r[..r.LastIndexOf('.')])
                .Distinct();
            foreach (var name in names)
            {
                foreach (var culture in PoCoverageCultures)
                {
                    found++;
                    try
                    {
                        _store.Get(new MailTemplate(module.Assembly, name), culture);
                    }
                    catch (MailTemplateException exception)
                    {
                        failures.Add(exception.Message);
                    }
                }
            }
        }

        Assert.True(found >= 6, "The E-mail module's own test-message template was not found: are Mail/*.liquid files embedded?");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }

    private static IEnumerable<string> PoCoverageCultures => Localization.PoCoverageTests.Cultures;

    private MailTemplate Write(string name, string culture, string text)
    {
        var folder = Path.Combine(_dataPath, MailTemplateStore.OverrideFolder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{name}.{culture}.liquid"), text);
        return new MailTemplate(typeof(MailRendererTests).Assembly, name);
    }
}
