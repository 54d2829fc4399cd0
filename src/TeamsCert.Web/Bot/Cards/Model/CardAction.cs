using System.Text.Json.Serialization;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A button; the <c>type</c> discriminator is written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
public abstract record CardAction
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary><c>default</c>, <c>positive</c> or <c>destructive</c>.</summary>
    public string? Style { get; init; }
}
