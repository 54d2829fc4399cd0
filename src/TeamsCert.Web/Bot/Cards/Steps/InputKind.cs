namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>How a step handler's data key is asked for on the card.</summary>
public enum InputKind
{
    Text,
    Multiline,
    Date,
    Number,
    Toggle,

    /// <summary>A JSON value (findings list, score sheet) typed as text.</summary>
    Json,

    /// <summary>The scheme's decision outcomes for the step (<see cref="StepCardModel.Outcomes"/>).</summary>
    Outcome,

    /// <summary>A fixed set of codes named by <see cref="InputSpec.Choices"/>.</summary>
    FixedChoice,

    /// <summary>The scheme's reasons for a certificate status change from the current status (transition triggers).</summary>
    Trigger,

    /// <summary>The scheme's special-audit triggers (AS 004 §5.7.4, TEL 002 §9.4/§11).</summary>
    SpecialAuditTrigger,

    /// <summary>
    /// A checklist of the scheme's materials (<see cref="StepFacts.Materials"/>): values are material codes, titles the
    /// words; the ticked codes reach the handler comma-separated. Pre-ticked with the missing ones.
    /// </summary>
    Materials,

    /// <summary>The team picker: leader and auditors among eligible people (<see cref="StepCardModel.Team"/>).</summary>
    Team,
}
