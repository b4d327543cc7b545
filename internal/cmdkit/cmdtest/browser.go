package cmdtest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Browser starts Debian's headless Chromium for a page test and returns its context,
// ended by t.Cleanup, with a phone's window. Without chromium the test is skipped, except
// in CI, where `make test` installs it and its absence is a failure.
func Browser(t *testing.T) context.Context {
	t.Helper()
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed (make test installs it: apt-get install chromium)")
		}
		t.Skip("chromium is not installed: the browser test needs Debian's chromium package (make test installs it)")
	}
	// Chromium's helper processes can still write to the profile for a moment after the
	// browser exits, so t.TempDir's strict removal failed the test on a busy machine: the
	// profile is removed here, retried briefly, and a leftover is only logged.
	profile, err := os.MkdirTemp("", "chromium-profile-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; ; i++ {
			err := os.RemoveAll(profile)
			if err == nil {
				return
			}
			if i == 20 {
				t.Logf("leaving chromium's profile %s: %v", profile, err)
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(profile), chromedp.WindowSize(412, 915), // a phone
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	// cdproto lags the Debian browser's protocol: events it cannot decode (IPAddressSpace
	// "Loopback") are noise here, not failures.
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithErrorf(func(string, ...any) {}))
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// Screenshots is the folder a page test saves its screenshots in: $dirEnv, or a new
// temporary folder (printed by the test).
func Screenshots(t *testing.T, dirEnv string) string {
	t.Helper()
	if d := os.Getenv(dirEnv); d != "" {
		return d
	}
	d, err := os.MkdirTemp("", "page-screenshots-")
	if err != nil {
		t.Fatal(err)
	}
	return d
}
