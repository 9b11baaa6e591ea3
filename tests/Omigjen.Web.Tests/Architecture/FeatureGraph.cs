using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Omigjen.Web.Tests.Architecture;

/// <summary>
/// Which feature of the web app uses which, read from the compiled assembly (signatures, attributes and method bodies,
/// so <c>db.Reservations</c> inside a method counts as a use of Reservations). Razor views compile into
/// <c>AspNetCoreGeneratedDocument.Features_&lt;Feature&gt;_…</c> and count for their folder's feature.
/// </summary>
internal sealed class FeatureGraph
{
    private const string FeaturePrefix = "Omigjen.Web.Features.";
    private readonly Dictionary<(string From, string To), string> _examples = [];

    public IReadOnlyDictionary<(string From, string To), string> Edges => _examples;

    public static FeatureGraph Read(string assemblyPath)
    {
        var graph = new FeatureGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.Types) graph.Visit(type, null);
        return graph;
    }

    /// <summary>The feature a type belongs to, or null for shared code (Data, Infrastructure, the app itself).</summary>
    public static string? FeatureOf(TypeReference type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        if (type.Namespace.StartsWith(FeaturePrefix, StringComparison.Ordinal))
            return type.Namespace[FeaturePrefix.Length..].Split('.')[0];
        if (type.Namespace == "AspNetCoreGeneratedDocument" && type.Name.StartsWith("Features_", StringComparison.Ordinal))
            return type.Name["Features_".Length..].Split('_')[0];
        return null;
    }

    private void Visit(TypeDefinition type, string? feature)
    {
        feature ??= FeatureOf(type);
        foreach (var nested in type.NestedTypes) Visit(nested, feature);
        if (feature is null) return;
        var uses = new HashSet<TypeReference>();
        if (type.BaseType is { } b) uses.Add(b);
        foreach (var i in type.Interfaces) uses.Add(i.InterfaceType);
        AddAttributes(type, uses);
        foreach (var f in type.Fields) { uses.Add(f.FieldType); AddAttributes(f, uses); }
        foreach (var p in type.Properties) { uses.Add(p.PropertyType); AddAttributes(p, uses); }
        foreach (var m in type.Methods)
        {
            uses.Add(m.ReturnType);
            AddAttributes(m, uses);
            foreach (var p in m.Parameters) uses.Add(p.ParameterType);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) uses.Add(v.VariableType);
            foreach (var ins in m.Body.Instructions) AddOperand(ins, uses);
        }
        foreach (var used in uses) Record(feature, type, used);
    }

    private static void AddAttributes(ICustomAttributeProvider provider, HashSet<TypeReference> uses)
    {
        foreach (var a in provider.CustomAttributes)
        {
            uses.Add(a.AttributeType);
            foreach (var arg in a.ConstructorArguments)
                if (arg.Value is TypeReference t) uses.Add(t);
        }
    }

    private static void AddOperand(Instruction ins, HashSet<TypeReference> uses)
    {
        switch (ins.Operand)
        {
            case TypeReference t:
                uses.Add(t);
                break;
            case MethodReference m:
                uses.Add(m.DeclaringType);
                uses.Add(m.ReturnType);
                foreach (var p in m.Parameters) uses.Add(p.ParameterType);
                if (m is GenericInstanceMethod g) foreach (var a in g.GenericArguments) uses.Add(a);
                break;
            case FieldReference f:
                uses.Add(f.DeclaringType);
                uses.Add(f.FieldType);
                break;
        }
    }

    private void Record(string from, TypeDefinition user, TypeReference used)
    {
        foreach (var t in Flatten(used))
        {
            if (FeatureOf(t) is not { } to || to == from) continue;
            _examples.TryAdd((from, to), $"{user.FullName} → {t.FullName}");
        }
    }

    private static IEnumerable<TypeReference> Flatten(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType g:
                foreach (var x in Flatten(g.ElementType)) yield return x;
                foreach (var a in g.GenericArguments)
                    foreach (var x in Flatten(a)) yield return x;
                break;
            case TypeSpecification s:
                foreach (var x in Flatten(s.ElementType)) yield return x;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    /// <summary>Sets of features that reach each other (strongly connected, more than one member), by Tarjan's method.</summary>
    public List<List<string>> Cycles()
    {
        var nodes = _examples.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var next = nodes.ToDictionary(n => n, n => _examples.Keys.Where(e => e.From == n).Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        var counter = 0;
        void Connect(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in next[v])
            {
                if (!index.TryGetValue(w, out var seen)) { Connect(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], seen);
            }
            if (low[v] != index[v]) return;
            var set = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); set.Add(x); } while (x != v);
            if (set.Count > 1) result.Add([.. set.Order(StringComparer.Ordinal)]);
        }
        foreach (var n in nodes) if (!index.ContainsKey(n)) Connect(n);
        return result;
    }
}
