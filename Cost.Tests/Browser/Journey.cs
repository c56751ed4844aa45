using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Cost.Tests.Browser;

/// <summary>
/// One person's way through the pages in a fresh browser context. Every step is photographed into
/// artifacts/screenshots/{size}/ and checked with axe-core (no serious or critical violations);
/// any console error, page error or failed request fails the journey, and so does a layout that does not fit:
/// the page wider than the screen, or a table cell squeezed narrower than a few characters. Confirmation dialogs
/// are accepted and their texts kept in <see cref="Dialogs"/>.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly BrowserApp _app;
    private readonly IBrowserContext _context;
    private readonly string _name;
    private readonly List<string> _problems = [];
    private readonly List<string> _dialogs = [];
    private int _step;

    private Journey(BrowserApp app, IBrowserContext context, IPage page, string name)
    {
        (_app, _context, Page, _name) = (app, context, page, name);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add($"控制台错误：{message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Add($"页面脚本错误：{error}");
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        page.RequestFailed += (_, request) =>
        {
            // A download ends its navigation request with ERR_ABORTED; that is not a failure.
            if (request.Failure != "net::ERR_ABORTED")
            {
                _problems.Add($"请求失败：{request.Method} {request.Url} {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _problems.Add($"请求返回 {response.Status}：{response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>The messages of the confirmation dialogs accepted so far, oldest first.</summary>
    public IReadOnlyList<string> Dialogs => _dialogs;

    public static async Task<Journey> StartAsync(BrowserApp app, string name)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = app.Viewport,
            IsMobile = app.IsMobile,
            HasTouch = app.IsMobile,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            AcceptDownloads = true,
        });
        return new Journey(app, context, await context.NewPageAsync(), name);
    }

    public async Task GoAsync(string path, string step)
    {
        await Page.GotoAsync(path);
        await CheckAsync(step);
    }

    public async Task SignInAsync(string userName, string password)
    {
        await GoAsync("/login", "登录页");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).Last.ClickAsync();
        // Signing in hashes the password on purpose slowly; on a loaded CI machine the redirect can take a while.
        await Page.WaitForURLAsync("**/projects**", new() { Timeout = 90_000 });
        await CheckAsync("登录后");
    }

    /// <summary>axe-core as bundled with Deque's package, put into a page the first time a step of that page is checked.</summary>
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>Screenshot, accessibility check, and no problems so far.</summary>
    public async Task CheckAsync(string step)
    {
        _step++;
        var folder = Path.Combine(Screenshots.Folder, _app.Size);
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{_name}-{_step:00}-{step}.png"), FullPage = true });

        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await Page.EvaluateAsync(AxeSource);
        }

        var severe = await Page.EvaluateAsync<string[]>(AxeCheck);
        Assert.True(severe.Length == 0, $"{_name} / {step}（{Page.Url}）可访问性问题：\n" + string.Join("\n", severe));
        Assert.True(_problems.Count == 0, $"{_name} / {step}（{Page.Url}）：\n" + string.Join("\n", _problems));
        var layout = await Page.EvaluateAsync<string[]>(LayoutCheck);
        Assert.True(layout.Length == 0, $"{_name} / {step}（{Page.Url}）版面问题：\n" + string.Join("\n", layout));
    }

    /// <summary>
    /// axe-core run in the page against WCAG 2.1 A and AA, serious and critical violations described. It runs in the page
    /// itself (Deque's runner opens a page of its own for every check, ≈ 2 s a step). Rows past a table's twentieth
    /// repeat its template: axe checks the first twenty of each (a month's full price table of thousands of cells took
    /// axe 90 s per screen otherwise). The layout check still measures every cell.
    /// </summary>
    private const string AxeCheck = """
        async () => {
          const result = await axe.run({ exclude: [['main tbody tr:nth-child(n+21)']] },
            { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('；')}`);
        }
        """;

    /// <summary>
    /// Layout measured in the page: nothing makes the page wider than the screen (wide tables scroll inside their
    /// frame), no cell's content overflows it, and no cell narrower than four characters breaks its text over lines
    /// (a 42 px message column, a date over three lines).
    /// </summary>
    private const string LayoutCheck = """
        () => {
          const problems = [];
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > width + 1) {
            problems.push(`页面宽 ${document.documentElement.scrollWidth}px，超出屏幕 ${width}px`);
          }
          const em = parseFloat(getComputedStyle(document.body).fontSize);
          const lines = cell => {
            const tops = [];
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) {
                if (r.width > 0 && !tops.some(t => Math.abs(t - r.top) < r.height / 2)) { tops.push(r.top); }
              }
            }
            return tops.length;
          };
          for (const cell of document.querySelectorAll('main td, main th')) {
            const box = cell.getBoundingClientRect();
            const text = cell.textContent.replace(/\s+/g, ' ').trim();
            if (box.width === 0 || text.length === 0) { continue; }
            if (cell.scrollWidth > cell.clientWidth + 1) {
              problems.push(`单元格内容超出：“${text.slice(0, 20)}” ${cell.scrollWidth}px > ${cell.clientWidth}px`);
              continue;
            }
            const count = box.width < 4 * em ? lines(cell) : 1;
            if (count > 1) {
              problems.push(`单元格过窄：“${text.slice(0, 20)}” 宽 ${Math.round(box.width)}px，折成 ${count} 行`);
            }
          }
          return problems.slice(0, 10);
        }
        """;

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
