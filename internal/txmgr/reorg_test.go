package txmgr

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/internal/journal"
)

// forkable is a simulated chain sealed only when the test says so, and a manager with one
// key following it at a depth of two blocks through its view, with the updates it gave.
type forkable struct {
	t   *testing.T
	sim *simulated.Backend
	key *ecdsa.PrivateKey
	m   *Manager

	mu      sync.Mutex
	updates []Job
}

func newForkable(t *testing.T) *forkable {
	t.Helper()
	key, _ := crypto.GenerateKey()
	sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(1e18)}})
	t.Cleanup(func() { sim.Close() })
	f := &forkable{t: t, sim: sim, key: key}
	j, err := journal.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	cfg := Config{Confirmations: 2, PollInterval: 5 * time.Millisecond, ResubmitAfter: time.Minute}
	if f.m, err = New(cfg, sim.Client(), j, []*ecdsa.PrivateKey{key}, Metrics{}, nil); err != nil {
		t.Fatal(err)
	}
	f.m.OnUpdate = func(j Job) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.updates = append(f.updates, j)
	}
	if err := f.m.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.m.Stop(context.Background()) })
	return f
}

// eventually waits for cond, failing with what after a few seconds.
func (f *forkable) eventually(what string, cond func() bool) {
	f.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			f.t.Fatalf("never: %s", what)
		}
	}
}

func (f *forkable) pending() uint {
	n, _ := f.sim.Client().PendingTransactionCount(context.Background())
	return n
}

// seal seals a block and waits until the manager's view and the key's worker have seen it.
func (f *forkable) seal() *types.Header {
	f.t.Helper()
	hash := f.sim.Commit()
	f.eventually("the view reaches the new head", func() bool { h := f.m.view.Head(); return h != nil && h.Hash() == hash })
	time.Sleep(20 * time.Millisecond) // a few of the worker's polls
	h, _ := f.sim.Client().HeaderByHash(context.Background(), hash)
	return h
}

func (f *forkable) job(id string) Job {
	j, err := f.m.Get(id)
	if err != nil {
		f.t.Fatal(err)
	}
	return j
}

// TestReorganisedReceiptIsFollowedAgain: a job's transaction is seen mined at one height,
// the chain reorganises, and the transaction ends at another height (the new branch holds
// it lower), or nowhere (then the same signed transaction is sent again and mined higher).
// Either way the job is followed again from the new receipt, confirmed once, at the new
// block, and the transaction executes once.
func TestReorganisedReceiptIsFollowedAgain(t *testing.T) {
	for _, tc := range []struct {
		name string
		// lost: no pool holds the reorganised-out transaction, so the new branch does
		// not; else the new branch's first block does.
		lost      bool
		wantBlock uint64
	}{
		{name: "held lower by the new branch", wantBlock: 3},
		{name: "gone, sent again, mined higher", lost: true, wantBlock: 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newForkable(t)
			for i := 0; i < 3; i++ {
				f.seal() // blocks 1 to 3
			}
			fork, _ := f.sim.Client().HeaderByNumber(context.Background(), big.NewInt(2))
			if _, _, err := f.m.Send(Request{ID: "job", To: common.HexToAddress("0x5409"), Gas: 21_000}); err != nil {
				t.Fatal(err)
			}
			f.eventually("the job's transaction in the pool", func() bool { return f.pending() == 1 })
			f.seal() // block 4 holds it
			first := f.job("job")
			if first.State != Mined || first.Block != 4 {
				t.Fatalf("before the reorganisation: %s at block %d, want mined at 4", first.State, first.Block)
			}

			// The chain goes back to block 2. go-ethereum's pool does not take back the
			// transactions of blocks SetHead deleted; on a real network the other
			// signers' pools hold them.
			if err := f.sim.Fork(fork.Hash()); err != nil {
				t.Fatal(err)
			}
			if !tc.lost {
				var tx types.Transaction
				if err := tx.UnmarshalBinary(first.Attempts[0].Raw); err != nil {
					t.Fatal(err)
				}
				// Taken once the pool has caught up with the new head (a goroutine).
				f.eventually("the pool takes the transaction again", func() bool {
					return f.sim.Client().SendTransaction(context.Background(), &tx) == nil
				})
			}
			for f.job("job").State != Confirmed {
				if h := f.seal(); h.Number.Uint64() > 12 {
					t.Fatalf("not confirmed at block %d: %+v", h.Number, f.job("job"))
				}
			}

			j := f.job("job")
			if j.Block != tc.wantBlock || j.BlockHash == first.BlockHash || j.Reorgs != 1 || j.TxHash != first.TxHash {
				t.Errorf("confirmed at block %d (%s) after %d reorganisations, tx %s; want block %d, one reorganisation, tx %s",
					j.Block, j.BlockHash, j.Reorgs, j.TxHash, tc.wantBlock, first.TxHash)
			}
			// The view holds the receipt of the new branch: no worker asks the node for it.
			if r := f.m.view.receipt(first.TxHash); r == nil || r.BlockHash != j.BlockHash {
				t.Errorf("the view's receipt of the transaction: %+v; want the one in block %d", r, j.Block)
			}
			if canon, _ := f.sim.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(j.Block)); canon.Hash() != j.BlockHash {
				t.Errorf("confirmed in block %s, not the chain's %s", j.BlockHash, canon.Hash())
			}
			f.mu.Lock()
			confirmed := 0
			for _, u := range f.updates {
				if u.State == Confirmed {
					confirmed++
				}
			}
			f.mu.Unlock()
			if confirmed != 1 {
				t.Errorf("%d confirmed updates, want one", confirmed)
			}
			if n, _ := f.sim.Client().NonceAt(context.Background(), crypto.PubkeyToAddress(f.key.PublicKey), nil); n != 1 {
				t.Errorf("the key's nonce is %d: its transaction executed %d times", n, n)
			}
		})
	}
}

