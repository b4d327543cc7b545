package fanout

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/fanout/fanouttest"
	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// sends records the transactions a node was handed; err is what it answers.
type sends struct {
	txmgr.Backend
	mu  sync.Mutex
	got []*types.Transaction
	err error
}

func (s *sends) SendTransaction(_ context.Context, tx *types.Transaction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.got = append(s.got, tx)
	return s.err
}

func (s *sends) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.got)
}

// eventually fails t unless cond holds within 5 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal(what)
		}
	}
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// TestBackend: a transaction the node took goes to the further nodes too, whatever they
// answer; one the node refused goes nowhere else, and the refusal is the sender's.
func TestBackend(t *testing.T) {
	tx := types.NewTx(&types.LegacyTx{Nonce: 1})
	t.Run("taken", func(t *testing.T) {
		node, other, away := &sends{}, &sends{}, &sends{err: errors.New("connection refused")}
		f := New(node, []ethereum.TransactionSender{other, away}, quiet())
		if err := f.SendTransaction(context.Background(), tx); err != nil {
			t.Fatalf("a further node's failure failed the send: %v", err)
		}
		eventually(t, "the further nodes were not handed the transaction", func() bool { return other.count() == 1 && away.count() == 1 })
		if node.count() != 1 {
			t.Errorf("the node was handed %d transactions, want 1", node.count())
		}
	})
	t.Run("refused", func(t *testing.T) {
		refusal := errors.New("nonce too low")
		node, other := &sends{err: refusal}, &sends{}
		f := New(node, []ethereum.TransactionSender{other}, quiet())
		if err := f.SendTransaction(context.Background(), tx); !errors.Is(err, refusal) {
			t.Fatalf("err %v, want the node's refusal", err)
		}
		time.Sleep(10 * time.Millisecond)
		if other.count() != 0 {
			t.Error("a refused transaction went to a further node")
		}
	})
	t.Run("none further", func(t *testing.T) {
		node := &sends{}
		if f := New(node, nil, nil); f != txmgr.Backend(node) {
			t.Errorf("with no further node the backend is %T, want the node itself", f)
		}
	})
}

// TestDial: the further nodes are dialled over JSON-RPC, the sender's own node and
// repeats left out, one that cannot be dialled named; a dialled node is handed the
// transaction, and its refusal does not fail the send.
func TestDial(t *testing.T) {
	further := fanouttest.Start(t)
	const primary = "http://127.0.0.1:1/primary"
	nodes, closeAll, err := Dial(context.Background(), []string{primary, further.URL, "", further.URL, "ws://127.0.0.1:1"}, primary)
	t.Cleanup(closeAll)
	if err == nil || !strings.Contains(err.Error(), "ws://127.0.0.1:1") {
		t.Errorf("dial error %v, want the node that cannot be dialled named", err)
	}
	if len(nodes) != 1 {
		t.Fatalf("%d further nodes dialled, want 1 (the sender's own and a repeat left out)", len(nodes))
	}
	tx := types.NewTx(&types.LegacyTx{Nonce: 7, Gas: 21000})
	if err := New(&sends{}, nodes, quiet()).SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the further node was not handed the transaction", func() bool { return len(further.Sent()) == 1 })
	if got := further.Sent()[0].Hash(); got != tx.Hash() {
		t.Errorf("further node got %s, want %s", got, tx.Hash())
	}
}
