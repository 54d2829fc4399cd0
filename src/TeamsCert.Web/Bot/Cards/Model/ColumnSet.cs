namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
