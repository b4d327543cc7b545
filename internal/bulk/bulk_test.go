package bulk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

func TestCut(t *testing.T) {
	fixed := func(per, head int) func(lo, hi int) (int, error) {
		return func(lo, hi int) (int, error) { return head + per*(hi-lo), nil }
	}
	for _, tc := range []struct {
		name                 string
		n, maxRecords, bytes int
		size                 func(lo, hi int) (int, error)
		want                 int // batches
	}{
		{"gas bound", 1000, 300, 1 << 20, fixed(96, 68), 4},
		{"bytes bound", 1000, 1000, 96*250 + 68, fixed(96, 68), 4},
		{"both: bytes tighter", 10_000, 3000, DefaultMaxBytes, fixed(96, 68), 10_000/((DefaultMaxBytes-68)/96) + 1},
		{"varying sizes", 100, 100, 2000, func(lo, hi int) (int, error) {
			s := 0
			for i := lo; i < hi; i++ {
				s += 10 + i*3
			}
			return s, nil
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cuts, err := Cut(tc.n, tc.maxRecords, tc.bytes, tc.size)
			if err != nil {
				t.Fatal(err)
			}
			next := 0
			for _, c := range cuts {
				if c[0] != next || c[1] <= c[0] {
					t.Fatalf("batches %v are not consecutive", cuts)
				}
				next = c[1]
				if c[1]-c[0] > tc.maxRecords {
					t.Errorf("batch %v over %d records", c, tc.maxRecords)
				}
				if s, _ := tc.size(c[0], c[1]); s > tc.bytes {
					t.Errorf("batch %v is %d bytes, over %d", c, s, tc.bytes)
				}
			}
			if next != tc.n {
				t.Fatalf("batches end at %d, want %d", next, tc.n)
			}
			if tc.want > 0 && len(cuts) != tc.want {
				t.Errorf("%d batches, want %d", len(cuts), tc.want)
			}
		})
	}
}

// TestFill: batches sized so whole batches fill the block, the last one's gas limit in
// what the others leave.
func TestFill(t *testing.T) {
	credit := func(n int) uint64 { return 50_000 + uint64(n)*32_725 }
	margin := func(n int) uint64 { return credit(n) * 104 / 100 }
	for _, tc := range []struct {
		name             string
		share            float64
		maxRecords       int
		used, limit      func(int) uint64
		wantN, wantBlock int
	}{
		// Two batches of 1,489 credits: 97.5M gas used of 100M.
		{"credits", 0, 10_000, credit, margin, 1489, 2},
		// The calldata bound on the devnet (1,279 credits) would leave two batches a
		// block 84% full: three smaller ones fill it (97.9M), where 0.32 of the block
		// made three of 905 (88.9M).
		{"credits under the bytes bound", 0, 1279, credit, margin, 997, 3},
		{"share bound", 0.05, 10_000, credit, margin, 142, 21},
		// 30 batches of 99 carry more than 29 of 100.
		{"small cap", 0, 100, credit, margin, 99, 30},
		{"a record over the block", 0, 10, func(int) uint64 { return 200_000_000 }, func(int) uint64 { return 200_000_000 }, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, k := Fill(100_000_000, tc.share, tc.maxRecords, tc.used, tc.limit)
			if n != tc.wantN || k != tc.wantBlock {
				t.Errorf("Fill = %d records × %d a block, want %d × %d", n, k, tc.wantN, tc.wantBlock)
			}
			if k > 1 && uint64(k-1)*tc.used(n)+tc.limit(n) > 100_000_000 {
				t.Errorf("%d batches of %d do not fit the block", k, n)
			}
		})
	}
}

// world is a simulated chain with S-Coin, program 1 (issuer: the sender's key) and a
// registered merchant.
type world struct {
	t        *testing.T
	chain    *simchain.Chain
	admin    *txsend.Sender
	contract common.Address
	abi      *abi.ABI
	merchant common.Address
}

