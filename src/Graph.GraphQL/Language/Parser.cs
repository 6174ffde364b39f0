namespace CareerGraph.GraphQL.Language;

/// <summary>Limits enforced while parsing, so hostile documents are rejected before they cost much.</summary>
public sealed record ParserOptions(int? MaxTokens = null);

/// <summary>
/// Recursive-descent parser for the full GraphQL language (spec §2 executable documents, §3 type system
/// definitions and extensions). Produces the immutable AST of Ast.cs; errors are GraphQLSyntaxException.
/// </summary>
public sealed class Parser
{
    private static readonly HashSet<string> DirectiveLocationNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private readonly Lexer _lexer;
    private readonly int? _maxTokens;
    private Token _lastToken;

    private Parser(Source source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _maxTokens = options?.MaxTokens;
        _lastToken = _lexer.Token;
    }

    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, e.g. a default value: <c>{a: [1, 2]}</c>.</summary>
    public static ValueNode ParseValue(string text, bool isConst = false)
    {
        var parser = new Parser(new Source(text), null);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text)
    {
        var parser = new Parser(new Source(text), null);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private Token Current => _lexer.Token;

    private void Advance()
    {
        _lastToken = _lexer.Token;
        var token = _lexer.Advance();
        if (_maxTokens is { } max && token.Kind != TokenKind.EndOfFile && _lexer.TokenCount > max)
            throw _lexer.Error(token.Start, $"Document contains more than {max} tokens. Parsing aborted.");
    }

    private Location Loc(Token start) => new(start.Start, _lastToken.End, start.Line, start.Column);

    private T At<T>(Token start, T node) where T : Node => node.Located<T>(Loc(start));

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw _lexer.Error(token.Start, $"Expected {Token.Describe(kind)}, found {token.Description}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Value == value) { Advance(); return; }
        throw _lexer.Error(token.Start, $"Expected \"{value}\", found {token.Description}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != value) return false;
        Advance();
        return true;
    }

    private GraphQLSyntaxException Unexpected(Token? token = null)
    {
        token ??= Current;
        return _lexer.Error(token.Start, $"Unexpected {token.Description}.");
    }

    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        do items.Add(item()); while (!ExpectOptionalToken(close));
        return items;
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : [];

    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        while (!ExpectOptionalToken(close)) items.Add(item());
        return items;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptionalToken(delimiter);
        var items = new List<T>();
        do items.Add(item()); while (ExpectOptionalToken(delimiter));
        return items;
    }

    // Document

    private DocumentNode ParseDocument()
    {
        var start = Current;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile);
        return At(start, new DocumentNode(definitions));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
            throw _lexer.Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }
            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
                throw _lexer.Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            if (keyword.Value == "extend") return ParseTypeSystemExtension();
        }
        throw Unexpected(keyword);
    }

    // Operations

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
            return At(start, new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet()));
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return At(start, new OperationDefinitionNode(
            operation, name, ParseVariableDefinitions(), ParseDirectives(false), ParseSelectionSet()) { Description = description });
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return At(start, new VariableDefinitionNode(variable, type, defaultValue, ParseDirectives(true)) { Description = description });
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return At(start, new VariableNode(ParseName()));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        return At(start, new SelectionSetNode(Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR)));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return At(start, new FieldNode(alias, name, arguments, directives, selectionSet));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return At(start, new ArgumentNode(name, ParseValueLiteral(isConst)));
    }

    private SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
            return At(start, new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(false)));
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        return At(start, new InlineFragmentNode(typeCondition, ParseDirectives(false), ParseSelectionSet()));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return At(start, new FragmentDefinitionNode(name, [], typeCondition, ParseDirectives(false), ParseSelectionSet())
        {
            Description = description,
        });
    }

    private NameNode ParseFragmentName()
    {
        if (Current.Value == "on") throw Unexpected();
        return ParseName();
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = new Location(token.Start, token.End, token.Line, token.Column) };
    }

    // Values

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return At(token, new ListValueNode(Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR)));
            case TokenKind.BraceL:
                return At(token, new ObjectValueNode(Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR)));
            case TokenKind.Int:
                Advance();
                return At(token, new IntValueNode(token.Value!));
            case TokenKind.Float:
                Advance();
                return At(token, new FloatValueNode(token.Value!));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return At(token, token.Value switch
                {
                    "true" => new BooleanValueNode(true),
                    "false" => new BooleanValueNode(false),
                    "null" => new NullValueNode(),
                    _ => (ValueNode)new EnumValueNode(token.Value!),
                });
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                        throw _lexer.Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    throw Unexpected(Current);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return At(token, new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return At(start, new ObjectFieldNode(name, ParseValueLiteral(isConst)));
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            directives.Add(At(start, new DirectiveNode(name, ParseArguments(isConst))));
        }
        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            type = At(start, new ListTypeNode(inner));
        }
        else type = ParseNamedType();
        return ExpectOptionalToken(TokenKind.Bang) ? At(start, new NonNullTypeNode(type)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return At(start, new NamedTypeNode(ParseName()));
    }

    // Type system

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return At(start, new SchemaDefinitionNode(description, directives, operationTypes));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return At(start, new OperationTypeDefinitionNode(operation, ParseNamedType()));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        return At(start, new ScalarTypeDefinitionNode(description, ParseName(), ParseDirectives(true)));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return At(start, new ObjectTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition()));
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return At(start, new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true)));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return At(start, new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true)));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return At(start, new InterfaceTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition()));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return At(start, new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes()));
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return At(start, new EnumTypeDefinitionNode(description, name, directives, ParseEnumValuesDefinition()));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (Current.Value is "true" or "false" or "null")
            throw _lexer.Error(Current.Start, $"{Current.Description} is reserved and cannot be used for an enum value.");
        var name = ParseName();
        return At(start, new EnumValueDefinitionNode(description, name, ParseDirectives(true)));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return At(start, new InputObjectTypeDefinitionNode(description, name, directives, ParseInputFieldsDefinition()));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return At(start, new DirectiveDefinitionNode(description, name, arguments, repeatable, locations));
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        if (DirectiveLocationNames.Contains(name.Value)) return name;
        throw Unexpected(start);
    }

    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected();
        return At(start, new SchemaExtensionNode(directives, operationTypes));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0) throw Unexpected();
        return At(start, new ScalarTypeExtensionNode(name, directives));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return At(start, new ObjectTypeExtensionNode(name, interfaces, directives, fields));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return At(start, new InterfaceTypeExtensionNode(name, interfaces, directives, fields));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected();
        return At(start, new UnionTypeExtensionNode(name, directives, types));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0) throw Unexpected();
        return At(start, new EnumTypeExtensionNode(name, directives, values));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return At(start, new InputObjectTypeExtensionNode(name, directives, fields));
    }
}
