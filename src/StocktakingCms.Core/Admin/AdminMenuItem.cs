namespace StocktakingCms.Core.Admin;

/// <summary>One link of the admin menu; shown only to users holding <see cref="Permission"/>.</summary>
public sealed record AdminMenuItem(string Text, string Url, string Permission, int Position = 100, string? Group = null);
