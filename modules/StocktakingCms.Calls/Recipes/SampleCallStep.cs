using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Settings;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Calls.Recipes;

/// <summary>
/// <c>{ "name": "sample-call", "localizationSet": "...", "opensInDays": -1, "closesInDays": 90,
/// "edition": "2027", "forum": "...", "translations": { "en": { "title": "...", "slug": "..." }, ... } }</c>:
/// a published call, marked as sample content, whose dates are relative to the moment the recipe
/// runs, so a new site can take submissions at once. Items that already exist are left alone.
/// </summary>
public sealed class SampleCallStep(TimeProvider clock) : RecipeStepHandler<SampleCallStep.Model>
{
    public override string Name => "sample-call";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        if (step.ClosesInDays <= step.OpensInDays)
        {
            throw new RecipeStepException("closesInDays must be greater than opensInDays.");
        }

        if (string.IsNullOrWhiteSpace(step.LocalizationSet) || step.LocalizationSet.Length > 24 || step.Translations.Count == 0)
        {
            // Item ids are the set followed by the culture, and ids have at most 26 characters.
            throw new RecipeStepException("A sample call needs a localizationSet of at most 24 characters and at least one translation.");
        }

        var manager = context.Services.GetRequiredService<IContentManager>();
        var time = context.Services.GetRequiredService<SiteTime>();
        // Whole days in Geneva: opens at midnight, closes at 23:59 on the last day.
        var today = (await time.ToLocalAsync(clock.GetUtcNow().UtcDateTime)).Date;
        var opensUtc = await time.ToUtcAsync(today.AddDays(step.OpensInDays));
        var closesUtc = await time.ToUtcAsync(today.AddDays(step.ClosesInDays).Add(new TimeSpan(23, 59, 0)));
        foreach (var (culture, translation) in step.Translations)
        {
            var id = step.LocalizationSet + culture;
            if (await manager.GetAsync(id, VersionOptions.Latest, context.CancellationToken) is not null)
            {
                continue;
            }

            var item = await manager.NewAsync(CallSchedule.ContentType, context.CancellationToken);
            item.ContentItemId = id;
            item.Culture = culture;
            item.LocalizationSet = step.LocalizationSet;
            item.Alter<TitlePart>(title => title.Title = translation.Title);
            item.Alter<AutoroutePart>(route => route.Slug = translation.Slug);
            item.Alter<CallPart>(call =>
            {
                call.OpensUtc = opensUtc;
                call.ClosesUtc = closesUtc;
                call.Forum = translation.Forum ?? step.Forum ?? "";
                call.IsSample = true;
            });
            if (step.Edition is { } edition)
            {
                item.Alter<TermsPart>(terms => terms.Set(CallSchedule.EditionField, [edition]));
            }

            var result = await manager.CreateAsync(item, publish: true, context.CancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeStepException($"The sample call '{id}' was refused: {string.Join(" ", result.AllMessages)}");
            }

            context.Report($"Created the sample call '{translation.Title}' ({culture}), open until {item.As<CallPart>().ClosesUtc:yyyy-MM-dd} UTC.");
        }
    }

    public sealed class Model
    {
        public string LocalizationSet { get; set; } = "";

        public int OpensInDays { get; set; } = -1;

        public int ClosesInDays { get; set; } = 90;

        public string? Edition { get; set; }

        public string? Forum { get; set; }

        public Dictionary<string, Translation> Translations { get; set; } = [];
    }

    public sealed class Translation
    {
        public string Title { get; set; } = "";

        public string Slug { get; set; } = "";

        public string? Forum { get; set; }
    }
}
