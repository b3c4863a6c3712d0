namespace StocktakingCms.Core.Security;

/// <summary>The roles every site has. Administrators hold every permission, always.</summary>
public static class CmsRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Contributor = "Contributor";

    /// <summary>Not a role a user is put in: its permissions apply to every visitor.</summary>
    public const string Anonymous = "Anonymous";

    /// <summary>Not a role a user is put in: its permissions apply to every signed-in user.</summary>
    public const string Authenticated = "Authenticated";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Reviewer, Contributor, Anonymous, Authenticated];
}
