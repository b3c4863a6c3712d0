using StocktakingCms.Core.Localization;
using Xunit;

namespace StocktakingCms.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(99, 4)]
    [InlineData(100, 5)]
    [InlineData(102, 5)]
    [InlineData(103, 3)]
    [InlineData(111, 4)]
    public void Should_pick_arabic_form(int count, int index)
    {
        Assert.Equal(index, PluralRules.GetIndex("ar", count));
        Assert.Equal(index, PluralRules.GetIndex("ar-SA", count));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(21, 0)]
    [InlineData(22, 1)]
    [InlineData(25, 2)]
    [InlineData(111, 2)]
    [InlineData(0, 2)]
    public void Should_pick_russian_form(int count, int index)
    {
        Assert.Equal(index, PluralRules.GetIndex("ru-RU", count));
    }

    [Theory]
    [InlineData("fr", 0, 0)]
    [InlineData("fr", 1, 0)]
    [InlineData("fr-CH", 2, 1)]
    [InlineData("en", 0, 1)]
    [InlineData("en-US", 1, 0)]
    [InlineData("en", 2, 1)]
    [InlineData("es", 0, 1)]
    [InlineData("es", 1, 0)]
    [InlineData("es-MX", 2, 1)]
    [InlineData("zh", 1, 0)]
    [InlineData("zh-Hans", 5, 0)]
    [InlineData("zh_CN", 100, 0)]
    [InlineData("de", 2, 1)]
    [InlineData("", 1, 0)]
    public void Should_pick_form_for_two_form_one_form_and_unknown_languages(string culture, int count, int index)
    {
        Assert.Equal(index, PluralRules.GetIndex(culture, count));
    }

    [Fact]
    public void Should_treat_negative_counts_like_positive_ones()
    {
        Assert.Equal(0, PluralRules.GetIndex("en", -1));
        Assert.Equal(0, PluralRules.GetIndex("ru", -21));
        Assert.Equal(4, PluralRules.GetIndex("ar", int.MinValue)); // 2147483648 % 100 == 48
    }

    [Theory]
    [InlineData("ar", 6)]
    [InlineData("zh-Hans", 1)]
    [InlineData("en", 2)]
    [InlineData("fr", 2)]
    [InlineData("ru", 3)]
    [InlineData("es", 2)]
    public void Should_report_form_count(string culture, int count)
    {
        Assert.Equal(count, PluralRules.GetFormCount(culture));
    }
}
