namespace Lineage.Bench.Corpus;

/// <summary>The people, places and organisations of one topic.</summary>
public sealed record TopicPool(NameBank Bank, IReadOnlyList<Person> People, IReadOnlyList<string> Places, IReadOnlyList<string> Organisations)
{
    public Cast CastFor(Prng rng, DateOnly date)
    {
        var people = new List<Person>(4);
        var wanted = rng.Next(2, 5);
        while (people.Count < wanted)
        {
            var p = rng.Pick(People);
            // Most stories introduce a person in their own words; a few repeat the stock apposition.
            if (rng.Chance(0.7)) p = p with { Role = Bank.Role(rng, Organisations, Places) };
            if (!people.Exists(q => q.Last == p.Last)) people.Add(p);
        }
        return new Cast(people, [rng.Pick(Places), rng.Pick(Places), rng.Pick(Places)], [rng.Pick(Organisations), rng.Pick(Organisations)], date);
    }
}
