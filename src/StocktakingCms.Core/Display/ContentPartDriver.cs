using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;

namespace StocktakingCms.Core.Display;

/// <summary>
/// How one part is edited and shown. A module writes one driver per part: it turns the part into
/// an editor view model, applies the posted model back to the part, and optionally gives a
/// display model. Views live at <c>Parts/{PartName}.Edit</c> and <c>Parts/{PartName}.Display</c>.
/// </summary>
public abstract class ContentPartDriver
{
    public abstract string PartName { get; }

    public abstract Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition);

    public abstract Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater);

    public virtual Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType) =>
        Task.FromResult<PartShape?>(null);

    /// <summary>
    /// The full path of one of this module's part views. Shapes are rendered from other modules'
    /// views (the content editor, the theme), where a relative name would not find them.
    /// </summary>
    protected string PartView(string name) => $"/Areas/{GetType().Assembly.GetName().Name}/Views/Shared/Parts/{name}.cshtml";
}

/// <summary>A driver for a typed part edited through a typed view model.</summary>
public abstract class ContentPartDriver<TPart, TEditor> : ContentPartDriver
    where TPart : ContentPart, new()
    where TEditor : class, new()
{
    public override string PartName => typeof(TPart).Name;

    public override Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition) =>
        Task.FromResult<PartShape?>(new(PartName, PartView($"{PartName}.Edit"), ToEditor(item.As<TPart>(), item, definition), PartName, 0));

    public override async Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater)
    {
        var editor = new TEditor();
        if (await updater.TryUpdateModelAsync(editor, PartName))
        {
            Apply(editor, item.As<TPart>(), item, definition);
        }
    }

    protected abstract TEditor ToEditor(TPart part, ContentItem item, ContentTypePartDefinition definition);

    protected abstract void Apply(TEditor editor, TPart part, ContentItem item, ContentTypePartDefinition definition);
}