func newWorld(t *testing.T, budget int64) *world {
	t.Helper()
	chain := simchain.New(t, 3)
	tick(t, chain)
	abis, _ := deploy.ABIs()
	s, err := txsend.New(context.Background(), chain.Client(), chain.Keys[0], nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	s.SetPollInterval(2 * time.Millisecond)
	addrs, _, err := deploy.Deploy(context.Background(), s, []string{deploy.SCoin}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := scoin.SCoinMetaData.GetAbi()
	w := &world{t: t, chain: chain, admin: s, contract: addrs[deploy.SCoin], abi: a, merchant: common.HexToAddress("0x5409")}
	w.send("addProgram", "eco", big.NewInt(budget), []common.Address{crypto.PubkeyToAddress(chain.Keys[1].PublicKey)})
	w.send("addMerchant", w.merchant, "shop")
	return w
}

// tick sends a transfer every few milliseconds from the chain's third key: the simulated
// chain seals only when something is pending, and a batch is confirmed one block later.
func tick(t *testing.T, chain *simchain.Chain) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	t.Cleanup(func() { cancel(); <-done })
	go func() {
		defer close(done)
		key := chain.Keys[2]
		to := crypto.PubkeyToAddress(key.PublicKey)
		ec := chain.Client()
		id, _ := ec.ChainID(ctx)
		signer := types.LatestSignerForChainID(id)
		for nonce := uint64(0); ctx.Err() == nil; nonce++ {
			tx, _ := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: id, Nonce: nonce, To: &to, Gas: 21000, GasFeeCap: big.NewInt(1e11), GasTipCap: big.NewInt(1e9)})
			ec.SendTransaction(ctx, tx)
			time.Sleep(20 * time.Millisecond)
		}
	}()
}

func (w *world) send(method string, args ...any) {
	w.t.Helper()
	data, err := w.abi.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.admin.Send(context.Background(), txsend.Candidate{To: &w.contract, Data: data}); err != nil {
		w.t.Fatalf("%s: %v", method, err)
	}
}

func (w *world) issuer() common.Address { return crypto.PubkeyToAddress(w.chain.Keys[1].PublicKey) }

// credits are n credits of 10 to new citizens, records from first.
func credits(n int, first uint64) []scoin.SCoinCredit {
	out := make([]scoin.SCoinCredit, n)
	for i := range out {
		out[i] = scoin.SCoinCredit{Citizen: common.BigToAddress(big.NewInt(int64(first) + int64(i) + 1<<20)), Amount: big.NewInt(10), RecordId: first + uint64(i)}
	}
	return out
}

func (w *world) work(recs []scoin.SCoinCredit) Work[scoin.SCoinCredit] {
	f, _ := scoin.NewSCoinFilterer(common.Address{}, nil)
	return Work[scoin.SCoinCredit]{
		Name: "credits", To: w.contract, Records: recs,
		ID:   func(c scoin.SCoinCredit) string { return strconv.FormatUint(c.RecordId, 10) },
		Pack: func(cs []scoin.SCoinCredit) ([]byte, error) { return w.abi.Pack("creditBatch", uint32(1), cs) },
		Skipped: func(logs []*types.Log, key common.Address) map[string]bool {
			out := map[string]bool{}
			for _, l := range logs {
				if ev, err := f.ParseCreditSkipped(*l); err == nil && ev.Issuer == key {
					out[strconv.FormatUint(ev.RecordId, 10)] = true
				}
			}
			return out
		},
	}
}

