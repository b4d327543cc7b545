package cert

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// officeToken is the bearer token of the devnet's office (the staff key) in startRelayer.
const officeToken = "mapo-issuing-system"

// startRelayer configures and starts the plug-in on the shared devnet, with its journal in
// dir, and serves it on 127.0.0.1.
func startRelayer(t *testing.T, dir string) (*Relayer, string) {
	t.Helper()
	info := network.Info(t)
	sec, err := plugin.SectionOf(RelayerConfig{Offices: []RelayerOffice{{Name: office, Address: info.Staff.Address.Hex(), TokenHash: plugin.HashToken(officeToken)}}})
	if err != nil {
		t.Fatal(err)
	}
	p := NewRelayer()
	if err := p.Configure(plugin.Config{Section: sec, Contracts: info.Contracts}); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	if err := p.Start(context.Background(), plugin.Host{Journal: j, JournalPrefix: "certs/", Chain: cmdtest.Dial(t, info.RPC())}); err != nil {
		t.Fatal(err)
	}
	return p, serve(t, p)
}

// postBatch posts the hashes of files as one batch with token and returns the status.
func postBatch(t *testing.T, url, token string, files ...string) int {
	t.Helper()
	var body BatchBody
	for _, f := range files {
		h, err := HashFile(f)
		if err != nil {
			t.Fatal(err)
		}
		body.Documents = append(body.Documents, h)
	}
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", url+"/v1/certs/batches", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// serve mounts the plug-in's routes and pages as the relayer does, on 127.0.0.1.
func serve(t *testing.T, p *Relayer) string {
	t.Helper()
	mux := http.NewServeMux()
	for _, rt := range p.Routes() {
		mux.HandleFunc(rt.Method+" /v1/"+p.Name()+rt.Path, rt.Handler)
	}
	for _, rt := range p.Pages() {
		mux.HandleFunc(rt.Method+" "+rt.Path, rt.Handler)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestVerifyPageInChromium issues a batch on the devnet, posts its leaves to the plug-in,
// revokes one certificate, then drops a genuine, a revoked, a changed (one byte) and an
// unknown file on the /verify page in headless Chromium and reads the verdict shown.
func TestVerifyPageInChromium(t *testing.T) {
	e := certCLI{t, network.Dir(t)}
	info := network.Info(t)
	staff := info.Staff.Address.Hex()
	tmp := t.TempDir()
	files := writeFiles(t, tmp,
		[2]string{"hours.txt", "자원봉사 확인서: 홍길동, 40시간"},
		[2]string{"payment.txt", "공과금 납부 확인서: 2026-11"},
		[2]string{"course.txt", "수료증: 시민 코딩 교실"})
	e.must(cmdkit.ExitOK, "", "", "office", "add", staff, "--name", office)
	e.must(cmdkit.ExitOK, "Issued 3", "", "issue", "--office", office, files[0], files[1], files[2])
	e.must(cmdkit.ExitOK, "Done: revoke", "", "revoke", files[1], "--reason", "error")

	expiring := writeFiles(t, tmp, [2]string{"permit.txt", "임시 허가증: 2099년까지"})[0]
	e.must(cmdkit.ExitOK, "Issued 1", "", "issue", "--office", office, "--expires", "2099-12-31", expiring)

	p, url := startRelayer(t, filepath.Join(tmp, "journal"))
	// The page is looked at as of 2100, past the permit's expiry; the other batches have none.
	p.check.Now = func() time.Time { return time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC) }
	if code := postBatch(t, url, "wrong", files...); code != http.StatusUnauthorized {
		t.Fatalf("a wrong token: %d", code)
	}
	if code := postBatch(t, url, officeToken, files...); code != http.StatusAccepted {
		t.Fatalf("post the batch: %d", code)
	}
	if code := postBatch(t, url, officeToken, expiring); code != http.StatusAccepted {
		t.Fatalf("post the expiring batch: %d", code)
	}
	changed := filepath.Join(tmp, "hours-changed.txt")
	b, _ := os.ReadFile(files[0])
	b[len(b)-1] ^= 0x01
	unknown := filepath.Join(tmp, "forged.txt")
	if err := os.WriteFile(changed, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(unknown, []byte("자원봉사 확인서: 홍길동, 400시간"), 0o644); err != nil {
		t.Fatal(err)
	}

	shots := cmdtest.Screenshots(t, "CERT_SCREENSHOTS")
	ctx := cmdtest.Browser(t)

	for _, tc := range []struct {
		name, file string
		want       []string
		not        string
	}{
		{"genuine", files[0], []string{"진본 · Genuine", office, "issued on"}, "Unknown"},
		{"revoked", files[1], []string{"취소됨 · Revoked", "issued in error", "잘못 발급됨"}, "Genuine"},
		{"changed", changed, []string{"확인할 수 없음 · Unknown"}, "Genuine"},
		{"unknown", unknown, []string{"확인할 수 없음 · Unknown"}, "Genuine"},
		{"expired", expiring, []string{"기간 만료 · Expired", "expired on"}, "Genuine"},
	} {
		var text string
		var png []byte
		err := chromedp.Run(ctx,
			chromedp.Navigate(url+"/verify"),
			chromedp.WaitReady("#file", chromedp.ByID),
			chromedp.SetUploadFiles("#file", []string{tc.file}, chromedp.ByID),
			chromedp.Poll(`!document.getElementById('result').hidden && document.getElementById('result').className !== 'checking'`, nil),
			chromedp.Text("#result", &text, chromedp.ByID),
			chromedp.FullScreenshot(&png, 100), // 100: PNG,
		)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the page says %q, want %q in it", tc.name, text, w)
			}
		}
		if strings.Contains(text, tc.not) {
			t.Errorf("%s: the page says %q", tc.name, text)
		}
		shot := filepath.Join(shots, "verify-"+tc.name+".png")
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: screenshot %s", tc.name, shot)
	}
}
