using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Drivers;
using StocktakingCms.Calls.Handlers;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Recipes;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Calls;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ContentPartDescriptor.For<CallPart>("Call for entries", "Opening and closing dates (Geneva time) that open and close submission, and the forum."));
        services.AddScoped<ContentPartDriver, CallPartDriver>();
        services.AddScoped<ContentHandler, CallPartHandler>();
        services.AddSingleton(ContentPartDescriptor.For<LetterPart>("Letter", "Reference, place and date, sender, addressees, subject and contact of the letter announcing a call."));
        services.AddScoped<ContentPartDriver, LetterPartDriver>();
        services.AddScoped<ContentHandler, LetterPartHandler>();
        services.AddScoped<CallSchedule>();
        services.AddScoped<LetterDirectory>();
        services.AddScoped<IHomeSection, CallBannerSection>();
        services.AddSingleton<ISitemapSource, CallsSitemap>();
        services.AddScoped<IRecipeStepHandler, SampleCallStep>();
    }
}
