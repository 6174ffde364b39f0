using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Tests.TestSchema;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;
using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation;

public class ValidatorTests
{
    private static readonly Schema Schema = new TestData().BuildSchema();

    private static IReadOnlyList<string> Errors(string query, params IValidationRule[] rules) =>
        Validator.Validate(Schema, Parser.Parse(query), rules.Length == 0 ? null : rules).Select(e => e.ToString()).ToList();

    [Fact]
    public void Valid_document_has_no_errors()
    {
        Assert.Empty(Errors("""
            query($id: ID!) { profession(id: $id) { name(lang: KK) ...F ... on Named { id } __typename } search(text: "x") { __typename ... on Skill { title } } }
            fragment F on Profession { skills(first: 2) { title } }
            """));
    }

    [Theory] // §5.3.1 Field Selections
    [InlineData("{ profession(id: 1) { nme } }", "Cannot query field \"nme\" on type \"Profession\". Did you mean \"name\"? (1:23)")]
    [InlineData("{ node(id: 1) { title } }", "Cannot query field \"title\" on type \"Node\". Did you mean to use an inline fragment on \"Skill\"? (1:17)")]
    [InlineData("{ search(text: \"\") { name } }", "Cannot query field \"name\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Named\", \"Profession\", or \"Standard\"? (1:22)")]
    [InlineData("fragment F on Skill { level }", "Cannot query field \"level\" on type \"Skill\". (1:23)")]
    public void Fields_on_correct_type(string query, string error) =>
        Assert.Equal([error], Errors(query, new FieldsOnCorrectTypeRule()));

    [Theory] // §5.3.3 Leaf Field Selections
    [InlineData("{ profession(id: 1) }", "Field \"profession\" of type \"Profession\" must have a selection of subfields. Did you mean \"profession { ... }\"? (1:3)")]
    [InlineData("{ failing { x } }", "Field \"failing\" must not have a selection since type \"String\" has no subfields. (1:11)")]
    [InlineData("{ search(text: \"\") }", "Field \"search\" of type \"[SearchResult!]!\" must have a selection of subfields. Did you mean \"search { ... }\"? (1:3)")]
    public void Scalar_leafs(string query, string error) =>
        Assert.Equal([error], Errors(query, new ScalarLeafsRule()));

    [Theory] // §5.4.1 Argument Names
    [InlineData("{ profession(idd: 1) { id } }", "Unknown argument \"idd\" on field \"Query.profession\". Did you mean \"id\"? (1:14)")]
    [InlineData("{ failing @skip(iff: true) }", "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? (1:17)")]
    public void Known_argument_names(string query, string error) =>
        Assert.Equal([error], Errors(query, new KnownArgumentNamesRule()));

    [Fact]
    public void Type_info_tracks_input_types_and_defaults_for_variable_usages()
    {
        var document = Parser.Parse("""
            query($a: ID!, $b: Lang, $c: Int) { profession(id: $a) { name(lang: $b) skills(first: $c) { id } } }
            """);
        var usages = new List<VariableUsage>();
        var rule = new UsageRule(usages);
        Assert.Empty(Validator.Validate(Schema, document, [rule]));
        Assert.Equal(["a:ID!:False", "b:Lang:True", "c:Int:True"],
            usages.Select(u => $"{u.Node.Name.Value}:{u.Type}:{u.HasDefaultValue}"));
    }

    private sealed class UsageRule(List<VariableUsage> usages) : IValidationRule
    {
        public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, usages);

        private sealed class Visitor(ValidationContext context, List<VariableUsage> usages) : ValidationVisitor(context)
        {
            public override VisitAction Enter(Node node, Node? parent)
            {
                if (node is OperationDefinitionNode operation) usages.AddRange(Context.GetRecursiveVariableUsages(operation));
                return VisitAction.Continue;
            }
        }
    }
}
