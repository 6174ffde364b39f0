using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.1.2 CoerceVariableValues and the input coercion rules of §3.5 (scalars), §3.9 (enums),
/// §3.10 (input objects, OneOf), §3.11 (lists: a single value becomes a list of one).</summary>
public class VariableCoercionTests : ExecutionTestBase
{
    [Theory]
    [InlineData("query($v: Int) { echo(int: $v) }", """{"v": 7}""", "int=7")]
    [InlineData("query($v: Float) { echo(float: $v) }", """{"v": 7}""", "float=7d")]
    [InlineData("query($v: ID) { echo(id: $v) }", """{"v": 42}""", "id=\"42\"")]
    [InlineData("query($v: Lang) { echo(lang: $v) }", """{"v": "KK"}""", "lang=Lang:Kk")]
    [InlineData("query($v: Date) { echo(date: $v) }", """{"v": "2024-02-29"}""", "date=Date(2024-02-29)")]
    [InlineData("query($v: [Int]) { echo(list: $v) }", """{"v": 5}""", "list=[5]")]
    [InlineData("query($v: [Int]) { echo(list: $v) }", """{"v": [1, null, 3]}""", "list=[1, null, 3]")]
    [InlineData("query($v: Int = 3) { echo(int: $v) }", "{}", "int=3")]
    [InlineData("query($v: Int = 3) { echo(int: $v) }", """{"v": null}""", "int=null")]
    [InlineData("query($v: Int) { echo(int: $v) }", "{}", "")]
    [InlineData("query($v: ProfessionFilter) { echo(filter: $v) }", """{"v": {"levelAtMost": 5}}""",
        "filter={levelAtLeast: 1, levelAtMost: 5, lang: Lang:Ru}")]
    [InlineData("query($v: NodeRef) { echo(ref: $v) }", """{"v": {"skillId": "s1"}}""", "ref={skillId: \"s1\"}")]
    [InlineData("{ echo(list: 4, filter: {codes: \"x\", nested: {levelAtLeast: 2}}) }", null,
        "list=[4]; filter={levelAtLeast: 1, lang: Lang:Ru, codes: [\"x\"], nested: {levelAtLeast: 2, lang: Lang:Ru}}")]
    public async Task Coerces_valid_inputs(string query, string? variables, string echoed)
    {
        AssertJson($$$"""{"data":{"echo":"{{{echoed.Replace("\"", "\\\"")}}}"}}""", await Run(query, variables));
    }

    [Theory]
    [InlineData("query($v: Int!) { echo(int: $v) }", "{}", "Variable \"$v\" of required type \"Int!\" was not provided.")]
    [InlineData("query($v: Int!) { echo(int: $v) }", """{"v": null}""", "Variable \"$v\" of non-null type \"Int!\" must not be null.")]
    [InlineData("query($v: Int) { echo(int: $v) }", """{"v": 1.5}""", "Variable \"$v\" got invalid value 1.5; Int cannot represent non-integer value: 1.5")]
    [InlineData("query($v: Int) { echo(int: $v) }", """{"v": 2147483648}""", "Variable \"$v\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("query($v: String) { echo(string: $v) }", """{"v": true}""", "Variable \"$v\" got invalid value true; String cannot represent a non string value: true")]
    [InlineData("query($v: Boolean) { echo(boolean: $v) }", """{"v": 1}""", "Variable \"$v\" got invalid value 1; Boolean cannot represent a non boolean value: 1")]
    [InlineData("query($v: Lang) { echo(lang: $v) }", """{"v": "kk"}""", "Variable \"$v\" got invalid value \"kk\"; Value \"kk\" does not exist in \"Lang\" enum. Did you mean the enum value \"KK\"?")]
    [InlineData("query($v: Date) { echo(date: $v) }", """{"v": "29.02.2024"}""", "Variable \"$v\" got invalid value \"29.02.2024\"; Expected type \"Date\". Date cannot represent value: \"29.02.2024\"")]
    [InlineData("query($v: [Int]) { echo(list: $v) }", """{"v": [1, "x"]}""", "Variable \"$v\" got invalid value \"x\" at \"v[1]\"; Int cannot represent non-integer value: \"x\"")]
    [InlineData("query($v: ProfessionFilter) { echo(filter: $v) }", """{"v": {"levelAtLeest": 2}}""", "Variable \"$v\" got invalid value { levelAtLeest: 2 }; Field \"levelAtLeest\" is not defined by type \"ProfessionFilter\". Did you mean \"levelAtLeast\" or \"levelAtMost\"?")]
    [InlineData("query($v: ProfessionFilter) { echo(filter: $v) }", """{"v": "x"}""", "Variable \"$v\" got invalid value \"x\"; Expected type \"ProfessionFilter\" to be an object.")]
    [InlineData("query($v: NodeRef) { echo(ref: $v) }", """{"v": {"skillId": "s1", "professionId": "p1"}}""", "Variable \"$v\" got invalid value { skillId: \"s1\", professionId: \"p1\" }; Exactly one key must be specified for OneOf type \"NodeRef\".")]
    [InlineData("query($v: NodeRef) { echo(ref: $v) }", """{"v": {"skillId": null}}""", "Variable \"$v\" got invalid value null at \"v.skillId\"; Field \"skillId\" must be non-null.")]
    public async Task Rejects_invalid_variables_before_execution(string query, string variables, string message)
    {
        AssertJson($$"""{"errors":[{"message":"{{message.Replace("\"", "\\\"")}}","locations":[{"line":1,"column":7}]}]}""",
            await Run(query, variables));
    }

    [Fact] // §6.4.1 CoerceArgumentValues: a literal invalid for its type is a field error (reachable only when
           // validation runs without ValuesOfCorrectType, which rejects such a literal first, §5.6.1)
    public async Task Invalid_argument_literal_is_a_field_error()
    {
        var executor = new GraphQLExecutor(Data.BuildSchema(), new ExecutionOptions
        {
            ValidationRules = SpecifiedRules.All.Where(r => r is not ValuesOfCorrectTypeRule).ToList(),
        });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ echo(date: \"yesterday\") }"),
            cancellationToken: TestContext.Current.CancellationToken);
        AssertJson("""
            {"errors":[{"message":"Argument \"date\" has invalid value \"yesterday\".","locations":[{"line":1,"column":14}],"path":["echo"]}],
             "data":{"echo":null}}
            """, result.ToJson());
    }
}
