using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation.Rules;

namespace CareerGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5, graphql-js validate): every rule walks the document
/// once, in parallel, with type information kept in step. An empty list means the document is valid.
/// </summary>
public static class Validator
{
    public const int DefaultMaxErrors = 100;

    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema, DocumentNode document, IReadOnlyList<IValidationRule>? rules = null, int maxErrors = DefaultMaxErrors)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
                throw new TooManyErrorsException();
            }
            errors.Add(error);
        });
        try
        {
            var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToArray();
            AstWalker.Walk(document, new ParallelVisitor(context, visitors));
        }
        catch (TooManyErrorsException)
        {
        }
        catch (ValidationAbortedException e)
        {
            errors.Add(new GraphQLError(e.Message));
        }
        return errors;
    }

    private sealed class TooManyErrorsException : Exception;

    /// <summary>
    /// Runs the rule visitors side by side (graphql-js visitInParallel + visitWithTypeInfo): a visitor that skips a
    /// node misses only that subtree, one that breaks is done; descriptions are not walked (they never affect validity).
    /// </summary>
    private sealed class ParallelVisitor(ValidationContext context, IAstVisitor[] visitors) : IAstVisitor
    {
        private static readonly Node BreakMarker = new NameNode("");
        private readonly Node?[] _skipping = new Node?[visitors.Length];

        public VisitAction Enter(Node node, Node? parent)
        {
            if (node is StringValueNode && IsDescription(node, parent)) return VisitAction.Skip;
            context.TypeInfo.Enter(node);
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_skipping[i] is not null) continue;
                switch (visitors[i].Enter(node, parent))
                {
                    case VisitAction.Skip: _skipping[i] = node; break;
                    case VisitAction.Break: _skipping[i] = BreakMarker; break;
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
