using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields and the
/// @oneOf input object rules: every literal can be coerced to the input type expected where it stands.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        switch (node)
        {
            case ListValueNode list:
                // TypeInfo has already stepped into the item type, so the list's own type is the parent input type.
                if (context.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeafValue(context, list);
                    return VisitAction.Skip;
                }
                break;
            case ObjectValueNode objectValue:
            {
                if (context.InputType?.NamedType is not InputObjectType type)
                {
                    CheckLeafValue(context, objectValue);
                    return VisitAction.Skip;
                }
                var given = new Dictionary<string, ObjectFieldNode>();
                foreach (var field in objectValue.Fields) given[field.Name.Value] = field;
                foreach (var fieldDef in type.Fields)
                    if (!given.ContainsKey(fieldDef.Name) && fieldDef is { Type: NonNullType, HasDefaultValue: false })
                        context.ReportError(GraphQLError.At(
                            $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", objectValue));
                if (type.IsOneOf) CheckOneOf(context, objectValue, type, given);
                break;
            }
            case ObjectFieldNode field:
                if (context.InputType is null && context.ParentInputType?.NamedType is InputObjectType parentType)
                    context.ReportError(GraphQLError.At(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." +
                        Suggestions.DidYouMean(Suggestions.List(field.Name.Value, parentType.Fields.Select(f => f.Name))), field));
                break;
            case NullValueNode nullValue:
                if (context.InputType is NonNullType nonNull)
                    context.ReportError(GraphQLError.At($"Expected value of type \"{nonNull}\", found null.", nullValue));
                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeafValue(context, (ValueNode)node);
                break;
        }
        return VisitAction.Continue;
    });

    // A literal in a leaf position must be accepted by the scalar's or enum's literal coercion.
    private static void CheckLeafValue(ValidationContext context, ValueNode node)
    {
        if (context.InputType is not { } locationType) return;
        var expected = $"Expected value of type \"{locationType}\", found {Printer.Print(node)}";
        switch (locationType.NamedType)
        {
            case EnumType enumType:
                if (EnumLiteralError(enumType, node) is { } enumError) context.ReportError(GraphQLError.At(enumError, node));
                return;
            case ScalarType scalar:
                try
                {
                    if (scalar.ParseLiteral(node) == Values.Undefined) context.ReportError(GraphQLError.At(expected + ".", node));
                }
                catch (CoercionException e)
                {
                    // The scalar's own wording, as graphql-js reports a GraphQLError thrown by parseLiteral.
                    context.ReportError(GraphQLError.At(e.Message, node));
                }
                catch (Exception e)
                {
                    // Any other failure of a custom scalar is the literal's fault, never a server error.
                    context.ReportError(GraphQLError.At($"{expected}; {e.Message}", node));
                }
                return;
            default:
                context.ReportError(GraphQLError.At(expected + ".", node));
                return;
        }
    }

    private static string? EnumLiteralError(EnumType type, ValueNode node)
    {
        var valueText = Printer.Print(node);
        var names = type.Values.Select(v => v.Name);
        if (node is not EnumValueNode enumValue)
            return $"Enum \"{type.Name}\" cannot represent non-enum value: {valueText}." +
                   Suggestions.DidYouMean(Suggestions.List(valueText, names), "the enum value");
        return type.GetValue(enumValue.Value) is null
            ? $"Value \"{valueText}\" does not exist in \"{type.Name}\" enum." +
              Suggestions.DidYouMean(Suggestions.List(valueText, names), "the enum value")
            : null;
    }

    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type,
        Dictionary<string, ObjectFieldNode> given)
    {
        if (given.Count != 1)
        {
            context.ReportError(GraphQLError.At($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node));
            return;
        }
        var (name, field) = given.First();
        if (field.Value is NullValueNode)
            context.ReportError(GraphQLError.At($"Field \"{type.Name}.{name}\" must be non-null.", node));
    }
}
