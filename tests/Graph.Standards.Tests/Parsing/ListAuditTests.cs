namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using Xunit;

public class ListAuditTests
{
    private static Card WithFirstSkill(Card card, Func<Skill, Skill> change)
    {
        var lf = card.LaborFunctions[0];
        var skills = lf.Skills.Select((s, i) => i == 0 ? change(s) : s).ToList();
        return card with { LaborFunctions = [lf with { Skills = skills }, .. card.LaborFunctions.Skip(1)] };
    }

    [Fact]
    public void Reports_an_item_line_that_no_list_took()
    {
        var seed = Seeds.Parse(Seeds.KkReference);
        var broken = WithFirstSkill(seed.Card(9), s => s with { Abilities = s.Abilities.Skip(1).ToList() });
        var audit = ListAudit.Audit(broken, seed.Lines);
        Assert.Equal([258], audit.Unassigned.Select(l => l.Lines.First));   // kk reference-info L258, ability 1 of ¶9 LF1 skill 1
        Assert.Empty(audit.MultiplyAssigned);
    }

    [Fact]
    public void Reports_an_item_line_that_two_lists_took()
    {
        var seed = Seeds.Parse(Seeds.KkReference);
        var broken = WithFirstSkill(seed.Card(9), s => s with { Knowledge = [.. s.Knowledge, s.Abilities[0]] });
        var audit = ListAudit.Audit(broken, seed.Lines);
        Assert.Equal([258], audit.MultiplyAssigned.Select(l => l.Lines.First));
    }
}
