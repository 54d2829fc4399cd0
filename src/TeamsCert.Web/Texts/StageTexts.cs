using TeamsCert.Domain;
using TeamsCert.Domain.Texts;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Web.Texts;

/// <summary>Names of the case stages (<see cref="CaseStage"/>; catalogue <c>stage.*</c>).</summary>
public static class StageTexts
{
    public static LocalizedText For(CaseStage stage) => Catalogue.Find("stage", stage.ToString()) ?? Vocabulary.Unknown;
}
