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

    public abstract PartShape? BuildEditor(ContentItem item, ContentTypePartDefinition definition);

    public abstract Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater);

    public virtual PartShape? BuildDisplay(ContentItem item, ContentTypePartDefinition definition, string displayType) => null;
}

/// <summary>A driver for a typed part edited through a typed view model.</summary>
public abstract class ContentPartDriver<TPart, TEditor> : ContentPartDriver
    where TPart : ContentPart, new()
    where TEditor : class, new()
{
    public override string PartName => typeof(TPart).Name;

    public override PartShape? BuildEditor(ContentItem item, ContentTypePartDefinition definition) =>
        new(PartName, $"Parts/{PartName}.Edit", ToEditor(item.As<TPart>(), item, definition), PartName, 0);

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
