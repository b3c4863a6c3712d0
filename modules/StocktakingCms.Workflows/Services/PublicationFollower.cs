using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content.Handlers;

namespace StocktakingCms.Workflows.Services;

/// <summary>Content events reach the engine: a created call or letter enters its workflow; a publication done in the editor moves the item's workflow along.</summary>
/// <remarks>The engine is resolved when needed: it depends on the content manager, which depends on the handlers.</remarks>
public sealed class PublicationFollower(IServiceProvider services, IHttpContextAccessor http) : ContentHandler
{
    public override Task CreatedAsync(ContentContext context) =>
        services.GetRequiredService<WorkflowEngine>().FollowCreationAsync(context.ContentItem, http.HttpContext?.User);

    public override Task PublishedAsync(PublishContentContext context) =>
        services.GetRequiredService<WorkflowEngine>().FollowPublicationAsync(context.ContentItem, http.HttpContext?.User);
}
