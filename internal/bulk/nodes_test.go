package bulk

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// chainID answers eth_chainId, all a further node is asked before it is used.
type chainID struct{}

func (chainID) ChainId() hexutil.Uint64 { return 1337 }

// liveNode is a JSON-RPC server on loopback answering eth_chainId.
func liveNode(t *testing.T) string {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", chainID{}); err != nil {
		t.Fatal(err)
	}
	h := httptest.NewServer(srv)
	t.Cleanup(func() { h.Close(); srv.Stop() })
	return h.URL
}

// deadURL is a loopback address nothing listens on.
func deadURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// TestDialNodesDeadNode: a node that does not answer is left out with a warning naming its
// URL's scheme and host (not the password, path key or query token a URL may carry, in the
// URL or in the error), and the count says the batches go to the
// sender's node and the live one, 2 of 3.
func TestDialNodesDeadNode(t *testing.T) {
	own, live, dead := liveNode(t), liveNode(t), deadURL(t)
	for _, tc := range []struct {
		name, url, logged string
	}{
		{"dead", "http://" + dead, "http://" + dead},
		{"dead with a password", "http://staff:s3cret@" + dead + "/rpc", "http://" + dead},
		{"dead with a key in its path", "http://" + dead + "/v3/s3cret", "http://" + dead},
		{"dead with a token in its query", "http://" + dead + "/rpc?token=s3cret", "http://" + dead},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			nodes := DialNodes(context.Background(), []string{own, live, tc.url, live}, own, log)
			t.Cleanup(nodes.Close)
			if len(nodes.Also) != 1 {
				t.Fatalf("%d further nodes, want the live one", len(nodes.Also))
			}
			if got, want := nodes.Count().String(), "2 of 3 nodes (1 did not answer)"; got != want {
				t.Errorf("count %q, want %q", got, want)
			}
			if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "node="+tc.logged+" ") {
				t.Errorf("no warning naming %s: %s", tc.logged, logs.String())
			}
			if strings.Contains(logs.String(), "s3cret") {
				t.Errorf("the warning shows the URL's secret: %s", logs.String())
			}
			if got := strings.Join(nodes.Down, " "); got != tc.logged {
				t.Errorf("nodes left out %q, want %q", got, tc.logged)
			}
		})
	}
	t.Run("all answer", func(t *testing.T) {
		nodes := DialNodes(context.Background(), []string{own, live}, own, nil)
		t.Cleanup(nodes.Close)
		if got, want := nodes.Count().String(), "2 of 2 nodes"; got != want {
			t.Errorf("count %q, want %q", got, want)
		}
	})
}

// TestDialNodesSameNode: the sender's node named another way (localhost for 127.0.0.1, a
// trailing slash, upper case, the default port written out) is still the sender's node,
// and one further node named twice is dialled once: a three-node devnet is not "4 of 4".
func TestDialNodesSameNode(t *testing.T) {
	own, live := liveNode(t), liveNode(t)
	ownLocal := strings.Replace(own, "127.0.0.1", "localhost", 1)
	liveLocal := strings.Replace(live, "127.0.0.1", "LOCALHOST", 1) + "/"
	for _, tc := range []struct {
		name, skip string
		urls       []string
	}{
		{"sender as localhost", ownLocal, []string{own, live}},
		{"nodes as localhost", own, []string{ownLocal + "/", live, liveLocal}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nodes := DialNodes(context.Background(), tc.urls, tc.skip, nil)
			t.Cleanup(nodes.Close)
			if got, want := nodes.Count().String(), "2 of 2 nodes"; got != want {
				t.Errorf("count %q, want %q", got, want)
			}
		})
	}
}

// TestRedact: a URL keeps its scheme and host; an IPC path is kept whole.
func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"https://user:pw@mainnet.example.org/v3/KEY?token=T": "https://mainnet.example.org",
		"ws://127.0.0.1:8546/":                               "ws://127.0.0.1:8546",
		"/tmp/devnet/node1/geth.ipc":                         "/tmp/devnet/node1/geth.ipc",
		"http://%zz/v3/KEY":                                  "(a node URL that does not parse)",
	} {
		if got := redact(in); got != want {
			t.Errorf("redact(%q) = %q, want %q", in, got, want)
		}
	}
}
