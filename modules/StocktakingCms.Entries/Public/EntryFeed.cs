using System.Globalization;
using System.Text;
using System.Xml;

namespace StocktakingCms.Entries.Public;

/// <summary>What a feed says about itself: its title, the page it stands for, its own address, its language.</summary>
public sealed record FeedHeader(string Title, string Description, string SiteUrl, string SelfUrl, string Culture, DateTime UpdatedUtc);

/// <summary>
/// The latest published entries as RSS 2.0 and Atom 1.0 documents, written with <see cref="XmlWriter"/>
/// so every title and summary is escaped. Links are absolute (a feed is read outside the site).
/// </summary>
public static class EntryFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Rss(FeedHeader header, IReadOnlyList<LatestEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        return Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", header.Title);
            xml.WriteElementString("link", header.SiteUrl);
            xml.WriteElementString("description", header.Description);
            xml.WriteElementString("language", header.Culture);
            xml.WriteElementString("lastBuildDate", header.UpdatedUtc.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", header.SelfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                var url = absolute(entry.Url);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", url);
                xml.WriteElementString("description", entry.ShortDescription);
                xml.WriteElementString("pubDate", entry.PublishedUtc.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString($"urn:stocktaking:entry:{entry.ContentItemId}");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    public static string Atom(FeedHeader header, IReadOnlyList<LatestEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        return Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, header.Culture);
            xml.WriteElementString("title", AtomNamespace, header.Title);
            xml.WriteElementString("subtitle", AtomNamespace, header.Description);
            xml.WriteElementString("id", AtomNamespace, header.SelfUrl);
            xml.WriteElementString("updated", AtomNamespace, Iso(header.UpdatedUtc));
            Link(xml, header.SelfUrl, "self", "application/atom+xml");
            Link(xml, header.SiteUrl, "alternate", "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, header.Title);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteAttributeString("xml", "lang", null, entry.Culture);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                xml.WriteElementString("id", AtomNamespace, $"urn:stocktaking:entry:{entry.ContentItemId}");
                xml.WriteElementString("updated", AtomNamespace, Iso(entry.PublishedUtc));
                Link(xml, absolute(entry.Url), "alternate", "text/html");
                if (!string.IsNullOrEmpty(entry.OrganisationName))
                {
                    xml.WriteStartElement("author", AtomNamespace);
                    xml.WriteElementString("name", AtomNamespace, entry.OrganisationName);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", AtomNamespace, entry.ShortDescription);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> body)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            body(xml);
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + builder;
    }
}
