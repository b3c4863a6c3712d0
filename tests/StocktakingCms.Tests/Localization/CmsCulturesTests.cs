using System.Globalization;
using StocktakingCms.Core.Localization;
using Xunit;

namespace StocktakingCms.Tests.Localization;

public sealed class CmsCulturesTests
{
    [Fact]
    public void Should_list_the_six_un_languages_in_language_bar_order()
    {
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], CmsCultures.All);
        Assert.Equal(CmsCultures.All, CmsCultures.Cultures.Select(c => c.Name));
        Assert.Equal("en", CmsCultures.Default);
        Assert.Equal(["عربي", "中文", "English", "Français", "Русский", "Español"], CmsCultures.Cultures.Select(c => c.NativeName));
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("ar-SA", true)]
    [InlineData("zh", false)]
    [InlineData("en", false)]
    [InlineData("fr", false)]
    [InlineData("ru", false)]
    [InlineData("es", false)]
    [InlineData("he", true)]
    public void Should_tell_right_to_left_languages(string culture, bool rightToLeft)
    {
        Assert.Equal(rightToLeft, CmsCultures.IsRightToLeft(culture));
    }

    [Fact]
    public void Should_map_url_name_zh_to_simplified_chinese_culture()
    {
        var chinese = CmsCultures.Cultures[1];

        Assert.Equal("zh", chinese.Name);
        Assert.Equal("zh-Hans", chinese.Culture.Name);
        Assert.Equal("zh-Hans", CmsCultures.Create("zh").Name);
        Assert.Equal("中文", CmsCultures.GetNativeName("zh-CN"));
    }

    [Theory]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("fr-CH", "fr")]
    [InlineData("AR-sa", "ar")]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    public void Should_find_the_supported_language_of_any_culture_name(string culture, string? expected)
    {
        Assert.Equal(expected, CmsCultures.Find(culture)?.Name);
    }

    [Fact]
    public void Should_accept_only_url_names_as_supported()
    {
        Assert.True(CmsCultures.IsSupported("ru"));
        Assert.False(CmsCultures.IsSupported("zh-Hans"));
        Assert.False(CmsCultures.IsSupported("de"));
        Assert.False(CmsCultures.IsSupported(null));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("ar-SA")]
    [InlineData("ar-EG")]
    public void Should_format_arabic_dates_in_the_gregorian_calendar(string name)
    {
        var culture = CmsCultures.Create(name);

        Assert.Equal(name, culture.Name);
        Assert.IsType<GregorianCalendar>(culture.DateTimeFormat.Calendar);
        Assert.True(culture.IsReadOnly);
        var date = new DateTime(2024, 3, 15, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal("2024", date.ToString("yyyy", culture));
        Assert.Contains("2024", date.ToString("D", culture), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_change_the_shared_system_culture()
    {
        _ = CmsCultures.Create("ar-SA");

        // Proves the test above is meaningful: the system's ar-SA still uses Umm al-Qura (year 1445).
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").DateTimeFormat.Calendar);
        Assert.Equal("1445", new DateTime(2024, 3, 15, 0, 0, 0, DateTimeKind.Utc).ToString("yyyy", CultureInfo.GetCultureInfo("ar-SA")));
    }

    [Fact]
    public void Should_return_the_same_frozen_instance_for_a_name()
    {
        Assert.Same(CmsCultures.Create("ar-SA"), CmsCultures.Create("ar-SA"));
        Assert.Same(CmsCultures.Cultures[0].Culture, CmsCultures.Create("ar"));
    }
}
