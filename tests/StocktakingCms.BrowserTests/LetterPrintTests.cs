using Microsoft.Playwright;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// The Secretary-General's letter printed from its page, as the browser prints it: no site header,
/// language bar, navigation or footer; the letter's parts in a letter's order (reference and date,
/// addressees, subject line, body, signature, contact) on A4; the link to the call left out. In
/// French (the original) and Arabic (right to left: the date sits at the left, the inline end).
/// The PDF and a screenshot of the print view are kept with the other screenshots.
/// </summary>
public sealed class LetterPrintTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] LetterOrder =
        [".letter-reference", ".letter-addressees", ".letter-subject", ".letter .body", ".letter-signature", ".letter-contact"];

    private static readonly string[] NotPrinted =
        [".site-header", ".language-bar", ".main-nav", ".site-footer", ".skip-link", ".letter-call"];

    [Theory]
    [InlineData("fr", "/fr/lettres/inventaire-smsi-2023")]
    [InlineData("ar", "/ar/letters/wsis-stocktaking-2023")]
    public async Task Should_print_the_letter_as_a_letter_without_the_site_around_it(string culture, string path)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.RunAsync(page, $"letter-print-{culture}", output, async () =>
        {
            await page.GotoAsync(path);
            Assert.True(await page.Locator(".letter-call").IsVisibleAsync(), "on screen, the letter links to the call it announces");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });

            foreach (var selector in NotPrinted)
            {
                Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} is not printed");
            }

            var tops = new List<float>();
            foreach (var selector in LetterOrder)
            {
                var box = await page.Locator(selector).First.BoundingBoxAsync();
                Assert.True(box is not null, $"{selector} is printed");
                tops.Add(box.Y);
            }

            Assert.True(tops.SequenceEqual(tops.Order()), $"the letter's parts print in a letter's order: {string.Join(", ", LetterOrder.Zip(tops, (s, y) => $"{s} {y:0}"))}");
            Assert.Contains("WSIS_Stocktaking_2023", await page.Locator(".letter-reference").InnerTextAsync(), StringComparison.Ordinal);

            // On paper the text runs the full width of the letter, not the screen's reading column.
            var letterWidth = (await page.Locator(".letter").BoundingBoxAsync())!.Width;
            var paragraphWidth = (await page.Locator(".letter .body p").First.BoundingBoxAsync())!.Width;
            Assert.True(paragraphWidth > 0.95 * letterWidth, $"a paragraph of the body is {paragraphWidth:0} wide in a letter {letterWidth:0} wide");

            // The date on the reference's line, at its inline end: right in French, left in Arabic.
            var reference = (await page.Locator(".letter-reference").BoundingBoxAsync())!;
            var date = (await page.Locator(".letter-date").BoundingBoxAsync())!;
            Assert.True(Math.Abs(reference.Y - date.Y) < reference.Height, "the date is on the reference's line");
            Assert.True(culture == "ar" ? date.X < reference.X : date.X > reference.X, $"the date is at the inline end (date x {date.X:0}, reference x {reference.X:0})");

            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            var pdf = Path.Combine(BrowserFixture.ScreenshotFolder, $"letter-print-{culture}.pdf");
            var bytes = await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true });
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
            output.WriteLine($"PDF: {pdf}");
            await BrowserFixture.ScreenshotAsync(page, $"letter-print-{culture}.png", output);
        });
    }
}
