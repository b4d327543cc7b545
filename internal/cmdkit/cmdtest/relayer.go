package cmdtest

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// StartRelayer runs the real relayer with plugins on the devnet in dir, over loopback,
// until the test ends, and returns its base URL (for --relayer).
func StartRelayer(t testing.TB, dir string, plugins ...plugin.Plugin) string {
	t.Helper()
	cfg := relayer.Config{Listen: "127.0.0.1:0", DataDir: filepath.Join(t.TempDir(), "relayer")}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		t.Fatal(err)
	}
	keys, err := relayer.LoadKeys(cfg)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := relayer.New(cfg, keys, plugins, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	return "http://" + svc.Addr()
}
