using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Workflows.Actions;
using StocktakingCms.Workflows.Comments;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Recipes;
using StocktakingCms.Workflows.Services;
using StocktakingCms.Workflows.Timers;

namespace StocktakingCms.Workflows;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<WorkflowsDbContext, SqliteWorkflowsDbContext, PostgresWorkflowsDbContext>("Workflows");
        services.AddScoped<WorkflowDefinitionValidator>();
        services.AddScoped<WorkflowTypes>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<CommentThread>();
        services.AddScoped<RefusedReply>();
        services.AddScoped<IMyEntrySection, SubmitterThreadSection>();
        services.AddScoped<IAccountDataContributor, CommentsAccountData>();
        services.AddScoped<IAccountDataContributor, HistoryAccountData>();
        services.AddScoped<WorkflowActionRunner>();
        services.AddScoped<WorkflowMails>();
        services.AddOptions<WorkflowTimerOptions>().Bind(configuration.GetSection(WorkflowTimerOptions.Section));
        services.AddScoped<TimerStore>();
        services.AddScoped<TimerFirer>();
        services.AddScoped<IWorkflowDateSource, PublicationDateSource>();
        services.AddHostedService<TimerWorker>();
        services.AddScoped<IWorkflowAction, PublishAction>();
        services.AddScoped<IWorkflowAction, UnpublishAction>();
        services.AddScoped<IWorkflowAction, AssignTakerAction>();
        services.AddScoped<IWorkflowAction, SubmissionStatusAction>();
        services.AddScoped<IWorkflowAction, NotifySubmitterAction>();
        services.AddScoped<IWorkflowAction, NotifyAssigneeAction>();
        services.AddScoped<ISubmissionListener, SubmissionWorkflowStarter>();
        services.AddScoped<StocktakingCms.Core.Content.Handlers.ContentHandler, PublicationFollower>();
        services.AddScoped<IRecipeStepHandler, WorkflowTypesStep>();
        services.AddScoped<IRecipeExportSource, WorkflowTypesExport>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
