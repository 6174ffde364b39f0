namespace CareerGraph.Benchmarks.GraphQL;

/// <summary>The realistic request both benchmarks use: nested professions with a shared fragment, variables, a union.</summary>
public static class CareerQuery
{
    public const string Text = """
        query Career($id: ID!, $lang: Lang = KK, $first: Int = 5) {
          profession(id: $id) {
            ...Card
            related { ...Card related { ...Card } }
            standard { id name(lang: $lang) professions { ...Card } }
          }
          professions(filter: {levelAtLeast: 2}) { ...Card }
          search(text: "свар") { __typename ... on Node { id } ... on Profession { level } }
        }
        fragment Card on Profession {
          id name(lang: $lang) level codes weight active published
          skills(first: $first) { id title }
        }
        """;

    public const string VariablesJson = """{"id":"p1","lang":"KK","first":5}""";
}
