using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Building;

/// <summary>
/// Collects labour functions, skills, abilities (including the employment category abilities) and knowledge from
/// the cards, one item per (kind, language, normalised text), and each profession's profile per language.
/// </summary>
internal sealed class RequirementCatalog
{
    private readonly Dictionary<(ItemKind, Language, string), int> _ids = [];
    private readonly List<(ItemKind Kind, Language Language, string Key, string Text, List<ItemSource> Sources)> _items = [];

    public RequirementProfile Add(ProfessionDraft draft)
    {
        var sides = new List<RequirementSide>();
        foreach (var byLanguage in draft.Cards.GroupBy(c => c.Language).OrderBy(g => g.Key))
        {
            var lists = new Dictionary<ItemKind, SortedSet<int>>
            {
                [ItemKind.LaborFunction] = [], [ItemKind.Skill] = [], [ItemKind.Ability] = [], [ItemKind.Knowledge] = [],
            };
            foreach (var c in byLanguage)
            {
                var card = c.Card;
                foreach (var lf in card.LaborFunctions)
                {
                    Put(ItemKind.LaborFunction, lf.Title, lf.Lines);
                    foreach (var skill in lf.Skills)
                    {
                        Put(ItemKind.Skill, skill.Title, skill.Lines);
                        foreach (var a in skill.Abilities) Put(ItemKind.Ability, a.Text, a.Lines);
                        foreach (var k in skill.Knowledge) Put(ItemKind.Knowledge, k.Text, k.Lines);
                    }
                }
                foreach (var category in card.Categories)
                    foreach (var a in category.Abilities) Put(ItemKind.Ability, a.Text, a.Lines);

                void Put(ItemKind kind, string text, LineRange lines)
                {
                    var key = MatchText.Key(text);
                    if (key.Length == 0) return;
                    if (!_ids.TryGetValue((kind, c.Language, key), out var id))
                    {
                        id = _items.Count;
                        _ids[(kind, c.Language, key)] = id;
                        _items.Add((kind, c.Language, key, text.Trim(), []));
                    }
                    var sources = _items[id].Sources;
                    if (sources.Count == 0 || sources[^1].CardId != card.Id || sources[^1].Lines != lines)
                        sources.Add(new ItemSource(card.Id, c.SourceName, lines));
                    lists[kind].Add(id);
                }
            }
            sides.Add(new RequirementSide(byLanguage.Key, [.. lists[ItemKind.LaborFunction]], [.. lists[ItemKind.Skill]],
                [.. lists[ItemKind.Ability]], [.. lists[ItemKind.Knowledge]]));
        }
        return new RequirementProfile(sides);
    }

    public IReadOnlyList<RequirementItem> Items() => _items.Select(i => new RequirementItem(
        $"{Prefix(i.Kind)}:{MatchText.Hash($"{i.Language}|{i.Key}")}", i.Kind, i.Language, i.Text, i.Sources)).ToArray();

    internal static string Prefix(ItemKind kind) => kind switch
    {
        ItemKind.LaborFunction => "function",
        ItemKind.Skill => "skill",
        ItemKind.Ability => "ability",
        _ => "knowledge",
    };
}
