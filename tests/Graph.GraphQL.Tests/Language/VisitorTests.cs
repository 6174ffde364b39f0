using CareerGraph.GraphQL.Language;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Language;

public class VisitorTests
{
    private sealed class Recorder(Func<Node, VisitAction>? onEnter = null) : IAstVisitor
    {
        public List<string> Events { get; } = [];

        public VisitAction Enter(Node node, Node? parent)
        {
            Events.Add("enter " + Describe(node));
            return onEnter?.Invoke(node) ?? VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent) => Events.Add("leave " + Describe(node));

        private static string Describe(Node node) => node is NameNode n ? $"Name:{n.Value}" : node.GetType().Name.Replace("Node", "");
    }

    [Fact]
    public void Walks_depth_first_in_source_order_with_enter_and_leave()
    {
        var recorder = new Recorder();
        AstWalker.Walk(Parser.Parse("{ a(x: 1) }"), recorder);
        Assert.Equal([
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name:a",
            "leave Name:a", "enter Argument", "enter Name:x", "leave Name:x", "enter IntValue", "leave IntValue",
            "leave Argument", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ], recorder.Events);
    }

    [Fact]
    public void Skip_prunes_a_subtree_and_break_stops_the_walk()
    {
        var skipping = new Recorder(n => n is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue);
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), skipping);
        Assert.DoesNotContain("enter Name:b", skipping.Events);
        Assert.Contains("enter Name:c", skipping.Events);

        var breaking = new Recorder(n => n is NameNode { Value: "b" } ? VisitAction.Break : VisitAction.Continue);
        Assert.False(AstWalker.Walk(Parser.Parse("{ a { b } c }"), breaking));
        Assert.DoesNotContain("enter Name:c", breaking.Events);
    }
}
