namespace StocktakingCms.Core.Content;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    /// <summary>The version visitors see; none when the item is not published.</summary>
    Published,

    /// <summary>The newest version: the draft when one is pending, else the published one.</summary>
    Latest,
}
