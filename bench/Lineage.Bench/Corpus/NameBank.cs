namespace Lineage.Bench.Corpus;

/// <summary>
/// Names for people, places and organisations: real first names and surnames from the regions
/// news covers, combined freely, plus generated place names, so a large corpus does not run out
/// of distinct people. Topics draw pools from it; articles draw their cast from a topic's pool.
/// </summary>
public sealed class NameBank
{
    private const string EnglishFirst = """
        Igor Sergei Dmitri Vladimir Maria Olga Anna John Michael David James Robert Sarah Emily
        Laura Peter Thomas Mark Paul Daniel Ali Ahmed Mohammed Hassan Omar Khalid Youssef Samir
        Rami Fadi Layla Huda Fatima Mariam Karim Tariq Walid Jean Pierre Marie Claire Louis
        Hans Klaus Ursula Angela Recep Mehmet Ayse Emine Hossein Javad Reza Leila Wang Li Zhang
        Chen Hiroshi Yuki Rajesh Priya Arjun Carlos Maria Jose Luis Ana Nikos Elena Stefan
        """;

    private const string EnglishLast = """
        Konashenkov Lavrov Zakharova Peskov Shoigu Kerry Carter Power Smith Johnson Williams Brown
        Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson Hamza Assad Ali Hassan
        Hussein Khalil Haddad Nasser Mansour Suleiman Dawood Qassem Othman Jaafari Mekdad Zoabi
        Dupont Laurent Moreau Lefebvre Fischer Schmidt Weber Wagner Yilmaz Kaya Demir Celik Sahin
        Rouhani Zarif Araghchi Wang Liu Zhao Tanaka Suzuki Sato Sharma Patel Singh Garcia Lopez
        Martinez Rodriguez Papadopoulos Ivanov Petrov Smirnov Kuznetsov Popov Volkov Novak
        """;

    private const string EnglishPlaces = """
        Deir Ezzor Aleppo Damascus Homs Hama Idlib Raqqa Palmyra Latakia Tartus Daraa Qamishli
        Hasakah Manbij Kobani Jarabulus Mosul Baghdad Fallujah Ramadi Tikrit Kirkuk Erbil Basra
        Beirut Tripoli Amman Cairo Alexandria Riyadh Doha Ankara Istanbul Gaziantep Tehran
        Moscow Washington Geneva Vienna Brussels Paris London Berlin Kiev Donetsk Luhansk Mariupol
        Kabul Kandahar Sanaa Aden Benghazi Misrata Sirte Gaza Ramallah Jerusalem Tel Aviv Haifa
        """;

    private const string OrganisationKinds = """
        Ministry of Defense|Foreign Ministry|Interior Ministry|Ministry of Health|Ministry of Energy|Ministry of Finance|Ministry of Education|Ministry of Agriculture|Ministry of Justice|Ministry of Transport|Red Crescent|Observatory for Human Rights|Chamber of Commerce|Central Bank|Border Guard|Civil Defense|National Guard|Electoral Commission|Supreme Court|Constitutional Court|Energy Agency|Refugee Council|Press Agency|Institute for Strategic Studies|Reconciliation Center|Medical Association|Journalists Union|Bar Association|Water Authority|Railway Company|Oil Company|Football Federation|Academy of Sciences|Statistics Office|Customs Service|Coast Guard|Air Force|Navy|Police Directorate|Anti-Corruption Bureau|Election Monitoring Group|Teachers Union|Farmers Union|Chamber of Industry|Investment Authority|Housing Fund|Development Bank|Space Agency|Meteorological Office|Heritage Foundation
        """;

    private const string Roles = """
        spokesman for the {org}|a senior official at the {org}|the head of the {org}|a spokeswoman for the {org}|an analyst at the {org}|the director of the {org}|a commander in {place}|the governor of {place}|a resident of {place}|a doctor in {place}|a member of parliament|the deputy minister|a military source|an opposition activist|a local journalist|the mayor of {place}|a former diplomat|a professor of political science
        """;