// flicker is a node whose answers about one transaction can be made to lie, as reads of a
// reorganising chain disagree from call to call: while hide is set, the transaction is
// unknown (no receipt, not in the pool, not in its block's receipts) and the key's nonce
// at any block is one past the transaction's.
type flicker struct {
	simulated.Client
	hide atomic.Bool
	mu   sync.Mutex
	tx   common.Hash
}

func (f *flicker) hidden(h common.Hash) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hide.Load() && h == f.tx
}

func (f *flicker) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.hidden(h) {
		return nil, ethereum.NotFound
	}
	return f.Client.TransactionReceipt(ctx, h)
}

func (f *flicker) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	if f.hidden(h) {
		return nil, false, ethereum.NotFound
	}
	return f.Client.TransactionByHash(ctx, h)
}

func (f *flicker) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	if f.hide.Load() {
		return 1, nil
	}
	return f.Client.NonceAt(ctx, a, n)
}

func (f *flicker) BlockReceipts(ctx context.Context, b rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	rs, err := f.Client.(blockReceipter).BlockReceipts(ctx, b)
	out := rs[:0]
	for _, r := range rs {
		if !f.hidden(r.TxHash) {
			out = append(out, r)
		}
	}
	return out, err
}

// TestFlickeringChainDoesNotResend: a job's transaction is mined, but for a while every
// read says it is unknown and its nonce used by another transaction (a chain reorganising
// between reads). Before resendDepth blocks of that the job is not sent again under a new
// nonce (its work would run twice); once the reads agree again it confirms with its one
// transaction. A verdict that lasts resendDepth blocks still sends it again (a hot key used
// by hand).
func TestFlickeringChainDoesNotResend(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks int // blocks sealed while the reads lie
		resent bool
	}{
		{name: "a few blocks", blocks: resendDepth - 2},
		{name: "longer than resendDepth", blocks: resendDepth + 3, resent: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key, _ := crypto.GenerateKey()
			sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(1e18)}})
			t.Cleanup(func() { sim.Close() })
			node := &flicker{Client: sim.Client()}
			j, err := journal.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { j.Close() })
			f := &forkable{t: t, sim: sim, key: key}
			cfg := Config{Confirmations: 1, PollInterval: 5 * time.Millisecond, ResubmitAfter: time.Minute}
			if f.m, err = New(cfg, node, j, []*ecdsa.PrivateKey{key}, Metrics{}, nil); err != nil {
				t.Fatal(err)
			}
			if !f.m.view.enabled() {
				t.Fatal("the view is off")
			}
			if err := f.m.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.m.Stop(context.Background()) })
			f.seal()
			if _, _, err := f.m.Send(Request{ID: "job", To: common.HexToAddress("0x5409"), Gas: 21_000}); err != nil {
				t.Fatal(err)
			}
			f.eventually("the job's transaction in the pool", func() bool { return f.pending() == 1 })
			first := f.job("job")
			node.mu.Lock()
			node.tx = first.Attempts[0].Hash
			node.mu.Unlock()
			node.hide.Store(true)
			for i := 0; i < tc.blocks; i++ {
				f.seal()
			}
			node.hide.Store(false)
			for f.job("job").State != Confirmed {
				if h := f.seal(); h.Number.Uint64() > uint64(tc.blocks)+10 {
					t.Fatalf("not confirmed at block %d: %+v", h.Number, f.job("job"))
				}
			}
			got := f.job("job")
			n, _ := sim.Client().NonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey), nil)
			switch {
			case !tc.resent && (got.TxHash != first.Attempts[0].Hash || n != 1):
				t.Errorf("confirmed by %s with the key's nonce at %d; want its first transaction %s, sent once", got.TxHash, n, first.Attempts[0].Hash)
			case tc.resent && (got.TxHash == first.Attempts[0].Hash || n != 2):
				t.Errorf("confirmed by %s with the key's nonce at %d; want it sent again under nonce 1", got.TxHash, n)
			case tc.resent && (len(got.Resent) != 1 || got.Resent[0] != first.Attempts[0].Hash):
				t.Errorf("the job sent again names its earlier transactions %v; want %s", got.Resent, first.Attempts[0].Hash)
			case !tc.resent && len(got.Resent) != 0:
				t.Errorf("the job never sent again names earlier transactions %v", got.Resent)
			}
		})
	}
}
