using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;
using StocktakingCms.Media;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Entries.Handlers;

/// <summary>
/// Entry rules: bounded texts, a short description of at most 200 words, an end date not before
/// the start, a web address that is http or https, a valid private e-mail. Before validation it
/// derives the regions from the countries and adds C7 when a C7 sub-line is chosen; after a
/// save it keeps the <see cref="EntryIndex"/> rows in step.
/// </summary>
public sealed class EntryPartHandler(
    EntriesDbContext db,
    TaxonomyStore taxonomies,
    IMediaStore media,
    IOptions<MediaOptions> mediaOptions,
    IStringLocalizer<EntryPartHandler> T) : ContentHandler
{
    /// <summary>The attributes of a country term that name the M49 areas it belongs to.</summary>
    private static readonly string[] RegionAttributes = ["region", "subRegion", "intermediateRegion"];

    public override async Task UpdatingAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (item.Get<EntryPart>() is not { } entry)
        {
            return;
        }

        Normalize(entry);
        if (string.IsNullOrEmpty(entry.OriginalCulture))
        {
            entry.OriginalCulture = item.Culture;
        }

        if (item.Get<TermsPart>() is { } terms)
        {
            await DeriveAsync(terms);
        }
    }

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.Get<EntryPart>() is not { } entry)
        {
            return;
        }

        void Error(string property, string message) => context.AddError($"EntryPart.{property}", message);

        if (string.IsNullOrWhiteSpace(entry.ShortDescription))
        {
            Error(nameof(entry.ShortDescription), T["The short description is required."]);
        }
        else if (EntryPart.CountWords(entry.ShortDescription) > EntryPart.ShortDescriptionMaxWords)
        {
            Error(nameof(entry.ShortDescription), T["The short description can have at most {0} words ({1} now).", EntryPart.ShortDescriptionMaxWords, EntryPart.CountWords(entry.ShortDescription)]);
        }
        else if (entry.ShortDescription.Length > EntryPart.ShortDescriptionMaxLength)
        {
            Error(nameof(entry.ShortDescription), T["The text can have at most {0} characters.", EntryPart.ShortDescriptionMaxLength]);
        }

        if (entry.FullDescription.Length > EntryPart.FullDescriptionMaxLength)
        {
            Error(nameof(entry.FullDescription), T["The text can have at most {0} characters.", EntryPart.FullDescriptionMaxLength]);
        }

        if (string.IsNullOrWhiteSpace(entry.OrganisationName))
        {
            Error(nameof(entry.OrganisationName), T["The organisation's name is required."]);
        }

        foreach (var (property, value) in new[]
        {
            (nameof(entry.OrganisationName), entry.OrganisationName),
            (nameof(entry.TargetGroups), entry.TargetGroups),
            (nameof(entry.PublicContactName), entry.PublicContactName),
            (nameof(entry.PublicContactOrganisation), entry.PublicContactOrganisation),
            (nameof(entry.PrivateContactPhone), entry.PrivateContactPhone),
            (nameof(entry.Website), entry.Website ?? ""),
        })
        {
            if (value.Length > EntryPart.TextMaxLength)
            {
                Error(property, T["At most {0} characters.", EntryPart.TextMaxLength]);
            }
        }

        if (entry.Partners.Count > 50 || entry.Partners.Any(p => p.Length > EntryPart.TextMaxLength))
        {
            Error(nameof(entry.Partners), T["At most 50 partners of at most {0} characters each.", EntryPart.TextMaxLength]);
        }

        if (entry.StartDate is { } start && entry.EndDate is { } end && end < start)
        {
            Error(nameof(entry.EndDate), T["The end date cannot be before the start date."]);
        }

        if (!string.IsNullOrEmpty(entry.Website) && !IsWebAddress(entry.Website))
        {
            Error(nameof(entry.Website), T["Give a web address starting with http:// or https://."]);
        }

        if (!string.IsNullOrEmpty(entry.PrivateContactEmail) && !IsEmail(entry.PrivateContactEmail))
        {
            Error(nameof(entry.PrivateContactEmail), T["This e-mail address is not valid."]);
        }

        await ValidateMediaAsync(entry, Error);
    }

    /// <summary>Files that exist, within the limits, each image with a text alternative and each document with a title.</summary>
    private async Task ValidateMediaAsync(EntryPart entry, Action<string, string> error)
    {
        var limits = mediaOptions.Value;
        if (entry.Images.Count > limits.MaxImagesPerItem)
        {
            error(nameof(entry.Images), T["An entry can have at most {0} images.", limits.MaxImagesPerItem]);
        }

        if (entry.Documents.Count > limits.MaxDocumentsPerItem)
        {
            error(nameof(entry.Documents), T["An entry can have at most {0} documents.", limits.MaxDocumentsPerItem]);
        }

        var ids = entry.Images.Select(i => i.MediaId).Concat(entry.Documents.Select(d => d.MediaId)).ToList();
        var stored = ids.Count == 0 ? [] : (await media.FindManyAsync(ids)).ToDictionary(m => m.Id);
        for (var i = 0; i < entry.Images.Count; i++)
        {
            var image = entry.Images[i];
            if (!stored.TryGetValue(image.MediaId, out var file) || file.Kind != MediaKind.Image)
            {
                error(nameof(entry.Images), T["Image {0} is missing: remove it and upload it again.", i + 1]);
            }
            else if (string.IsNullOrWhiteSpace(image.Alt))
            {
                error(nameof(entry.Images), T["Describe image {0} ({1}) for people who cannot see it.", i + 1, file.FileName]);
            }
            else if (image.Alt.Length > EntryPart.TextMaxLength)
            {
                error(nameof(entry.Images), T["The description of image {0} can have at most {1} characters.", i + 1, EntryPart.TextMaxLength]);
            }
        }

        for (var i = 0; i < entry.Documents.Count; i++)
        {
            var document = entry.Documents[i];
            if (!stored.TryGetValue(document.MediaId, out var file) || file.Kind != MediaKind.Document)
            {
                error(nameof(entry.Documents), T["Document {0} is missing: remove it and upload it again.", i + 1]);
            }
            else if (string.IsNullOrWhiteSpace(document.Title) || document.Title.Length > EntryPart.TextMaxLength)
            {
                error(nameof(entry.Documents), T["Give document {0} a title of at most {1} characters.", i + 1, EntryPart.TextMaxLength]);
            }
        }
    }

    public override Task UpdatedAsync(ContentContext context) => IndexAsync(context.ContentItem, published: false);

    public override async Task PublishedAsync(PublishContentContext context)
    {
        // The files of the version going online become visible to everyone (and those it dropped, no longer).
        await IndexAsync(context.ContentItem, published: true);
        await IndexAsync(context.ContentItem, published: false);
    }

    public override async Task UnpublishedAsync(PublishContentContext context)
    {
        await RemoveAsync(context.ContentItem.ContentItemId, published: true);
        if (context.ContentItem.Latest)
        {
            // The latest version itself went offline: its row must no longer say it is online.
            await IndexAsync(context.ContentItem, published: false);
        }
    }

    public override Task DiscardedDraftAsync(ContentContext context) => IndexAsync(context.ContentItem, published: false);

    public override async Task RemovedAsync(ContentContext context)
    {
        await RemoveAsync(context.ContentItem.ContentItemId, published: true);
        await RemoveAsync(context.ContentItem.ContentItemId, published: false);
    }

    private static IEnumerable<string> MediaIds(EntryPart entry) =>
        entry.Images.Select(i => i.MediaId).Concat(entry.Documents.Select(d => d.MediaId));

    private static void Normalize(EntryPart entry)
    {
        entry.ShortDescription = entry.ShortDescription.Trim();
        entry.FullDescription = entry.FullDescription.Trim();
        entry.OrganisationName = entry.OrganisationName.Trim();
        entry.TargetGroups = entry.TargetGroups.Trim();
        entry.PublicContactName = entry.PublicContactName.Trim();
        entry.PublicContactOrganisation = entry.PublicContactOrganisation.Trim();
        entry.PrivateContactEmail = entry.PrivateContactEmail.Trim();
        entry.PrivateContactPhone = entry.PrivateContactPhone.Trim();
        entry.Website = string.IsNullOrWhiteSpace(entry.Website) ? null : entry.Website.Trim();
        entry.Partners = [.. entry.Partners.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Regions follow from countries; a C7 sub-line implies C7 itself.</summary>
    private async Task DeriveAsync(TermsPart terms)
    {
        if (await taxonomies.GetAsync("countries") is { } countries)
        {
            var regions = terms.Get(EntryFields.Countries)
                .Select(countries.Find)
                .OfType<TaxonomyTerm>()
                .SelectMany(c => RegionAttributes.Select(c.Attributes.GetValueOrDefault))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            terms.Set(EntryFields.Regions, regions);
        }

        var actionLines = terms.Get(EntryFields.ActionLines);
        if (actionLines.Any(code => code.StartsWith(EntryFields.ApplicationsActionLine + "-", StringComparison.OrdinalIgnoreCase))
            && !actionLines.Contains(EntryFields.ApplicationsActionLine, StringComparer.OrdinalIgnoreCase))
        {
            terms.Set(EntryFields.ActionLines, actionLines.Append(EntryFields.ApplicationsActionLine));
        }
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);

    private static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    private async Task IndexAsync(ContentItem item, bool published)
    {
        if (item.Get<EntryPart>() is not { } entry)
        {
            return;
        }

        await media.SetUsageAsync(item.ContentItemId, published, MediaIds(entry));

        var row = await FindRowAsync(item.ContentItemId, published);
        if (row is null)
        {
            db.Entries.Add(row = new EntryIndex { ContentItemId = item.ContentItemId, Published = published });
        }

        row.LocalizationSet = item.LocalizationSet;
        row.IsPublishedVersion = item.Published;
        row.Culture = item.Culture;
        row.Title = item.DisplayText;
        row.TitleSearch = item.DisplayText.ToLowerInvariant();
        row.OrganisationName = entry.OrganisationName.Length <= 300 ? entry.OrganisationName : entry.OrganisationName[..300];
        row.ModifiedUtc = item.ModifiedUtc;
    }

    private async Task RemoveAsync(string contentItemId, bool published)
    {
        await media.SetUsageAsync(contentItemId, published, []);
        if (await FindRowAsync(contentItemId, published) is { } row)
        {
            db.Entries.Remove(row);
        }
    }

    /// <summary>The index row, from the tracker when this operation already touched it, else from the database.</summary>
    private async Task<EntryIndex?> FindRowAsync(string contentItemId, bool published) =>
        db.Entries.Local.FirstOrDefault(e => e.ContentItemId == contentItemId && e.Published == published)
        ?? await db.Entries.FirstOrDefaultAsync(e => e.ContentItemId == contentItemId && e.Published == published);
}
