using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Localization;
using Xunit;

namespace StocktakingCms.Tests.Localization;

public sealed class PoStringLocalizerTests
{
    private const string FrenchContents = """
        msgid ""
        msgstr ""
        "Language: fr\n"

        msgid "Hello"
        msgstr "Bonjour"

        msgid "Hello {0}, you have {1:N1} points"
        msgstr "Bonjour {0}, vous avez {1:N1} points"

        msgctxt "StocktakingCms.Tests.Localization.PoStringLocalizerTests"
        msgid "Save"
        msgstr "Enregistrer (tests)"

        msgid "Save"
        msgstr "Enregistrer"

        msgctxt "StocktakingCms.Web.Views.Home.Index"
        msgid "Welcome"
        msgstr "Bienvenue sur l'accueil"

        msgid "Broken {0}"
        msgstr "Cassé {0"

        msgid "{0} page"
        msgid_plural "{0} pages"
        msgstr[0] "{0} page"
        msgstr[1] "{0} pages (fr)"
        """;

    private const string ArabicContents = """
        msgid "{0} page"
        msgid_plural "{0} pages"
        msgstr[0] "لا صفحات"
        msgstr[1] "صفحة واحدة"
        msgstr[2] "صفحتان"
        msgstr[3] "{0} صفحات"
        msgstr[4] "{0} صفحة"
        msgstr[5] "{0} صفحة (مئة)"
        """;

    private readonly PoResourceAssembly _contents = new("StocktakingCms.Contents", new Dictionary<string, string>
    {
        ["Localization/fr.po"] = FrenchContents,
        ["Localization/ar.po"] = ArabicContents,
        ["Localization/zh.po"] = "msgid \"Hello\"\nmsgstr \"你好\"\n",
        ["Localization/ru.po"] = "msgid \"{0} file\"\nmsgid_plural \"{0} files\"\nmsgstr[0] \"{0} файл\"\nmsgstr[1] \"{0} файла\"\nmsgstr[2] \"{0} файлов\"\n",
    });

    private readonly PoResourceAssembly _theme = new("StocktakingCms.Themes.Un", new Dictionary<string, string>
    {
        ["Localization/fr.po"] = "msgid \"Save\"\nmsgstr \"Sauvegarder\"\n",
        ["Localization/fr-CH.po"] = "msgid \"Hello\"\nmsgstr \"Salut\"\n",
    });

    [Fact]
    public void Should_translate_for_the_current_ui_culture()
    {
        var localizer = new PoStringLocalizer(PoStores.Create(_contents), context: null);

        using (new CultureScope("fr"))
        {
            var hello = localizer["Hello"];
            Assert.Equal("Bonjour", hello.Value);
            Assert.False(hello.ResourceNotFound);
        }

        using (new CultureScope("zh-Hans"))
        {
            Assert.Equal("你好", localizer["Hello"].Value);
        }
    }

    [Fact]
    public void Should_return_msgid_with_resource_not_found_when_untranslated()
    {
        var localizer = new PoStringLocalizer(PoStores.Create(_contents), context: null);
        using var culture = new CultureScope("es");

        var missing = localizer["Hello {0}", "Ana"];

        Assert.Equal("Hello Ana", missing.Value);
        Assert.True(missing.ResourceNotFound);
        Assert.Equal("Hello {0}", missing.Name);
    }

    [Fact]
    public void Should_format_arguments_with_the_current_culture()
    {
        var localizer = new PoStringLocalizer(PoStores.Create(_contents), context: null);

        using (new CultureScope("fr"))
        {
            Assert.Equal("Bonjour Ana, vous avez 2,5 points", localizer["Hello {0}, you have {1:N1} points", "Ana", 2.5].Value);
        }

        using (new CultureScope("en"))
        {
            Assert.Equal("Hello Ana, you have 2.5 points", localizer["Hello {0}, you have {1:N1} points", "Ana", 2.5].Value);
        }
    }

    [Fact]
    public void Should_show_the_source_text_when_a_translation_has_a_broken_placeholder()
    {
        var localizer = new PoStringLocalizer(PoStores.Create(_contents), context: null);
        using var culture = new CultureScope("fr");

        Assert.Equal("Broken 7", localizer["Broken {0}", 7].Value);
    }

    [Fact]
    public void Should_prefer_context_translation_and_fall_back_to_context_free_one()
    {
        var store = PoStores.Create(_contents);
        var factory = new PoStringLocalizerFactory(store);
        using var culture = new CultureScope("fr");

        Assert.Equal("Enregistrer (tests)", factory.Create(typeof(PoStringLocalizerTests))["Save"].Value);
        Assert.Equal("Enregistrer", factory.Create(typeof(PoCatalog))["Save"].Value);
        Assert.Equal("Bonjour", factory.Create(typeof(PoStringLocalizerTests))["Hello"].Value);
    }

    [Fact]
    public void Should_fall_back_from_region_and_script_cultures_to_the_language_file()
    {
        var store = PoStores.Create(_contents, _theme);
        var localizer = new PoStringLocalizer(store, context: null);

        using (new CultureScope("fr-CH"))
        {
            // fr-CH.po refines fr.po; fr.po still supplies the rest.
            Assert.Equal("Salut", localizer["Hello"].Value);
            Assert.Equal("Sauvegarder", localizer["Save"].Value);
        }

        using (new CultureScope("fr-BE"))
        {
            Assert.Equal("Bonjour", localizer["Hello"].Value);
        }

        using (new CultureScope("zh-CN"))
        {
            Assert.Equal("你好", localizer["Hello"].Value);
        }
    }

