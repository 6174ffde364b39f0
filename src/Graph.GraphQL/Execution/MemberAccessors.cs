using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace CareerGraph.GraphQL.Execution;

/// <summary>
/// Compiled getters for the default resolver: a field without a resolver reads the parent's property, field or
/// dictionary key of the same name (PascalCase properties match camelCase fields). Each (CLR type, field) pair is
/// compiled once — at schema build time for mapped CLR types, otherwise on first use — never reflected per call.
/// </summary>
public static class MemberAccessors
{
    public static Func<object, object?> Compile(Type type, string fieldName)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
            return o => ((IReadOnlyDictionary<string, object?>)o).GetValueOrDefault(fieldName);
        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
            return o => ((IDictionary<string, object?>)o).TryGetValue(fieldName, out var v) ? v : null;
        if (type == typeof(JsonElement))
            return o => o is JsonElement { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(fieldName, out var p) ? p : null;

        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = (MemberInfo?)type.GetProperty(fieldName, flags) ?? type.GetField(fieldName, flags);
        member ??= type.GetProperties(flags).FirstOrDefault(p => p.GetIndexParameters().Length == 0 &&
                                                                 string.Equals(p.Name, fieldName, StringComparison.OrdinalIgnoreCase))
                   ?? (MemberInfo?)type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, fieldName, StringComparison.OrdinalIgnoreCase));
        if (member is PropertyInfo { CanRead: false } or PropertyInfo { GetMethod.IsPublic: false }) member = null;
        if (member is null) return static _ => null;

        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        var access = Expression.MakeMemberAccess(typed, member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}

/// <summary>Per-field accessor cache with a lock-free fast path for the common single-parent-type case.</summary>
public sealed class MemberAccessorCache
{
    private sealed record Entry(Type Type, Func<object, object?> Accessor);

    private volatile Entry? _last;
    private readonly ConcurrentDictionary<Type, Func<object, object?>> _byType = new();

    public Func<object, object?> Get(Type type, string fieldName)
    {
        var last = _last;
        if (last is not null && last.Type == type) return last.Accessor;
        var accessor = _byType.GetOrAdd(type, static (t, name) => MemberAccessors.Compile(t, name), fieldName);
        _last = new Entry(type, accessor);
        return accessor;
    }

    public void Prime(Type type, string fieldName) =>
        _byType.GetOrAdd(type, static (t, name) => MemberAccessors.Compile(t, name), fieldName);
}
