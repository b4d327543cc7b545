package bulk

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// sends records the transactions a node was handed; err is what it answers.
type sends struct {
	Backend
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

// TestFanout: a transaction the node took goes to the further nodes too, whatever they
// answer; one the node refused goes nowhere else, and the refusal is the manager's.
func TestFanout(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	tx := types.NewTx(&types.LegacyTx{Nonce: 1})
	t.Run("taken", func(t *testing.T) {
		node, other, away := &sends{}, &sends{}, &sends{err: errors.New("connection refused")}
		f := &fanout{Backend: node, also: []ethereum.TransactionSender{other, away}, log: log}
		if err := f.SendTransaction(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(5 * time.Second); other.count() == 0 || away.count() == 0; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("the further nodes were not handed the transaction")
			}
		}
	})
	t.Run("refused", func(t *testing.T) {
		refusal := errors.New("nonce too low")
		node, other := &sends{err: refusal}, &sends{}
		f := &fanout{Backend: node, also: []ethereum.TransactionSender{other}, log: log}
		if err := f.SendTransaction(context.Background(), tx); !errors.Is(err, refusal) {
			t.Fatalf("err %v, want the node's refusal", err)
		}
		time.Sleep(10 * time.Millisecond)
		if other.count() != 0 {
			t.Error("a refused transaction went to a further node")
		}
	})
}
