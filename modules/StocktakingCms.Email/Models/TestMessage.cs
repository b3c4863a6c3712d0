namespace StocktakingCms.Email.Models;

/// <summary>The model of <c>Mail/test-message.{culture}.liquid</c>: who asked for the test.</summary>
public sealed record TestMessage(string RequestedBy);
