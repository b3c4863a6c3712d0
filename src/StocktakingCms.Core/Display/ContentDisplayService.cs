using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Display;

/// <summary>Builds the editor and display shapes of an item from its type's parts, in definition order.</summary>
public sealed class ContentDisplayService(IContentDefinitionStore definitions, IEnumerable<ContentPartDriver> drivers, ModuleState modules)
{
    public async Task<IReadOnlyList<PartShape>> BuildEditorAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        await BuildAsync(item, (driver, part) => driver.BuildEditorAsync(item, part), cancellationToken);

    public async Task<IReadOnlyList<PartShape>> BuildDisplayAsync(ContentItem item, string displayType, CancellationToken cancellationToken = default) =>
        await BuildAsync(item, (driver, part) => driver.BuildDisplayAsync(item, part, displayType), cancellationToken);

    /// <summary>Applies posted values to every part of the item; binding errors go to the updater.</summary>
    public async Task UpdateEditorAsync(ContentItem item, IPartModelUpdater updater, CancellationToken cancellationToken = default)
    {
        foreach (var (driver, part) in await DriversForAsync(item, cancellationToken))
        {
            await driver.UpdateAsync(item, part, updater);
        }
    }

    private async Task<IReadOnlyList<PartShape>> BuildAsync(
        ContentItem item, Func<ContentPartDriver, ContentTypePartDefinition, Task<PartShape?>> build, CancellationToken cancellationToken)
    {
        var shapes = new List<PartShape>();
        var position = 0;
        foreach (var (driver, part) in await DriversForAsync(item, cancellationToken))
        {
            if (await build(driver, part) is { } shape)
            {
                shapes.Add(shape with { Position = position++ });
            }
        }

        return shapes;
    }

    private async Task<List<(ContentPartDriver Driver, ContentTypePartDefinition Part)>> DriversForAsync(
        ContentItem item, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        if (type is null)
        {
            return [];
        }

        var enabled = modules.Enabled(drivers).ToList();
        return [.. type.Parts.SelectMany(part => enabled.Where(d => d.PartName == part.PartName).Select(d => (d, part)))];
    }
}
