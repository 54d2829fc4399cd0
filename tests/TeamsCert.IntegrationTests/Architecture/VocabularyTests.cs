using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Architecture;

/// <summary>
/// One name for a step, a person and an outbound message (docs/architecture.md, "Words"): the synonyms that once
/// named the same things in different rooms do not come back as type names.
/// </summary>
public sealed class VocabularyTests
{
    // A synonym and the one name the glossary uses instead.
    private static readonly (string Synonym, string OneName)[] _synonyms =
    [
        ("Notification", "OutboundMessage / OutboundDelivery (a message the outbox sends)"),
        ("OutboxMessage", "OutboundMessage / OutboundDelivery"),
        ("StaffMember", "Person"),
        ("CardPerson", "Person"),
        ("Task", "Step (PendingStep)"),
        ("WorkItem", "Step (PendingStep)"),
        ("Todo", "Step (PendingStep)"),
    ];

    // Domain words that contain a synonym but mean something else: 决定通知 is the name of a certification step.
    private static readonly HashSet<string> _domainWords = ["DecisionNotificationHandler"];

    [Fact]
    public void ProductTypes_Names_UseTheGlossaryNames()
    {
        var assemblies = new[] { typeof(PendingStep).Assembly, typeof(TeamsCertDbContext).Assembly, typeof(Program).Assembly };
        var names = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.Name.StartsWith('<') && !t.IsNested)
            .Select(t => t.Name.Split('`')[0])
            .ToList();
        Assert.True(names.Count > 300, $"expected the product's types, found {names.Count}");

        var offenders = names
            .Where(n => !_domainWords.Contains(n))
            .SelectMany(n => _synonyms.Where(s => n.Contains(s.Synonym, StringComparison.Ordinal)).Select(s => $"{n}: say {s.OneName}"))
            .ToList();

        Assert.Empty(offenders);
    }
}
