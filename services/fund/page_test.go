package fund

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// TestFundPageInChromium: a campaign takes two gifts through the relayer and spends part of
// them; its public page at /funds/{id}, in headless Chromium, shows the books per line, and
// the trace box says where a donor's gift went, or that a receipt is unknown.
func TestFundPageInChromium(t *testing.T) {
	c := newCampaign(t, 10_000_000)
	c.startRelayer(t)
	var acc Accepted
	gifts := `{"donations": [{"receipt": "PAGE-1", "amount": "3,000,000"}, {"receipt": "PAGE-2", "amount": "1,000,000"}]}`
	if code := c.post(t, collectorToken, "application/json", gifts, &acc); code != http.StatusAccepted || acc.Accepted != 2 {
		t.Fatalf("the gifts: %d %+v", code, acc)
	}
	c.waitStatus(t, "PAGE-1")
	c.waitStatus(t, "PAGE-2")
	invoice := filepath.Join(t.TempDir(), "invoice.pdf")
	os.WriteFile(invoice, []byte("%PDF invoice"), 0o644)
	c.e.must(cmdkit.ExitOK, "Spend #", "", c.mgr.Flags, "spend", "--line", "1", "--payee", c.payee.Addr.Hex(), "--amount", "800,000", "--evidence", invoice, c.id)
	c.waitReport(t, func(r map[string]any) bool { return r["spent"] == "800000" })

	ctx := cmdtest.Browser(t)
	shots := cmdtest.Screenshots(t, "FUND_SCREENSHOTS")
	var summary, lines, traced, missing string
	var png []byte
	err := chromedp.Run(ctx,
		chromedp.Navigate(c.relayerURL+"/funds/"+c.id),
		chromedp.WaitVisible("#lines", chromedp.ByID),
		chromedp.Text("#summary", &summary, chromedp.ByID),
		chromedp.Text("#lines", &lines, chromedp.ByID),
		chromedp.SendKeys("#receipt", "PAGE-1", chromedp.ByID),
		chromedp.Click("#trace", chromedp.ByID),
		chromedp.Poll(`document.getElementById('trace-result').className === 'traced'`, nil),
		chromedp.Text("#trace-result", &traced, chromedp.ByID),
		chromedp.FullScreenshot(&png, 100),
	)
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(shots, "fund-page.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", shot)
	for _, want := range []string{"4,000,000", "800,000", "3,200,000", "cap 15.00%"} {
		if !strings.Contains(summary, want) {
			t.Errorf("the summary says %q, want %q in it", summary, want)
		}
	}
	// The admin line shows the cap that bounds it (600,000 = 15% of 4,000,000 donated), not
	// "no limit".
	if !strings.Contains(lines, "cap 600,000") || strings.Contains(lines, "no limit") {
		t.Errorf("the admin line reads %q, want its cap", lines)
	}
	if !strings.Contains(lines, "program") || !strings.Contains(lines, "5,000,000") || !strings.Contains(lines, "4,200,000") {
		t.Errorf("the lines say %q", lines)
	}
	// 800,000 spent after both gifts: the 3,000,000 gift's part is 3/4 of it.
	if !strings.Contains(traced, "3,000,000") || !strings.Contains(traced, "600,000") || !strings.Contains(traced, "2,400,000") {
		t.Errorf("the trace says %q", traced)
	}
	err = chromedp.Run(ctx,
		chromedp.SetValue("#receipt", "NEVER-GIVEN", chromedp.ByID),
		chromedp.Click("#trace", chromedp.ByID),
		chromedp.Poll(`document.getElementById('trace-result').className === 'not-found'`, nil),
		chromedp.Text("#trace-result", &missing, chromedp.ByID),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(missing, "Not found") || !strings.Contains(missing, "no donation has this receipt") {
		t.Errorf("an unknown receipt: %q", missing)
	}
}