    [Fact]
    public void Should_let_a_later_assembly_override_an_earlier_one()
    {
        var themeLast = PoStores.Create(_contents, _theme).GetCatalog("fr");
        var themeFirst = PoStores.Create(_theme, _contents).GetCatalog("fr");

        Assert.Equal("Sauvegarder", themeLast.GetTranslation("Save"));
        Assert.Equal("Enregistrer", themeFirst.GetTranslation("Save"));
    }

    [Fact]
    public void Should_load_each_culture_lazily_once()
    {
        var store = PoStores.Create(_contents);
        Assert.Equal(0, _contents.ReadCount);

        var first = store.GetCatalog("fr");
        var second = store.GetCatalog("fr");

        Assert.Same(first, second);
        Assert.Equal(1, _contents.ReadCount);
        Assert.Equal(7, first.Count);
    }

    [Fact]
    public void Should_name_the_assembly_and_file_of_a_bad_po_resource()
    {
        var broken = new PoResourceAssembly("StocktakingCms.Broken", new Dictionary<string, string>
        {
            ["Localization/ru.po"] = "msgid \"a\"\nmsgstr \"b\"\nnonsense\n",
        });

        var error = Assert.Throws<PoParseException>(() => PoStores.Create(broken).GetCatalog("ru"));

        Assert.StartsWith("StocktakingCms.Broken:Localization/ru.po(3): ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", 0, "0 page")]
    [InlineData("fr", 1, "1 page")]
    [InlineData("fr", 2, "2 pages (fr)")]
    [InlineData("ar", 0, "لا صفحات")]
    [InlineData("ar", 2, "صفحتان")]
    [InlineData("ar", 3, "3 صفحات")]
    [InlineData("ar", 11, "11 صفحة")]
    [InlineData("ar", 100, "100 صفحة (مئة)")]
    [InlineData("es", 0, "0 pages")]
    [InlineData("es", 1, "1 page")]
    [InlineData("zh", 5, "5 pages")]
    public void Should_pick_plural_translation_by_count(string culture, int count, string expected)
    {
        var localizer = new PoStringLocalizer(PoStores.Create(_contents), context: null);
        using var scope = new CultureScope(culture);

        Assert.Equal(expected, localizer.Plural(count, "{0} page", "{0} pages"));
    }

    [Fact]
    public void Should_pass_explicit_plural_arguments_through_the_generic_localizer()
    {
        using var services = new ServiceCollection().AddPoLocalization([_contents]).BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<PoStringLocalizerTests>>();
        using var culture = new CultureScope("ru");

        Assert.Equal("21 файл", localizer.Plural(21, "{0} file", "{0} files"));
        Assert.Equal("22 файла", localizer.Plural(22, "{0} file", "{0} files"));
        Assert.Equal("25 файлов", localizer.Plural(25, "{0} file", "{0} files"));

        // Explicit arguments replace the count and are formatted in the current culture.
        Assert.Equal("1234,5 файлов", localizer.Plural(5, "{0} file", "{0} files", 1234.5));
    }

    [Fact]
    public void Should_replace_the_resx_factory_when_registered()
    {
        using var services = new ServiceCollection().AddPoLocalization([_contents]).BuildServiceProvider();

        Assert.IsType<PoStringLocalizerFactory>(services.GetRequiredService<IStringLocalizerFactory>());
        Assert.Same(services.GetRequiredService<PoCatalogStore>(), services.GetRequiredService<PoCatalogStore>());
        using var culture = new CultureScope("fr");
        Assert.Equal("Enregistrer (tests)", services.GetRequiredService<IStringLocalizer<PoStringLocalizerTests>>()["Save"].Value);
    }

    [Fact]
    public void Should_serve_view_localizer_through_the_html_localizer_factory()
    {
        using var services = new ServiceCollection().AddPoLocalization([_contents]).BuildServiceProvider();
        var view = new ViewLocalizer(services.GetRequiredService<IHtmlLocalizerFactory>(), new TestWebHostEnvironment("StocktakingCms.Web"));
        view.Contextualize(new ViewContext { ExecutingFilePath = "/Views/Home/Index.cshtml" });
        using var culture = new CultureScope("fr");

        // The view's msgctxt is "{application}.{dotted view path}"; context-free entries still apply.
        Assert.Equal("Bienvenue sur l'accueil", view["Welcome"].Value);
        Assert.Equal("Bonjour", view["Hello"].Value);
        Assert.False(view["Hello"].IsResourceNotFound);
        Assert.True(view["Missing"].IsResourceNotFound);
        Assert.Equal("3 pages (fr)", view.Plural(3, "{0} page", "{0} pages"));
    }

    [Fact]
    public void Should_list_translations_of_the_current_culture()
    {
        var localizer = new PoStringLocalizer(PoStores.Create(_contents), context: null);
        using var culture = new CultureScope("zh");

        var all = Assert.Single(localizer.GetAllStrings(includeParentCultures: true));

        Assert.Equal(("Hello", "你好"), (all.Name, all.Value));
    }
}
