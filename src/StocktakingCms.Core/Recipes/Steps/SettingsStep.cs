using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Core.Recipes.Steps;

/// <summary><c>{ "name": "settings", "siteName": ..., "defaultCulture": ... }</c>: changes only the settings given.</summary>
public sealed class SettingsStep : RecipeStepHandler<SettingsStep.Model>
{
    public override string Name => "settings";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var documents = context.Services.GetRequiredService<SiteDocuments>();
        var settings = await documents.GetAsync<SiteSettings>(context.CancellationToken);
        if (step.SupportedCultures is { } cultures)
        {
            var unknown = cultures.Where(c => !CmsCultures.All.Contains(c)).ToList();
            if (unknown.Count > 0 || cultures.Count == 0)
            {
                throw new RecipeStepException($"Supported cultures must be among {string.Join(", ", CmsCultures.All)}; not: {string.Join(", ", unknown)}.");
            }

            settings.SupportedCultures = cultures;
        }

        if (step.DefaultCulture is { } defaultCulture)
        {
            settings.DefaultCulture = defaultCulture;
        }

        if (!settings.SupportedCultures.Contains(settings.DefaultCulture))
        {
            throw new RecipeStepException($"The default culture '{settings.DefaultCulture}' is not among the supported cultures.");
        }

        if (step.TimeZone is { } timeZone)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            {
                throw new RecipeStepException($"'{timeZone}' is not a known time zone (use an IANA name such as Europe/Zurich).");
            }

            settings.TimeZone = timeZone;
        }

        if (step.PageSize is { } pageSize)
        {
            settings.PageSize = pageSize is >= 5 and <= 200
                ? pageSize
                : throw new RecipeStepException("pageSize must be between 5 and 200.");
        }

        settings.SiteName = string.IsNullOrWhiteSpace(step.SiteName) ? settings.SiteName : step.SiteName.Trim();
        await documents.SetAsync(settings, context.CancellationToken);
        context.Report(string.Create(CultureInfo.InvariantCulture,
            $"Settings: site name '{settings.SiteName}', cultures {string.Join(" ", settings.SupportedCultures)} (default {settings.DefaultCulture})."));
    }

    public sealed class Model
    {
        public string? SiteName { get; set; }

        public string? DefaultCulture { get; set; }

        public List<string>? SupportedCultures { get; set; }

        public string? TimeZone { get; set; }

        public int? PageSize { get; set; }
    }
}