func (w *world) config(dir string, p Progress) Config {
	abis, _ := deploy.ABIs()
	return Config{Dir: dir, Keys: w.chain.Keys[1:], Pin: w.issuer(), GasShare: 0.05, InFlight: 4,
		PollInterval: 5 * time.Millisecond, Progress: p, ABIs: abis, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// creditedOnce checks that each record was credited by exactly one Credited event.
func (w *world) creditedOnce(recs []scoin.SCoinCredit) {
	w.t.Helper()
	f, _ := scoin.NewSCoinFilterer(w.contract, w.chain.Client())
	it, err := f.FilterCredited(&bind.FilterOpts{}, nil, nil, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	seen := map[uint64]int{}
	for it.Next() {
		seen[it.Event.RecordId]++
	}
	for _, c := range recs {
		if seen[c.RecordId] != 1 {
			w.t.Errorf("record %d credited %d times, want once", c.RecordId, seen[c.RecordId])
		}
	}
}

// cancelAfter cancels a run once n records ended.
type cancelAfter struct {
	n, done int
	cancel  context.CancelFunc
}

func (c *cancelAfter) Start(string, int) {}
func (c *cancelAfter) Finish()           {}
func (c *cancelAfter) Add(n int) {
	if c.done += n; c.done >= c.n {
		c.cancel()
	}
}

func TestSendResumesAfterCancel(t *testing.T) {
	w := newWorld(t, 1e9)
	recs := credits(1200, 1)
	dir := filepath.Join(t.TempDir(), "progress")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, err := Send(ctx, w.chain.Client(), w.config(dir, &cancelAfter{n: 1, cancel: cancel}), w.work(recs))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("first run: err %v, want canceled", err)
	}
	if res.Sent == 0 || res.Sent >= len(recs) {
		t.Fatalf("first run sent %d of %d: want an interruption mid-way", res.Sent, len(recs))
	}
	res2, err := Send(context.Background(), w.chain.Client(), w.config(dir, nil), w.work(recs))
	if err != nil {
		t.Fatal(err)
	}
	if len(res2.Failed) != 0 {
		t.Fatalf("second run failed: %v", res2.Failed)
	}
	// The second run counts only what it did itself and what earlier batches confirmed
	// while it followed them; nothing went twice on chain.
	if res2.Skipped != 0 {
		t.Errorf("second run: %d records skipped by the contract: the progress directory should have kept them out", res2.Skipped)
	}
	w.creditedOnce(recs)
	// A third run with the directory gone: the contract skips every record.
	res3, err := Send(context.Background(), w.chain.Client(), w.config(dir, nil), w.work(recs[:50]))
	if err != nil || res3.Skipped != 50 || res3.Sent != 0 {
		t.Fatalf("third run: %+v, %v: want all 50 skipped", res3, err)
	}
}

func TestSendFailingRecords(t *testing.T) {
	for _, tc := range []struct {
		name     string
		budget   int64
		recs     func(w *world) []scoin.SCoinCredit
		failed   int
		reason   string
		credited int
	}{
		{"credit to a merchant", 1e9, func(w *world) []scoin.SCoinCredit {
			rs := credits(400, 1)
			rs[123].Citizen = w.merchant
			return rs
		}, 1, "SCoinCreditToMerchant", 399},
		{"budget exhausted mid-way", 3000, func(*world) []scoin.SCoinCredit { return credits(400, 1) }, 100, "SCoinBudgetExceeded", 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, tc.budget)
			recs := tc.recs(w)
			res, err := Send(context.Background(), w.chain.Client(), w.config(filepath.Join(t.TempDir(), "p"), nil), w.work(recs))
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Failed) != tc.failed || res.Sent != tc.credited {
				t.Fatalf("sent %d, failed %d (%v); want %d and %d", res.Sent, len(res.Failed), res.Failed[:min(3, len(res.Failed))], tc.credited, tc.failed)
			}
			for _, f := range res.Failed {
				if !strings.Contains(f.Reason, tc.reason) {
					t.Errorf("record %s failed with %q, want %s", f.ID, f.Reason, tc.reason)
				}
			}
			if tc.failed == 1 && res.Failed[0].ID != fmt.Sprint(recs[123].RecordId) {
				t.Errorf("failed record %s, want %d", res.Failed[0].ID, recs[123].RecordId)
			}
			// Gas used, read from headers where a block holds only the run's batches and
			// from receipts where it holds others' transactions too, is the receipts' sum.
			var gas uint64
			for _, tx := range res.Txs {
				rc, err := w.chain.Client().TransactionReceipt(context.Background(), tx)
				if err != nil {
					t.Fatal(err)
				}
				gas += rc.GasUsed
			}
			if res.GasUsed != gas {
				t.Errorf("gas used %d, the receipts say %d", res.GasUsed, gas)
			}
			if !strings.Contains(res.Summary("credit", "credits"), tc.reason) {
				t.Errorf("summary lacks the reason:\n%s", res.Summary("credit", "credits"))
			}
		})
	}
}
