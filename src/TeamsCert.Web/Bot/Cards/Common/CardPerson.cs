namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>A person as cards show them; <see cref="Id"/> is the Teams user id used in <c>refresh.userIds</c>.</summary>
public sealed record CardPerson(string Id, string Name);
