using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Localization.Services;

/// <summary>
/// Writes <c>/sitemap.xml</c>: one <c>&lt;url&gt;</c> per page and culture, each with its
/// versions in the other languages and <c>x-default</c> as <c>xhtml:link</c> alternates
/// (Google's format for multilingual sitemaps). Over <see cref="SitemapOptions.PageSize"/> URLs,
/// /sitemap.xml is an index of numbered files.
/// </summary>
public sealed class SitemapBuilder(IEnumerable<ISitemapSource> sources, ModuleState modules, SiteUrls urls, IOptions<SitemapOptions> options)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private sealed record Entry(string Path, SitemapPage Page);

    /// <summary>The XML of /sitemap.xml (<paramref name="number"/> null) or /sitemap-{number}.xml, or null when there is no such file.</summary>
    public async Task<string?> WriteAsync(int? number, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(cancellationToken);
        var size = Math.Max(1, options.Value.PageSize);
        var files = Math.Max(1, (entries.Count + size - 1) / size);
        if (number is null)
        {
            return files == 1 ? UrlSet(entries) : Index(files);
        }

        return number >= 1 && number <= files && files > 1
            ? UrlSet([.. entries.Skip((number.Value - 1) * size).Take(size)])
            : null;
    }

    private async Task<List<Entry>> EntriesAsync(CancellationToken cancellationToken)
    {
        var entries = new List<Entry>();
        foreach (var source in modules.Enabled(sources))
        {
            foreach (var page in await source.ListAsync(cancellationToken))
            {
                entries.AddRange(page.PathsByCulture.Values.Select(path => new Entry(path, page)));
            }
        }

        // A stable order keeps each URL in the same numbered file from one request to the next.
        return [.. entries.DistinctBy(e => e.Path, StringComparer.Ordinal).OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    private string UrlSet(IReadOnlyList<Entry> entries) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(entry.Path));
            if (entry.Page.LastModifiedUtc is { } modified)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            foreach (var culture in CmsCultures.All.Where(entry.Page.PathsByCulture.ContainsKey))
            {
                Alternate(writer, culture, entry.Page.PathsByCulture[culture]);
            }

            Alternate(writer, "x-default", DefaultPath(entry.Page));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private string Index(int files) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", SitemapNamespace);
        for (var n = 1; n <= files; n++)
        {
            writer.WriteStartElement("sitemap", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, urls.Absolute($"/sitemap-{n}.xml"));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private void Alternate(XmlWriter writer, string hreflang, string path)
    {
        writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", hreflang);
        writer.WriteAttributeString("href", urls.Absolute(path));
        writer.WriteEndElement();
    }

    /// <summary>The default culture's version, else the first in the UN order: the same for every version of the page.</summary>
    private static string DefaultPath(SitemapPage page) =>
        page.PathsByCulture.GetValueOrDefault(CmsCultures.Default)
        ?? CmsCultures.All.Select(page.PathsByCulture.GetValueOrDefault).First(p => p is not null)!;

    private static string Write(Action<XmlWriter> body)
    {
        // Through a UTF-8 stream (no BOM), so the XML declaration says utf-8, as the response is sent.
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
