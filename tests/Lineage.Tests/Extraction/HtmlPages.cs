namespace Lineage.Tests.Extraction;

/// <summary>Small hand-written pages for the HTML extractor's tests.</summary>
internal static class HtmlPages
{
    public const string Paragraph1 =
        "The city council voted on Tuesday to close the old bridge over the river for repairs, after engineers found that " +
        "the steel beams under the road had rusted far more than anyone had expected when it was last inspected.";

    public const string Paragraph2 =
        "Drivers will have to take the ring road for at least six months, and the council said that it would run extra " +
        "buses between the two banks of the town while the work goes on, which it hopes will keep the traffic moving.";

    public const string Paragraph3 =
        "Shop owners on both sides of the bridge said they were worried that they would lose customers, but most of them " +
        "agreed that the repairs could not wait any longer and that they would rather have a safe bridge than a fast one.";

    /// <summary>A news page with the usual furniture around a three-paragraph article.</summary>
    public static readonly string NewsPage = $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Bridge to close for repairs | Riverside Gazette</title>
          <meta property="og:title" content="Bridge to close for repairs">
          <meta property="og:site_name" content="Riverside Gazette">
          <meta property="og:url" content="https://gazette.example/news/bridge">
          <meta property="article:published_time" content="2024-03-05T09:30:00Z">
          <meta name="author" content="Jane Doe">
          <link rel="canonical" href="https://gazette.example/news/bridge-to-close">
          <script>var tracking = "<p>not text</p>";</script>
          <style>p { color: black; }</style>
        </head>
        <body>
          <header class="site-header">
            <nav class="main-menu"><ul>
              <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
              <li><a href="/business">Business</a></li><li><a href="/contact">Contact us</a></li>
            </ul></nav>
          </header>
          <div id="wrapper">
            <article class="story">
              <h1>Bridge to close for repairs</h1>
              <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://twitter.example/share">Tweet</a> <button>Email</button></div>
              <p>{{Paragraph1}}</p>
              <p>{{Paragraph2.Replace("the two banks", "the two <b>banks</b>")}}</p>
              <p>{{Paragraph3}}</p>
            </article>
            <aside class="sidebar">
              <h3>Most read</h3>
              <ul>
                <li><a href="/a">Council approves the new budget for the next two years after a long debate</a></li>
                <li><a href="/b">Local team wins the cup final in front of a home crowd of ten thousand fans</a></li>
              </ul>
              <p>Sign up to our newsletter to get the most important stories of the day in your inbox every morning before work.</p>
            </aside>
            <section id="comments" class="comments">
              <h3>3 comments</h3>
              <div class="comment"><p>I have been saying for years that this bridge was not safe and that the council should have done something about it a long time ago.</p></div>
              <div class="comment"><p>Good news, but six months is a very long time for the people who have to drive to work across the river every day.</p></div>
            </section>
          </div>
          <footer id="footer"><p>&copy; 2024 Riverside Gazette. All rights reserved. <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></p></footer>
        </body>
        </html>
        """;

    /// <summary>
    /// The article inside a wrapper whose class names boilerplate ("share_wrapper", for its share
    /// buttons), then comments whose text sits in a "format_text" element, and a sidebar of teasers
    /// each marked as an article.
    /// </summary>
    public static readonly string ArticleInShareWrapper = $$"""
        <html><head><title>Bridge to close for repairs</title></head>
        <body>
          <div class="share_wrapper">
            <div class="share-buttons"><a href="/share/fb">Facebook</a> <a href="/share/tw">Twitter</a></div>
            <div class="article">
              <h1>Bridge to close for repairs</h1>
              <p>{{Paragraph1}}</p>
              <p>{{Paragraph2}}</p>
              <p>{{Paragraph3}}</p>
            </div>
          </div>
          <div id="comments">
            <h3>2 comments</h3>
            <div class="comment"><span class="author">Ann</span><div class="format_text"><p>I have been saying for years that this bridge was not safe and that the council should have done something about it a long time ago, before the rust got this bad.</p></div></div>
            <div class="comment"><span class="author">Bob</span><div class="format_text"><p>Good news, but six months is a very long time for the people who have to drive to work across the river every day, and the buses are always late.</p></div></div>
          </div>
          <div class="sidebar">
            <article class="story"><p>The new library opened its doors on Saturday, and hundreds of families came to see the reading rooms and the garden on the roof.</p></article>
            <article class="story"><p>The football club has signed a young striker from the south of the country, who scored twenty goals for his old team last season.</p></article>
          </div>
        </body></html>
        """;

    /// <summary>
    /// An article with a paragraph that is mostly links and a list of cited reports between its
    /// paragraphs, a box of headline links inside it, and related stories after it.
    /// </summary>
    public static readonly string ArticleWithLinkedText = $$"""
        <html><head><title>Bridge to close for repairs</title></head>
        <body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <article>
            <h1>Bridge to close for repairs</h1>
            <p>{{Paragraph1}}</p>
            <p>The <a href="/r/1">engineers' report</a> and the <a href="/r/2">council's repair plan</a> are <a href="/r/3">both online</a>.</p>
            <ul>
              <li>Read <a href="/r/4">the inspection of the steel beams</a> from last year</li>
              <li>See the <a href="/r/5">map of the detours</a> around the town</li>
            </ul>
            <p>{{Paragraph2}}</p>
            <div class="inline-links"><ul>
              <li><a href="/s/1">Mayor promises new ferry service for the summer months</a></li>
              <li><a href="/s/2">Ring road works to finish ahead of schedule this year</a></li>
            </ul></div>
            <p>{{Paragraph3}}</p>
            <ul>
              <li><a href="/s/3">Council approves the new budget after a long debate</a></li>
              <li><a href="/s/4">Local team wins the cup final in front of a home crowd</a></li>
            </ul>
          </article>
        </body></html>
        """;

    /// <summary>
    /// A blog post whose title is a link to its own page, far above the text in the page header,
    /// under the blog's name (also a heading, and part of the page's title).
    /// </summary>
    public static readonly string BlogPostWithLinkedTitle = $$"""
        <html><head><title>Bridge to close for repairs | Riverside Notes</title></head>
        <body>
          <div id="header">
            <h1><a href="/">Riverside Notes</a></h1>
            <h2 class="post-title"><a href="/2024/03/bridge">Bridge to close for repairs</a></h2>
            <ul class="menu"><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li><li><a href="/about">About</a></li></ul>
          </div>
          <div class="post-body">
            <p>{{Paragraph1}}</p>
            <p>{{Paragraph2}}</p>
            <p>{{Paragraph3}}</p>
          </div>
        </body></html>
        """;

    /// <summary>
    /// A page of three short entries, each text in its own element beside its date line, so that
    /// no entry is a sibling of another's text; then a sidebar.
    /// </summary>
    public static readonly string PageOfShortEntries = """
        <html><head><title>Notes from the river</title></head>
        <body>
          <div id="entries">
            <div class="entry"><div class="text">
              <p>The ferry was late again this morning, by half an hour.</p>
              <p>Nobody on the quay could say why, and nobody was surprised.</p>
            </div><div class="date">March 3</div></div>
            <div class="entry"><div class="text">
              <p>The council has put up new signs for the detour at last.</p>
              <p>They point the wrong way, but it is a start, and they are big.</p>
            </div><div class="date">March 4</div></div>
            <div class="entry"><div class="text">
              <p>The swans are back under the old bridge, all eleven of them.</p>
              <p>They do not seem to mind the noise of the works at all, sadly.</p>
            </div><div class="date">March 5</div></div>
          </div>
          <div class="sidebar"><ul><li><a href="/archive">Archive</a></li><li><a href="/about">About</a></li></ul></div>
        </body></html>
        """;

    /// <summary>An article whose last, short paragraph sits beside the element holding the others, before a list of links.</summary>
    public static readonly string ArticleWithParagraphBesideIt = $$"""
        <html><head><title>Bridge to close for repairs</title></head>
        <body>
          <div id="page">
            <div class="story-text">
              <p>{{Paragraph1}}</p>
              <p>{{Paragraph2}}</p>
              <p>{{Paragraph3}}</p>
            </div>
            <p>Ferries will run every twenty minutes.</p>
            <ul><li><a href="/a">Ferry timetable</a></li><li><a href="/b">Detour map</a></li><li><a href="/c">Council notices</a></li></ul>
          </div>
        </body></html>
        """;

    /// <summary>
    /// A page laid out by elements whose names say ad and sidebar ("outerAd", "left_side_wrapper")
    /// around everything, the article included, with a menu inside, and a notice above and a footer
    /// below them, so that the content element scored is the body.
    /// </summary>
    public static readonly string ArticleInLayoutNamedForAds = $$"""
        <html><head><title>Bridge to close for repairs</title></head>
        <body>
          <p class="note">Please note: your browser could not load the style sheet of this page, so it may look plain.</p>
          <div id="outerAd">
            <div class="left_side_wrapper">
              <div id="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
              <div id="center">
                <h1>Bridge to close for repairs</h1>
                <p>{{Paragraph1}}</p>
                <p>{{Paragraph2}}</p>
                <p>{{Paragraph3}}</p>
              </div>
            </div>
          </div>
          <div id="footer"><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></div>
        </body></html>
        """;

    /// <summary>
    /// A post of facts in a few words each, which jusText does not read as running text, and reader
    /// comments that hold all the page's running text.
    /// </summary>
    public static readonly string ShortPostWithLongComments = $$"""
        <html><head><title>Bridge to close</title></head>
        <body>
          <div class="post">
            <h2>Bridge to close</h2>
            <p>Closure: Monday 4 March, 6am. Detour: ring road A12, exit 4. Duration: six months. Buses: every 20 minutes. Ferries: hourly. Contact: 01632 960 123. Parking: Quay Street, Mill Lane, Station Road, Park Road. Updates: council website, local radio, town hall.</p>
          </div>
          <div id="comments">
            <h3>3 comments</h3>
            <ol>
              <li><p>{{Paragraph2}}</p></li>
              <li><p>{{Paragraph3}}</p></li>
              <li><p>I have been saying for years that this bridge was not safe and that the council should have done something about it a long time ago, before the rust got this bad.</p></li>
            </ol>
          </div>
        </body></html>
        """;

    /// <summary>
    /// An article, then further down the page and outside the article's element, text that reads
    /// as well as the article but follows it: a reader's letter and another story's summary, in
    /// elements whose names say nothing; and a second part of the article built as its paragraphs are.
    /// </summary>
    public static readonly string ArticleFollowedByOtherText = $$"""
        <html><head><title>Bridge to close for repairs</title></head>
        <body>
          <div id="page">
            <div class="col">
              <div class="story-text">
                <p>{{Paragraph1}}</p>
                <p>{{Paragraph2}}</p>
              </div>
            </div>
            <div class="col">
              <div class="story-text">
                <p>{{Paragraph3}}</p>
              </div>
            </div>
          </div>
          <div id="lower">
            <div class="box">
              <p>I have been saying for years that this bridge was not safe and that the council should have done something about it a long time ago, before the rust got this bad.</p>
            </div>
            <div class="box">
              <p>The town's library will open on Sundays from next month, the council said, after hundreds of readers signed a letter asking for longer hours during the school holidays.</p>
            </div>
          </div>
        </body></html>
        """;
}
