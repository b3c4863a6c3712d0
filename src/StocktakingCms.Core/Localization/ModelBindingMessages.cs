using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// MVC's own messages for values that cannot be read (a date typed as "31/02", text in a number
/// field) in the visitor's language, not ASP.NET Core's built-in English.
/// </summary>
public sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var T = factory.Create(typeof(ModelBindingMessages));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => T["The value \"{0}\" is not valid.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["The value \"{0}\" is not valid.", value]);
        messages.SetValueIsInvalidAccessor(value => T["The value \"{0}\" is not valid.", value]);
        messages.SetValueMustNotBeNullAccessor(value => T["The value \"{0}\" is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => T["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["The value is not valid."]);
        messages.SetMissingBindRequiredValueAccessor(_ => T["A value is required."]);
        messages.SetMissingKeyOrValueAccessor(() => T["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => T["A value is required."]);
        messages.SetValueMustBeANumberAccessor(_ => T["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T["Enter a number."]);
    }
}
