namespace Lineage.Bench.Corpus;

/// <summary>
/// The common head of an Arabic news vocabulary (with the hamza spellings that outlets write in
/// different ways), and a tail of root-and-pattern words: three radicals set into the
/// measures of Arabic morphology (فاعل، مفعول، تفعيل، استفعال …), as real rare words are.
/// </summary>
internal static class ArabicWords
{
    public const string Nouns = """
        الحكومة الجيش القوات المدينة المحافظة الوزارة الوزير الرئيس المسؤول المتحدث البيان التقرير
        الوكالة الهجوم الغارة الغارات الطائرات الأمن المنطقة الحرب السلام الاتفاق المفاوضات الشعب
        المواطنين المدنيين الأطفال النساء المستشفى المساعدات الأزمة الاقتصاد السوق الأسعار النفط
        الغاز الطاقة الشركة البنك الاستثمار الديون الانتخابات البرلمان المعارضة الحزب القانون المحكمة
        القرار السياسة الخطة الميزانية الحدود المعبر الطريق القرية البلدة العاصمة الساحل الجبل
        المطار القاعدة الموقع المواقع العملية العمليات المقاتلين المسلحين الإرهابيين التنظيم الفصائل
        الجنود الضباط الضحايا القتلى الجرحى اللاجئين النازحين السكان العائلات المنظمة اللجنة المجلس
        التحالف الاتحاد الجامعة المدرسة المسجد الكنيسة السجن الإفراج الاعتقال التحقيق الشهود
        الصحفيين المراسل المصادر المعلومات الصور الفيديو الإعلام التلفزيون الصحيفة الموقع البيانات
        الأمم المتحدة مجلس الأمن الخارجية الدفاع الداخلية الصحة التعليم المالية العدل الإنسانية
        أسبوع أيام ساعات سنوات شهر يوم عام مرة إطار أجل إثر أكثر أقل
        """;

    public const string Verbs = """
        قال أعلن أكد أشار أوضح ذكر نفى أفاد كشف أضاف دعا طالب شنت قصفت استهدفت سيطرت تقدمت انسحبت
        قتل أصيب دمرت أسقطت اعتقلت أطلقت بدأت استمرت توقفت وصلت غادرت عقد التقى زار استقبل بحث
        ناقش وقع رفض وافق أدان رحب حذر اتهم طلب قرر أصدر نشر نقل أرسل قدم تلقى جمع وثق رصد
        """;

    public const string Adjectives = """
        السوري الروسي الأمريكي العسكري السياسي الدولي الإقليمي الجديد الكبير الأخير الأول الثاني
        الحكومي المحلي الوطني الرسمي الإنساني الاقتصادي الأمني الشمالي الجنوبي الشرقي الغربي
        العربية الإسلامية المسلحة الحكومية الروسية الأمريكية السورية التركية الإيرانية العراقية
        """;

    public const string FunctionWords = "في من على إلى عن مع أن إن التي الذي هذا هذه ذلك تلك كما حيث بعد قبل خلال بين عند حتى منذ وقد قد لا لم لن كان كانت ثم أو بل وفي ومن وعلى";

    public const string Places = """
        دمشق حلب دير الزور حمص حماة إدلب الرقة درعا اللاذقية طرطوس بغداد الموصل البصرة بيروت
        طرابلس عمان القاهرة الإسكندرية الرياض جدة الدوحة أبوظبي دبي الكويت المنامة مسقط صنعاء عدن
        موسكو واشنطن باريس لندن برلين أنقرة إسطنبول طهران جنيف فيينا نيويورك بكين
        """;

    public const string FirstNames = "محمد أحمد علي حسن حسين عمر خالد يوسف إبراهيم سمير فاطمة مريم سعيد عبدالله مصطفى جمال نبيل رامي ليلى هدى زينب كريم طارق وليد فادي";

    public const string Surnames = "الأسد حمزة العلي الحسن الخطيب المصري الحلبي الشامي العمر الزعبي النجار الحداد السيد إبراهيم منصور سليمان داود قاسم عثمان يوسف الجعفري المقداد";

    private const string Radicals = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /// <summary>Measures with slots 1, 2, 3 for the radicals.</summary>
    private static readonly string[] Measures = ["1ا23", "م12و3", "ت12ي3", "است12ا3", "12ا3", "م123", "ا12ت3", "1ا2ي3", "ت1ا23", "م1ا23"];

    private static readonly string[] Suffixes = ["", "", "ة", "ات", "ون", "ين", "ية", "ها", "هم"];

    public static string[] MakeTail(Prng rng, int count, HashSet<string> taken)
    {
        var words = new string[count];
        var made = 0;
        var builder = new System.Text.StringBuilder(16);
        while (made < count)
        {
            builder.Clear();
            if (rng.Chance(0.45)) builder.Append("ال");
            else if (rng.Chance(0.1)) builder.Append('و');
            var measure = rng.Pick(Measures);
            char r1 = Radicals[rng.Next(Radicals.Length)], r2 = Radicals[rng.Next(Radicals.Length)], r3 = Radicals[rng.Next(Radicals.Length)];
            foreach (var c in measure)
            {
                builder.Append(c switch { '1' => r1, '2' => r2, '3' => r3, _ => c });
                // A short vowel mark now and then, as in carefully vocalised copy: the tokenizer's joiner path.
                if (c is '1' && rng.Chance(0.04)) builder.Append('\u064E');
            }
            builder.Append(rng.Pick(Suffixes));
            var word = builder.ToString();
            if (taken.Add(word)) words[made++] = word;
        }
        return words;
    }
}
