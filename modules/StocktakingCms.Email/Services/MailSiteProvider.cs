using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Email.Services;

/// <summary>
/// <c>site.name</c> from the site settings, <c>site.url</c> from <c>Stocktaking:PublicUrl</c> or else
/// the current request's address (set <c>Stocktaking:PublicUrl</c> in production: a request's Host
/// header is the client's to choose).
/// </summary>
public sealed class MailSiteProvider(SiteDocuments documents, SiteUrls urls)
{
    public async Task<MailSite> GetAsync(CancellationToken cancellationToken = default)
    {
        var name = (await documents.GetAsync<SiteSettings>(cancellationToken)).SiteName;
        return new MailSite(name, urls.TryGetRoot() ?? "");
    }
}
