package relayer

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/devnet/devnetinfo"
	"github.com/urfave/cli/v2"
)

// writeTOML writes a configuration file for the test and returns its path.
func writeTOML(t *testing.T, toml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "relayer.toml")
	if err := os.WriteFile(path, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// ended fails t unless err is what the case wants (a configuration error naming refused,
// or none when refused is empty), and says whether the case ends there.
func ended(t *testing.T, err error, refused string) bool {
	t.Helper()
	if refused != "" {
		if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), refused) {
			t.Fatalf("want %s refused, got %v", refused, err)
		}
		return true
	}
	if err != nil {
		t.Fatal(err)
	}
	return false
}

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
			var c Config
			err := c.LoadFile(writeTOML(t, tc.toml))
			if ended(t, err, tc.refused) {
				return
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

// TestNodeAlso: the further nodes come from the file's [node] table, from --devnet (the
// devnet's nodes but the one sent to), and from --node.also over both; the node sent to
// and a node named twice are left out however written, a devnet node's ws:// URL naming
// it as its http:// one does; an endpoint that is no URL is refused by name.
func TestNodeAlso(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "hot.json")
	if err := os.WriteFile(key, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	devnet := filepath.Join(dir, "devnet")
	info := &devnetinfo.Info{Relayer: devnetinfo.Account{Keystore: key, PasswordFile: key},
		Nodes: []devnetinfo.NodeInfo{{HTTP: "http://127.0.0.1:8545", WS: "ws://127.0.0.1:8546"}, {HTTP: "http://127.0.0.1:8547", WS: "ws://127.0.0.1:8548"},
			{HTTP: "http://127.0.0.1:8549", WS: "ws://127.0.0.1:8550"}}}
	if err := os.MkdirAll(devnet, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := devnetinfo.WriteInfo(devnet, info); err != nil {
		t.Fatal(err)
	}
	file := func(toml string) string { return writeTOML(t, toml) }
	base := []string{"--rpc", "ws://127.0.0.1:8546", "--datadir", dir, "--keystore", key}
	for _, tc := range []struct {
		name    string
		args    []string
		want    []string
		refused string
	}{
		{"none", base, nil, ""},
		{"a table", append([]string{"--config", file("[node]\nalso = [\"ws://127.0.0.1:8548\", \"http://10.0.0.2:8545\"]\n")}, base...),
			[]string{"ws://127.0.0.1:8548", "http://10.0.0.2:8545"}, ""},
		{"a dotted key", append([]string{"--config", file("node.also = [\"wss://node2.city.example\"]\n")}, base...),
			[]string{"wss://node2.city.example"}, ""},
		{"flags over the file", append([]string{"--config", file("node.also = [\"ws://127.0.0.1:8548\"]\n"), "--node.also", "http://a:1", "--node.also", "http://b:2"}, base...),
			[]string{"http://a:1", "http://b:2"}, ""},
		{"a devnet's other nodes", []string{"--devnet", devnet}, []string{"http://127.0.0.1:8547", "http://127.0.0.1:8549"}, ""},
		{"a flag over the devnet", []string{"--devnet", devnet, "--node.also", "ws://127.0.0.1:8550"}, []string{"ws://127.0.0.1:8550"}, ""},
		// The node sent to, and a node named twice, get each transaction once.
		{"the devnet sent to by ws", []string{"--devnet", devnet, "--rpc", "ws://127.0.0.1:8546"}, []string{"http://127.0.0.1:8547", "http://127.0.0.1:8549"}, ""},
		{"another devnet node sent to", []string{"--devnet", devnet, "--rpc", "ws://localhost:8548/"}, []string{"http://127.0.0.1:8545", "http://127.0.0.1:8549"}, ""},
		{"devnet nodes named many ways", []string{"--devnet", devnet, "--node.also", "http://localhost:8545/", "--node.also", "ws://127.0.0.1:8548",
			"--node.also", "http://127.0.0.1:8547/", "--node.also", "http://LOCALHOST:8549", "--node.also", "ws://127.0.0.1:8550"}, []string{"ws://127.0.0.1:8548", "http://LOCALHOST:8549"}, ""},
		{"the node sent to in the table", append([]string{"--config", file("rpc = \"http://127.0.0.1:8545\"\n[node]\nalso = [\"http://localhost:8545\", \"http://127.0.0.1:8547\", \"http://127.0.0.1:8547/\"]\n")},
			"--datadir", dir, "--keystore", key), []string{"http://127.0.0.1:8547"}, ""},
		{"a flag naming a node twice", append([]string{"--node.also", "https://node2.city.example", "--node.also", "https://NODE2.city.example:443/"}, base...),
			[]string{"https://node2.city.example"}, ""},
		// Without devnet.json nothing says ws://…:8546 and http://…:8545 are one node
		// (the flag's help says so).
		{"ws and http without the devnet", append([]string{"--node.also", "http://127.0.0.1:8545"}, base...), []string{"http://127.0.0.1:8545"}, ""},
		{"no scheme", append([]string{"--node.also", "127.0.0.1:8547"}, base...), nil, `node.also "127.0.0.1:8547"`},
		{"no host", append([]string{"--node.also", "http://"}, base...), nil, `node.also "http://"`},
		{"a typo in the table", append([]string{"--config", file("[node]\nalsoo = [\"ws://127.0.0.1:8548\"]\n")}, base...), nil, "node.alsoo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var cfg Config
			app := &cli.App{Flags: Flags, Writer: io.Discard, ErrWriter: io.Discard, Action: func(c *cli.Context) (err error) {
				cfg, err = ConfigFromFlags(c)
				return err
			}}
			err := app.Run(append([]string{"seoulchain-relayer"}, tc.args...))
			if ended(t, err, tc.refused) {
				return
			}
			if !slices.Equal(cfg.Node.Also, tc.want) {
				t.Errorf("node.also %q, want %q", cfg.Node.Also, tc.want)
			}
		})
	}
}

// TestStallAfter: the event feed tells its clients it stalled after 5 minutes of failed
// reads unless [ws] stall_after says otherwise; a negative duration is refused by name.
func TestStallAfter(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "hot.json")
	if err := os.WriteFile(key, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, toml string
		want       time.Duration
		refused    string
	}{
		{"the default", "", 5 * time.Minute, ""},
		{"set", "[ws]\nstall_after = \"90s\"\n", 90 * time.Second, ""},
		{"negative", "[ws]\nstall_after = \"-1s\"\n", 0, "ws.stall_after -1s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Config{RPC: "ws://127.0.0.1:8546", DataDir: dir, Keys: []string{key}}
			if err := c.LoadFile(writeTOML(t, tc.toml)); err != nil {
				t.Fatal(err)
			}
			if ended(t, c.Check(), tc.refused) {
				return
			}
			if c.WS.StallAfter != tc.want {
				t.Errorf("ws.stall_after %s, want %s", c.WS.StallAfter, tc.want)
			}
		})
	}
}
