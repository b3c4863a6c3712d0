namespace StocktakingCms.Core.Content.Definitions;

/// <summary>
/// A part type a module offers: its name, CLR type and the settings class it reads. Modules
/// register descriptors so recipes and the admin can only compose types from parts that exist.
/// </summary>
public sealed record ContentPartDescriptor(string Name, Type PartType, string DisplayName, string Description)
{
    public static ContentPartDescriptor For<TPart>(string displayName, string description)
        where TPart : ContentPart => new(typeof(TPart).Name, typeof(TPart), displayName, description);
}
