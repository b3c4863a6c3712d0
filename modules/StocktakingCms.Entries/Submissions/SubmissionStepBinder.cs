using System.Reflection;

namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// Copies a step's fields from what was posted into the stored form, and nothing else: fields of
/// other steps are not in the post and must keep their values. Files are not bound here; the
/// media step handles them (<see cref="Services.EntryMediaEditor"/>).
/// </summary>
public static class SubmissionStepBinder
{
    private static readonly Dictionary<string, PropertyInfo> Properties =
        typeof(SubmissionData).GetProperties().ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static readonly HashSet<string> Files = [nameof(SubmissionData.Images), nameof(SubmissionData.Documents)];

    public static void Merge(SubmissionData stored, SubmissionData posted, SubmissionStep step)
    {
        foreach (var field in step.Fields.Where(f => !Files.Contains(f)))
        {
            var property = Properties[field];
            property.SetValue(stored, property.GetValue(posted));
        }
    }
}
