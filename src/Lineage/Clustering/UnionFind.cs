namespace Lineage.Clustering;

/// <summary>Disjoint sets over 0…n−1 with path halving and union by size.</summary>
public sealed class UnionFind
{
    private readonly int[] parent;
    private readonly int[] size;

    public UnionFind(int count)
    {
        parent = new int[count];
        size = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public bool Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return false;
        if (size[a] < size[b]) (a, b) = (b, a);
        parent[b] = a;
        size[a] += size[b];
        return true;
    }

    /// <summary>The sets with at least <paramref name="minSize"/> members, each sorted, in order of their smallest member.</summary>
    public List<List<int>> Groups(int minSize = 1)
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var members)) byRoot[root] = members = [];
            members.Add(i);
        }
        var groups = new List<List<int>>();
        foreach (var members in byRoot.Values)
            if (members.Count >= minSize) groups.Add(members);
        groups.Sort(static (x, y) => x[0].CompareTo(y[0]));
        return groups;
    }
}
