using System.Reflection;
using System.Text.Json.Nodes;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.UnitTests.Workflow.Facts;

/// <summary>
/// The facts are changed only by the domain's step handlers: no public setter and no mutable collection is reachable
/// from another assembly, while the stored JSON still reads and writes every part.
/// </summary>
public sealed class CaseFactsEncapsulationTests
{
    private static readonly Type[] _factTypes =
        [.. typeof(CaseFacts).Assembly.GetTypes().Where(t => t.IsPublic && t.Namespace == typeof(CaseFacts).Namespace && t.IsClass)];

    [Fact]
    public void FactTypes_PublicSurface_HasNoPublicSetterOrMutableCollection()
    {
        Assert.True(_factTypes.Length >= 15, $"expected the fact types, found {_factTypes.Length}");
        var offenders = new List<string>();
        foreach (var type in _factTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true;
                if (setter is { IsPublic: true } && !initOnly)
                {
                    offenders.Add($"{type.Name}.{property.Name} has a public setter");
                }

                var propertyType = property.PropertyType;
                if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() is var definition
                    && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)))
                {
                    offenders.Add($"{type.Name}.{property.Name} is a mutable {definition.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void CaseFactsJson_EveryPart_RoundTripsUnchanged()
    {
        var stored = JsonNode.Parse(StoredFacts)!;

        var facts = CaseFactsJson.Read(StoredFacts);
        var written = JsonNode.Parse(CaseFactsJson.Write(facts))!;

        Assert.True(JsonNode.DeepEquals(stored, written), written.ToJsonString());
        Assert.Equal(["leader@demo.local", "auditor1@demo.local"], facts.Team.Select(m => m.PersonId));
        Assert.Equal(TeamMemberStatus.Accepted, facts.Team[0].Status);
        Assert.Equal(["a1"], facts.Audits.Single().MemberIds);
        Assert.Equal("5.2", facts.Findings.Single().Clause);
        Assert.Equal(2, facts.Certificate!.History.Count);
        Assert.Equal("旧范围", facts.Certificate.ScopeHistory.Single().From);
        Assert.Equal(["营业执照"], facts.Application!.Materials);
        Assert.Equal(["资质证明"], facts.Application.Outstanding);
        Assert.Equal("张三", facts.Contact!.Name);
        Assert.Equal(["人日依据"], facts.Programme!.Justification);
        Assert.Single(facts.Surveillances.Single().Team);
        Assert.Equal(["m1"], facts.SpecialAudits.Single().MemberIds);
        Assert.Equal("整改", facts.InformationReports.Single().Measure);
        Assert.Equal("TEL-2025-0001", facts.PreviousCertificates.Single().Number);
        Assert.Equal(2025, facts.CertificateSequenceYear);
    }

    private const string StoredFacts = """
        {
          "contact": { "name": "张三", "phone": "13800000000", "email": "zs@example.cn" },
          "application": { "submittedOn": "2026-01-05", "values": { "organization": "某公司" }, "materials": ["营业执照"], "outstanding": ["资质证明"] },
          "programme": { "managerId": "prog@demo.local", "proposedOn": "2026-01-06", "justification": ["人日依据"], "mysteryShoppingArranged": false, "confirmedOn": "2026-01-07" },
          "team": [
            { "personId": "leader@demo.local", "role": "teamLeader", "status": "accepted", "answeredOn": "2026-01-08" },
            { "personId": "auditor1@demo.local", "role": "auditor", "status": "proposed" }
          ],
          "plan": { "sentOn": "2026-01-09", "onSiteStart": "2026-01-20", "acknowledgedOn": "2026-01-10" },
          "audits": [ { "kind": "stage2", "start": "2026-01-20", "end": "2026-01-21", "leaderId": "leader@demo.local", "memberIds": ["a1"] } ],
          "findings": [ { "auditKind": "stage2", "grade": "minor", "clause": "5.2", "evidence": "记录缺失" } ],
          "correctionsVerified": true,
          "certificate": {
            "number": "TEL-2026-0001", "displayNumber": "TEL-2026-0001", "sequence": 1, "issuedOn": "2026-02-01", "expiresOn": "2029-01-31",
            "state": "valid", "scope": "新范围",
            "history": [ { "on": "2026-02-01", "to": "valid", "reason": "issued", "by": "dec@demo.local" }, { "on": "2026-03-01", "from": "valid", "to": "valid", "reason": "scope", "by": "dec@demo.local" } ],
            "scopeHistory": [ { "on": "2026-03-01", "from": "旧范围", "to": "新范围", "reason": "缩小", "by": "dec@demo.local" } ]
          },
          "surveillances": [ { "number": 1, "dueOn": "2027-01-31", "ruleId": "TEL-D05", "team": [ { "personId": "leader@demo.local", "role": "teamLeader", "status": "accepted" } ] } ],
          "specialAudits": [ { "number": 1, "trigger": "complaint", "description": "投诉", "requestedOn": "2026-04-01", "shortNotice": true, "leaderId": "leader@demo.local", "memberIds": ["m1"] } ],
          "informationReports": [ { "number": 1, "category": "change", "summary": "地址变更", "receivedOn": "2026-05-01", "serious": false, "recordedBy": "prog@demo.local", "measure": "整改" } ],
          "previousCertificates": [ { "number": "TEL-2025-0001", "displayNumber": "TEL-2025-0001", "sequence": 1, "issuedOn": "2025-02-01", "expiresOn": "2028-01-31", "state": "expired", "history": [], "scopeHistory": [] } ]
        }
        """;
}
