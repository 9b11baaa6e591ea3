using Xunit.Abstractions;

namespace Omigjen.Web.Tests.Architecture;

/// <summary>Features may use each other in one direction only: a cycle means two features can no longer change apart.</summary>
public sealed class FeatureCycleTests(ITestOutputHelper output)
{
    private static readonly FeatureGraph Graph = FeatureGraph.Read(typeof(Program).Assembly.Location);

    [Fact]
    public void No_two_features_depend_on_each_other()
    {
        foreach (var ((from, to), example) in Graph.Edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
            output.WriteLine($"{from} → {to}   e.g. {example}");
        var cycles = Graph.Cycles();
        var explained = cycles.Select(set => string.Join(", ", set) + ":" + Environment.NewLine + string.Join(Environment.NewLine,
            Graph.Edges.Where(e => set.Contains(e.Key.From) && set.Contains(e.Key.To)).Select(e => $"  {e.Key.From} → {e.Key.To}: {e.Value}")));
        Assert.True(cycles.Count == 0, "Features that depend on each other in a cycle:" + Environment.NewLine + string.Join(Environment.NewLine, explained));
    }

    [Fact]
    public void The_graph_sees_uses_inside_method_bodies()
    {
        // Reservations reads items (the held item's title) only inside method bodies; if the reader missed bodies,
        // this edge would vanish and the cycle test would pass for the wrong reason.
        Assert.Contains(("Reservations", "Items"), Graph.Edges.Keys);
        Assert.Contains(("Admin", "Initiatives"), Graph.Edges.Keys);
    }
}
