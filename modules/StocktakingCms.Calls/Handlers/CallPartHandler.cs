using Microsoft.Extensions.Localization;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Calls.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Calls.Handlers;

/// <summary>A call closes after it opens; the schedule forgets its cache when a call goes on or off line.</summary>
public sealed class CallPartHandler(CallSchedule schedule, CmsDbSession session, IStringLocalizer<CallPartHandler> T) : ContentHandler
{
    public override Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.Get<CallPart>() is { } call)
        {
            if (call.OpensUtc == default || call.ClosesUtc == default)
            {
                context.AddError($"{nameof(CallPart)}.{nameof(CallPartEditor.Opens)}", T["Enter when the call opens and when it closes."]);
            }
            else if (call.ClosesUtc <= call.OpensUtc)
            {
                context.AddError($"{nameof(CallPart)}.{nameof(CallPartEditor.Closes)}", T["The call must close after it opens."]);
            }

            if (call.Forum.Length > CallPart.TextMaxLength)
            {
                context.AddError($"{nameof(CallPart)}.{nameof(call.Forum)}", T["At most {0} characters.", CallPart.TextMaxLength]);
            }
        }

        return Task.CompletedTask;
    }

    public override Task PublishedAsync(PublishContentContext context) => EvictIfCall(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => EvictIfCall(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => EvictIfCall(context.ContentItem);

    private Task EvictIfCall(ContentItem item)
    {
        if (item.ContentType == CallSchedule.ContentType)
        {
            // After the commit: a reader between now and then must not cache the old list again.
            session.AfterCommit(schedule.Evict);
        }

        return Task.CompletedTask;
    }
}
