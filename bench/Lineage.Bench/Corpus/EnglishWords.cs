namespace Lineage.Bench.Corpus;

/// <summary>
/// The common head of an English  vocabulary, most frequent first in each list. The rare
/// tail, where most word types of real  live, comes from <see cref="PseudoWords"/>.
/// </summary>
internal static class EnglishWords
{
    public const string Nouns = """
        government army city  official ministry report statement attack area country 
        president minister spokesman agency group police security border province region state war
        week year month day time way part number side deal agreement ceasefire  meeting conference
        election vote campaign party leader opposition parliament law court judge case trial decision
        policy plan proposal budget economy market price oil gas energy company bank sector industry
        growth inflation rate trade export import investment fund debt crisis problem issue question
        operation strike raid offensive advance position base airport road village town district
        capital coast river mountain valley desert camp hospital school university station bridge
        civilian soldier officer commander fighter militant rebel refugee resident worker farmer
        student teacher doctor nurse journalist reporter analyst expert observer diplomat envoy
        ambassador source witness victim family child woman man community population crowd protest
        demonstration rally strike movement organization committee council commission coalition
        alliance union federation network service system program project mission task force unit
        battalion brigade division convoy aircraft jet helicopter drone missile rocket bomb shell
        weapon gun tank vehicle truck ship vessel port harbor fleet air land water food aid supply
        shortage fuel power electricity medicine equipment material evidence information 
        record document letter message call phone interview article  story account claim charge
        accusation denial response reaction criticism support opposition pressure threat warning
        risk danger concern fear hope chance effort attempt move step measure action response
        sanction ban restriction control access route corridor passage exit entrance zone line front
        frontier territory ground field site facility plant factory building house home street square
        center office headquarters palace embassy consulate mosque church market shop hotel prison
        detention arrest release exchange transfer withdrawal deployment presence role influence
        interest relation relationship cooperation coordination dialogue negotiation mediation peace
        stability violence conflict fighting clash battle siege blockade bombing shelling explosion
        blast fire damage destruction loss death injury casualty toll body rescue team worker
        volunteer charity donor contribution share percent figure total amount level increase
        decrease drop rise fall gain cut reform change development progress result outcome impact
        effect consequence reason cause purpose goal target aim objective strategy approach method
        tool technology internet  television radio newspaper website channel platform account
        video image photo footage picture map analysis study survey research review investigation
        inquiry probe hearing testimony verdict sentence appeal ruling order decree resolution draft
        text version copy summary detail fact truth history past future morning evening night
        weekend season summer winter spring autumn period decade century moment hour minute
        """;

    public const string Verbs = """
        said announced reported confirmed denied stated added noted warned claimed accused called
        urged asked told explained suggested argued insisted admitted revealed disclosed described
        launched carried conducted targeted attacked bombed shelled hit struck killed wounded injured
        destroyed damaged captured seized took held controlled entered left reached arrived returned
        moved sent deployed withdrew pulled pushed advanced retreated fled evacuated crossed blocked
        closed opened reopened restored repaired built rebuilt expanded reduced raised lowered cut
        increased decreased doubled remained stayed continued started began ended stopped halted
        suspended resumed agreed signed approved rejected refused accepted welcomed condemned
        criticized praised supported backed opposed joined formed created established founded led
        headed managed ran organized coordinated planned prepared proposed offered promised pledged
        provided delivered supplied received collected gathered found discovered identified
        detected monitored observed watched recorded documented published released issued posted
        shared showed displayed presented discussed debated considered reviewed examined investigated
        questioned interviewed arrested detained charged convicted sentenced freed released pardoned
        met visited hosted invited welcomed hailed thanked blamed faced met lost won gained secured
        protected defended guarded secured ensured maintained kept held hoped expected feared
        believed thought knew learned understood recognized acknowledged recalled remembered
        estimated calculated counted measured compared linked tied related connected followed
        preceded accompanied involved included covered affected threatened endangered
        """;

    public const string Adjectives = """
        new former local national international foreign military political economic public
        official senior major main key large small big high low long short recent last first
        second third final early late next previous current future other several many few
        strategic regional federal central northern southern eastern western armed civilian
        humanitarian independent joint special security human legal illegal financial social
        religious ethnic tribal rural urban industrial agricultural commercial diplomatic nuclear
        chemical heavy light direct indirect possible likely unlikely clear unclear serious severe
        critical dangerous difficult easy important significant massive huge limited partial full
        total entire whole general common rare strong weak powerful successful failed effective
        active alleged suspected unknown unidentified anonymous so-called pro-government
        government-held rebel-held US-led Russian Syrian American British French German Turkish
        Iranian Iraqi Israeli Chinese European Arab Kurdish Lebanese Jordanian Egyptian Saudi
        Qatari Ukrainian Polish Italian Spanish Indian Pakistani Afghan African Asian Western
        moderate radical extremist conservative liberal progressive popular controversial
        widespread growing rising falling ongoing continued renewed fresh initial preliminary
        temporary permanent daily weekly annual monthly average basic fundamental specific
        particular certain similar different various additional further extra available necessary
        sufficient adequate free open closed private personal medical environmental technical
        scientific historic ancient modern traditional cultural natural
        """;

    public const string Adverbs = """
        also however still already now then again later soon recently reportedly allegedly
        officially publicly openly directly largely mainly mostly partly nearly almost about
        approximately roughly only just even quickly slowly immediately finally eventually
        initially previously currently repeatedly increasingly particularly especially
        reportedly apparently clearly reportedly effectively heavily seriously
        """;

    public const string Prepositions = "in on near after before during against with without over under from into across along through around between among towards since until beyond inside outside despite";

    public const string Months = "January February March April May June July August September October November December";

    public const string Weekdays = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";
}
