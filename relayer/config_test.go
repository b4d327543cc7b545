package relayer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadFileTables: a plug-in's table is its own however it is written, and an unknown
// key in one of the relayer's tables is refused by name.
func TestLoadFileTables(t *testing.T) {
	for _, tc := range []struct {
		name, toml string
		plugins    []string
		refused    string
	}{
		{"a plug-in table", "[funds]\nx = 1\n", []string{"funds"}, ""},
		{"only an array of tables", "[[funds.collectors]]\nname = \"desk\"\n", []string{"funds"}, ""},
		{"a nested table only", "[cred.delegation]\nenabled = true\n", []string{"cred"}, ""},
		{"beside the relayer's own", "rpc = \"ws://127.0.0.1:8546\"\n[txmgr]\n[[certs.offices]]\nname = \"a\"\n", []string{"certs"}, ""},
		{"a typo in a relayer table", "[txmgr]\nresubmit_afterr = \"20s\"\n", nil, "txmgr.resubmit_afterr"},
		{"a typo in the http table", "[http]\nread_timeoutt = \"5s\"\n", nil, "http.read_timeoutt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "relayer.toml")
			if err := os.WriteFile(path, []byte(tc.toml), 0o600); err != nil {
				t.Fatal(err)
			}
			var c Config
			err := c.LoadFile(path)
			if tc.refused != "" {
				if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.refused) {
					t.Fatalf("want %s refused, got %v", tc.refused, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tc.plugins {
				if c.Plugins[p] == nil {
					t.Errorf("plug-in table %q missing: %v", p, c.Plugins)
				}
			}
			if len(c.Plugins) != len(tc.plugins) {
				t.Errorf("plug-ins %v, want %v", c.Plugins, tc.plugins)
			}
		})
	}
}
