namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Text;

/// <summary>
/// Turns a reader's logical lines into a professional standard: metadata from chapters 1, 2 and 4, cards from
/// chapter 3. One parser for every layout: it recognises labels in all their printed variants.
/// </summary>
public static class StandardParser
{
    public static StandardDocument Parse(SourceText source, IReadOnlyList<LogicalLine> lines, ICollection<SourceWarning> warnings)
    {
        var language = LanguageDetector.Detect(source.Text);
        if (language == Language.Ru)
            lines = [.. lines.Select(l => TextNorm.FixRussianYo(l.Text) is var text && (object)text != l.Text ? l with { Text = text } : l)];
        // An act's text is named by its path in the act folder (ActLayout), so card ids of two acts' rus.md differ.
        var stem = Path.ChangeExtension(source.FileName, null);
        var chapter3 = MetadataParser.FindChapter(lines, 3);
        var template = PassportCards.IsAppendixTemplate(lines, chapter3);
        var cardParser = new CardParser(stem, warnings, template);
        var after = chapter3 >= 0 ? cardParser.Run(lines, chapter3 + 1) : lines.Count;
        foreach (var w in LfWording.Warnings(cardParser.WordingDiffs, cardParser.ComparedLfs)) warnings.Add(w);
        if (chapter3 < 0) warnings.Add(new SourceWarning(1, "no chapter 3 (profession cards) heading found"));
        var front = chapter3 >= 0 ? lines.Take(chapter3).ToList() : lines.ToList();
        // The 2019–2022 list of professions is in chapter 3, before the appendix with the cards.
        var listed = template == CardTemplate.Appendix
            ? PassportCards.Read(lines.Take(cardParser.FirstHeading >= 0 ? cardParser.FirstHeading : lines.Count).Skip(chapter3).ToList(), warnings)
            : PassportCards.Read(front, warnings);
        var cards = PassportCards.Check(cardParser.Cards, listed, warnings);
        CrossCardChecks.Run(cards, warnings);
        if (template == CardTemplate.Appendix)
        {
            // Chapter 4 (technical data), if printed, sits between the list and the appendix.
            var chapter4 = MetadataParser.FindChapter(lines, 4);
            after = chapter4 >= 0 ? chapter4 : lines.Count;
        }

        var back = template == CardTemplate.Appendix && cardParser.FirstHeading > after
            ? lines.Skip(after).Take(cardParser.FirstHeading - after).ToList()
            : lines.Skip(after).ToList();
        var meta = MetadataParser.Parse(front, back, warnings);
        return new StandardDocument(source.FileName, language, DocumentKind.ProfessionalStandard, meta.Title, meta.Code, meta.Oked,
            meta.Version, meta.Approval, meta.Repealed, cards, null, [.. warnings], []);
    }
}
