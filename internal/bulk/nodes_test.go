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
// URL (and not the password a URL may carry), and the count says the batches go to the
// sender's node and the live one, 2 of 3.
func TestDialNodesDeadNode(t *testing.T) {
	own, live, dead := liveNode(t), liveNode(t), deadURL(t)
	for _, tc := range []struct {
		name, url, logged string
	}{
		{"dead", "http://" + dead, "http://" + dead},
		{"dead with a password", "http://staff:s3cret@" + dead + "/rpc", "http://" + dead + "/rpc"},
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
				t.Errorf("the warning shows the URL's password: %s", logs.String())
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
