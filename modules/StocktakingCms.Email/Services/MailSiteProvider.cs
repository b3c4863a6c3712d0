using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Email.Services;

/// <summary>
/// <c>site.name</c> from the site settings, <c>site.url</c> from <c>Email:SiteUrl</c> or else the
/// current request's address (set <c>Email:SiteUrl</c> in production: a request's Host header is the
/// client's to choose).
/// </summary>
public sealed class MailSiteProvider(SiteDocuments documents, IOptions<EmailOptions> options, IHttpContextAccessor http)
{
    public async Task<MailSite> GetAsync(CancellationToken cancellationToken = default)
    {
        var name = (await documents.GetAsync<SiteSettings>(cancellationToken)).SiteName;
        var url = options.Value.SiteUrl;
        if (string.IsNullOrWhiteSpace(url) && http.HttpContext?.Request is { } request)
        {
            url = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return new MailSite(name, (url ?? "").TrimEnd('/'));
    }
}
