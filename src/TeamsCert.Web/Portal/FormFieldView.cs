using System.Text;
using TeamsCert.Domain;
using TeamsCert.Domain.Applications;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>One labelled input of a portal form, with its hint, its value kept after a refusal, and its error.</summary>
public static class FormFieldView
{
    public static string Render(FormField field, PortalState state, string formId)
    {
        var id = $"f-{field.Code}";
        var value = state.Value(field.Code);
        var error = state.Error(field.Code);
        var html = new StringBuilder();
        var required = field.Required ? " required" : string.Empty;
        var invalid = error is null ? string.Empty : " class=\"invalid\" aria-invalid=\"true\"";
        var common = $"id=\"{id}\" name=\"{Encode(field.Code)}\" form=\"{formId}\"{required}{invalid}";
        if (field.Type == FormFieldType.Consent)
        {
            var isChecked = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty;
            html.Append("<label for=\"").Append(id).Append("\"><input type=\"checkbox\" value=\"true\" ").Append(common).Append(isChecked).Append("> ")
                .Append(Label(state.Chrome.Lang.T(field.Label), field.Required)).Append("</label>");
        }
        else
        {
            html.Append("<label for=\"").Append(id).Append("\">").Append(Label(state.Chrome.Lang.T(field.Label), field.Required)).Append("</label>");
            html.Append(field.Type == FormFieldType.MultilineText
                ? $"<textarea {common} maxlength=\"{field.MaxLength}\">{Encode(value)}</textarea>"
                : $"<input type=\"{InputType(field.Type)}\" {common} maxlength=\"{field.MaxLength}\"{Minimum(field)} value=\"{Encode(value)}\">");
        }

        if (field.Hint is { } hint)
        {
            html.Append("<p class=\"hint\">").Append(Encode(state.Chrome.Lang.T(hint))).Append("</p>");
        }

        if (error is not null)
        {
            html.Append("<p class=\"field-error\" role=\"alert\">").Append(Encode(state.Chrome.Lang.Pick(error))).Append("</p>");
        }

        return html.ToString();
    }

    /// <summary>A multi-line answer that is not a field of the scheme's form (corrective actions, information, comments).</summary>
    public static string Text(string code, LocalizedText label, PortalState state, string formId, bool required) =>
        Render(new FormField(code, label, FormFieldType.MultilineText, required), state, formId);

    public static string Consent(string code, LocalizedText label, PortalState state, string formId) =>
        Render(new FormField(code, label, FormFieldType.Consent, Required: true), state, formId);

    private static string Label(string label, bool required) => Encode(label) + (required ? " <span aria-hidden=\"true\">*</span>" : string.Empty);

    private static string InputType(FormFieldType type) => type switch
    {
        FormFieldType.WholeNumber => "number",
        FormFieldType.Date => "date",
        FormFieldType.Email => "email",
        FormFieldType.Phone => "tel",
        _ => "text",
    };

    private static string Minimum(FormField field) => field.Type == FormFieldType.WholeNumber ? $" min=\"{field.Minimum}\" step=\"1\"" : string.Empty;
}
