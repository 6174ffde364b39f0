using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (a nullable
/// variable may fill a non-null position when the variable or the position has a default, per the spec's
/// AreTypesCompatible exception), and a variable inside a @oneOf input object is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>();
        return new RuleVisitor(
            node =>
            {
                switch (node)
                {
                    case OperationDefinitionNode: definitions.Clear(); break;
                    case VariableDefinitionNode definition: definitions[definition.Variable.Name.Value] = definition; break;
                }
                return VisitAction.Continue;
            },
            node =>
            {
                if (node is not OperationDefinitionNode operation) return;
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
                    var variableType = TypeInfo.TypeFromAst(context.Schema, definition.Type);
                    if (variableType is not null
                        && !IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                        context.ReportError(GraphQLError.At(
                            $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                            definition, usage.Node));
                    if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not (null or NonNullType))
                        context.ReportError(GraphQLError.At(
                            $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                            definition, usage.Node));
                }
            });
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault,
        GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault) return false;
            return SchemaValidator.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }
        return SchemaValidator.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
