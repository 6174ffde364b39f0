using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation;

/// <summary>
/// Runs validation rules (spec §5) over a document in a single walk: TypeInfo is updated around every node and
/// each rule's visitor is called in parallel (graphql-js validate + visitInParallel + visitWithTypeInfo).
/// </summary>
public static class Validator
{
    public const int DefaultMaxErrors = 100;

    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema, DocumentNode document, IEnumerable<IValidationRule>? rules = null, int maxErrors = DefaultMaxErrors)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
                throw new AbortValidation();
            }
            errors.Add(error);
        });
        try
        {
            var visitors = (rules ?? Rules.SpecifiedRules.All).Select(r => r.CreateVisitor(context)).ToArray();
            AstWalker.Walk(document, new ParallelVisitor(context, visitors));
        }
        catch (AbortValidation)
        {
        }
        catch (ValidationAbortedException e)
        {
            errors.Add(new GraphQLError(e.Message));
        }
        return errors;
    }

    private sealed class AbortValidation : Exception;

    /// <summary>
    /// Descriptions are not walked (they never affect validity); the context's ancestors follow the walk.
    /// </summary>
    private sealed class ParallelVisitor(ValidationContext context, IAstVisitor[] visitors) : IAstVisitor
    {
        // skipping[i] is the node whose subtree visitor i asked to skip; Break disables a visitor for good.
        private readonly Node?[] _skipping = new Node?[visitors.Length];
        private readonly bool[] _done = new bool[visitors.Length];

        public VisitAction Enter(Node node, Node? parent)
        {
            if (node is StringValueNode && IsDescription(node, parent)) return VisitAction.Skip;
            context.TypeInfo.Enter(node);
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_done[i] || _skipping[i] is not null) continue;
                switch (visitors[i].Enter(node, parent))
                {
                    case VisitAction.Skip: _skipping[i] = node; break;
                    case VisitAction.Break: _done[i] = true; break;
                }
            }
            context.PushAncestor(node);
            return VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent)
        {
            context.PopAncestor();
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_done[i]) continue;
                if (_skipping[i] is null) visitors[i].Leave(node, parent);
                else if (ReferenceEquals(_skipping[i], node)) _skipping[i] = null;
            }
            context.TypeInfo.Leave(node);
        }

        private static bool IsDescription(Node node, Node? parent) => parent switch
        {
            NamedTypeDefinitionNode d => ReferenceEquals(d.Description, node),
            SchemaDefinitionNode s => ReferenceEquals(s.Description, node),
            DirectiveDefinitionNode d => ReferenceEquals(d.Description, node),
            FieldDefinitionNode f => ReferenceEquals(f.Description, node),
            InputValueDefinitionNode i => ReferenceEquals(i.Description, node),
            EnumValueDefinitionNode e => ReferenceEquals(e.Description, node),
            _ => false,
        };
    }
}
