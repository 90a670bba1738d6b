using Microsoft.Playwright;

namespace Lineage.Tests.Reporting;

/// <summary>
/// One headless Debian chromium, driven by Playwright, shared by the report's browser tests.
/// Each test opens its own page and collects the page's script errors.
/// </summary>
public sealed class ReportBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"{ChromiumPath} not found: the HTML report's browser tests need Debian's chromium (scripts/setup.sh installs it as root; LINEAGE_SKIP_BROWSER=1 leaves these tests out).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No network here: keep chromium from trying to reach its own services.
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page with <paramref name="reportPath"/> open at <paramref name="fragment"/>; script errors land in <paramref name="errors"/>.</summary>
    public async Task<IPage> OpenAsync(string reportPath, string fragment, List<string> errors)
    {
        var page = await browser!.NewPageAsync();
        page.PageError += (_, message) => errors.Add(message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        await page.GotoAsync(new Uri(reportPath).AbsoluteUri + fragment);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
