namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>
/// The same parser behind the other helpers' readers (PDF text, HTML tables). Guide §4.1/§4.2: the kk/ru twins match
/// one to one in card order, levels, codes, LF counts and kinds, skills per LF, and link rows as (level, code).
/// </summary>
public class CrossLayoutTests
{
    private const string RuReference = "ru_reference-information-services_2025.txt";

    [Fact]
    public void Ru_pdf_cards_have_the_shape_of_their_kk_twins()
    {
        var ru = Seeds.Parse(RuReference);
        var kk = Seeds.Parse(Seeds.KkReference);
        Assert.Equal("pdf-text", ru.Reader.Family);
        Assert.Equal([8, 10, 11, 12, 13, 14, 15, 16, 17, 18], ru.Document.Cards.Select(c => c.Paragraph ?? 0)); // ru L154, L808 … (¶9 missing)
        Assert.Equal(kk.Document.Cards.Select(KkReferenceInfoTests.Shape), ru.Document.Cards.Select(KkReferenceInfoTests.Shape));
        Assert.Equal(kk.Document.Cards.Select(c => c.Level), ru.Document.Cards.Select(c => c.Level));
    }

    [Fact]
    public void Ru_pdf_metadata()
    {
        var d = Seeds.Parse(RuReference).Document;
        Assert.Equal(Language.Ru, d.Language);
        Assert.Equal("Деятельность справочно-информационных служб", d.Title);   // L2–3, L50
        Assert.Null(d.Code);                                                     // L123 empty
        Assert.Equal(["J", "62", "62.0", "62.02", "62.02.0"], d.Oked);           // L125–134, «62.02. 0» at L134
        Assert.Contains("№ 394/НҚ", d.Approval);                                 // L6
        Assert.Equal(10, d.Cards.Count);
    }

    [Fact]
    public void Ru_pdf_card_fifteen_lost_its_header_and_its_LF_labels()
    {
        var ru = Seeds.Parse(RuReference);
        var c15 = ru.Card(15);
        Assert.Equal(6, c15.Level);                                                     // from the passport, ru L147
        Assert.Contains(c15.Repairs, r => r.Field == "Level");
        Assert.Equal("M4 M4 A3 A1", KkReferenceInfoTests.Shape(c15));                  // boundaries from skill-number restarts
        Assert.Contains(ru.Document.Warnings, w => w.Message.StartsWith("¶15: level 6 taken from the passport"));
    }

    [Fact]
    public void Ru_pdf_link_rows_match_the_kk_rows_by_level_and_code()
    {
        var ru = Seeds.Parse(RuReference).Document.Cards;
        var kk = Seeds.Parse(Seeds.KkReference).Document.Cards;
        Assert.Equal(35, ru.Sum(c => c.Links.Count));
        for (var i = 0; i < kk.Count; i++)
            Assert.Equal(
                kk[i].Links.Select(l => (l.Level, l.Code == "11329-1-050" ? "1329-1-050" : l.Code)),   // kk typo L6661, ru L6548 prints it right
                ru[i].Links.Select(l => (l.Level, l.Code)));
    }

    [Fact]
    public void Insurance_twins_have_the_same_cards()
    {
        var ru = Seeds.Parse(Seeds.RuInsurance).Document;
        var kk = Seeds.Parse(Seeds.KkInsurance).Document;
        Assert.Equal(["Аджастер", "Андеррайтер", "Риск-менеджер в страховании"], ru.Cards.Select(c => c.Title)); // ru L91, L344, L559
        Assert.Equal(["Аджастер", "Андеррайтер", "Риск-менеджер"], kk.Cards.Select(c => c.Title));
        Assert.Equal(("Страхование", "Сақтандыру"), (ru.Title, kk.Title));   // L61: «Профессиональный стандарт «Страхование»», ««Сақтандыру» кәсіптік стандарты»
        Assert.Equal(ru.Cards.Select(KkReferenceInfoTests.Shape), kk.Cards.Select(KkReferenceInfoTests.Shape));
        Assert.Equal(ru.Cards.Select(c => c.OccupationCode), kk.Cards.Select(c => c.OccupationCode));
        Assert.All(ru.Cards.Concat(kk.Cards), c => Assert.Equal(3, c.Links.Count));
        Assert.All(ru.Cards.Concat(kk.Cards), c => Assert.Equal(3, c.PersonalCompetencies.Count)); // guide §4.2
        Assert.Contains(ru.Warnings, w => w.Line == 432 && w.Message.Contains("experience field states an education requirement"));
    }

    [Theory]
    [InlineData(RuReference)]
    [InlineData(Seeds.RuInsurance)]
    [InlineData(Seeds.KkInsurance)]
    public void Every_numbered_item_line_lands_in_exactly_one_list(string file)
    {
        var seed = Seeds.Parse(file);
        foreach (var card in seed.Document.Cards)
        {
            var audit = ListAudit.Audit(card, seed.Lines);
            Assert.True(audit.IsClean, $"¶{card.Paragraph}: unassigned {string.Join(", ", audit.Unassigned.Select(l => l.Lines))}; multiple {string.Join(", ", audit.MultiplyAssigned.Select(l => l.Lines))}");
        }
    }
}
