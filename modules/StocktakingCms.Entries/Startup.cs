using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Modules;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Drivers;
using StocktakingCms.Entries.Handlers;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.Public;
using StocktakingCms.Entries.Public.OpenData;
using StocktakingCms.Entries.Services;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Entries;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<EntriesDbContext, SqliteEntriesDbContext, PostgresEntriesDbContext>("Entries");
        services.AddSingleton(ContentPartDescriptor.For<EntryPart>("Entry", "A stocktaking entry: descriptions, organisation, dates, partners, contacts."));
        services.AddScoped<ContentPartDriver, EntryPartDriver>();
        services.AddScoped<ContentHandler, EntryPartHandler>();
        services.AddScoped<ContentHandler, SubmissionStatusHandler>();
        services.AddScoped<EntryAdminQuery>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionChecker>();
        services.AddScoped<MyEntryPage>();
        services.AddScoped<SubmissionChoices>();
        services.AddScoped<EntryMediaEditor>();
        // Also by its class: a search module's look-alikes still take the same organisation's entries from here.
        services.AddScoped<SimilarEntries>();
        services.AddScoped<ISimilarEntries>(sp => sp.GetRequiredService<SimilarEntries>());
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAccountDataContributor, EntriesAccountData>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<EntryFigures>();
        // Term pages (action lines, SDGs, countries, special repositories) list entries, not the calls tagged with them.
        services.Configure<TermPageOptions>(o =>
        {
            o.ListedContentTypes.Add(EntryFields.ContentType);
            // A special repository's page filters its entries like the repository (same parameters as /{culture}/search).
            o.Facets.AddRange(
            [
                new("actionLine", "action-lines"),
                new("sdg", "sdgs", TopLevelOnly: true),
                new("stakeholderType", "stakeholder-types"),
                new("country", "countries"),
                new("region", "regions"),
                new("coverage", "coverage"),
                new("status", "project-status"),
                new("edition", "report-editions"),
            ]);
        });
        services.AddScoped<LatestEntries>();
        services.AddScoped<EntryCsvExport>();
        services.AddSingleton<ISitemapSource, OpenDataSitemap>();
        services.AddScoped<EntryTranslations>();
        services.AddScoped<IHomeSection, EntryFiguresSection>();
        services.AddScoped<IHomeSection, LatestEntriesSection>();
    }
}
