namespace Lineage.Bench.Corpus;

/// <summary>
/// Who and where one article is about, drawn from its topic's pool: articles on one topic name
/// the same people and places, as coverage of one event does, without sharing their sentences.
/// </summary>
public sealed class Cast
{
    private readonly HashSet<Person> introduced = [];

    public Cast(IReadOnlyList<Person> people, IReadOnlyList<string> places, IReadOnlyList<string> organisations, DateOnly date)
    {
        People = people;
        Places = places;
        Organisations = organisations;
        Date = date;
    }

    public IReadOnlyList<Person> People { get; }
    public IReadOnlyList<string> Places { get; }
    public IReadOnlyList<string> Organisations { get; }

    /// <summary>When the story is published; events in it happen on the days before.</summary>
    public DateOnly Date { get; }

    /// <summary>"Name Surname, role," the first time, "Surname" after that.</summary>
    public string Mention(Person person, out bool first)
    {
        first = introduced.Add(person);
        return first ? person.FullName : person.Last;
    }
}
