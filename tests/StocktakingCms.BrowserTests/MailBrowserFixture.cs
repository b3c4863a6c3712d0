namespace StocktakingCms.BrowserTests;

/// <summary>
/// A <see cref="BrowserFixture"/> whose site sends its mail to a real SMTP server on a loopback
/// port (<see cref="BrowserFixture.Smtp"/>): for journeys that follow a link from a mail.
/// </summary>
public sealed class MailBrowserFixture() : BrowserFixture(sendsMail: true);