    private readonly string[] firstNames;
    private readonly string[] lastNames;
    private readonly string[] places;
    private readonly string[] organisationKinds;
    private readonly string[] roles;
    private readonly string[] countries;

    private NameBank(string[] firstNames, string[] lastNames, string[] places, string[] organisationKinds, string[] roles, string[] countries)
    {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.places = places;
        this.organisationKinds = organisationKinds;
        this.roles = roles;
        this.countries = countries;
    }

    public static NameBank English { get; } = BuildEnglish();

    public static NameBank Arabic { get; } = new(
        WordList.Split(ArabicWords.FirstNames), WordList.Split(ArabicWords.Surnames), WordList.Split(ArabicWords.Places),
        ["وزارة الدفاع", "وزارة الخارجية", "الهلال الأحمر", "المرصد", "الدفاع المدني", "البنك المركزي", "مجلس الشعب", "الأمم المتحدة"],
        ["المتحدث باسم {org}", "مسؤول في {org}", "رئيس {org}", "مراسل في {place}", "محافظ {place}", "مصدر عسكري"],
        ["سوريا", "روسيا", "العراق", "لبنان", "تركيا", "إيران", "مصر"]);

    public static NameBank For(Language language) => language == Language.Arabic ? Arabic : English;

    /// <summary>The pool of names one topic (one event and its coverage) draws from.</summary>
    public TopicPool Topic(Prng rng)
    {
        var topicPlaces = new string[6];
        for (var i = 0; i < topicPlaces.Length; i++) topicPlaces[i] = rng.Pick(places);
        var organisations = new string[4];
        for (var i = 0; i < organisations.Length; i++)
        {
            var kind = rng.Pick(organisationKinds);
            organisations[i] = rng.Chance(0.8) ? $"{rng.Pick(countries)} {kind}" : kind;
        }
        var people = new Person[8];
        for (var i = 0; i < people.Length; i++) people[i] = new Person(rng.Pick(firstNames), rng.Pick(lastNames), Role(rng, organisations, topicPlaces));
        return new TopicPool(this, people, topicPlaces, organisations);
    }

    /// <summary>What someone is introduced as: "spokesman for the Interior Ministry", "a resident of Hama".</summary>
    public string Role(Prng rng, IReadOnlyList<string> organisations, IReadOnlyList<string> places) =>
        rng.Pick(roles).Replace("{org}", rng.Pick(organisations)).Replace("{place}", rng.Pick(places));

    /// <summary>Someone's name, for a byline.</summary>
    public string Author(Prng rng) => $"{rng.Pick(firstNames)} {rng.Pick(lastNames)}";

    private static NameBank BuildEnglish()
    {
        // Two-word places ("Deir Ezzor", "Tel Aviv") are joined back after splitting by spaces.
        var placeWords = WordList.Split(EnglishPlaces);
        var places = new List<string>();
        for (var i = 0; i < placeWords.Length; i++)
        {
            if (placeWords[i] is "Deir" or "Tel") { places.Add(placeWords[i] + " " + placeWords[i + 1]); i++; }
            else places.Add(placeWords[i]);
        }
        // Small towns nobody has heard of: the tail of place names.
        var rng = new Prng(0x91ACE5);
        var taken = new HashSet<string>(places, StringComparer.Ordinal);
        foreach (var town in PseudoWords.Make(rng, 400, ["", "ah", "iyeh", "abad", "ovo", "a"], taken))
            places.Add(char.ToUpperInvariant(town[0]) + town[1..]);
        return new NameBank(
            WordList.Split(EnglishFirst), WordList.Split(EnglishLast), [.. places],
            OrganisationKinds.Trim().Split('|'), Roles.Trim().Split('|'),
            WordList.Split("Syrian Russian US Iraqi Turkish Lebanese Iranian Jordanian UN EU Egyptian Saudi Qatari Kuwaiti Omani Yemeni Libyan Tunisian Algerian Moroccan Sudanese Israeli Palestinian Kurdish Afghan Pakistani Indian Chinese Japanese Korean Ukrainian Polish German French British Italian Spanish Greek Cypriot Armenian Georgian Azerbaijani Kazakh"));
    }
}
