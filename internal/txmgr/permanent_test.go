package txmgr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// refusing is a node that refuses every transaction carrying bad as data with msg, as geth
// refuses a transaction it can never accept.
type refusing struct {
	Backend
	bad []byte
	msg string
}

func (r *refusing) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if bytes.Equal(tx.Data(), r.bad) {
		return errors.New(r.msg)
	}
	return r.Backend.SendTransaction(ctx, tx)
}

// TestPermanentErrorEndsTheJobAndTheKeyGoesOn: for each of geth's permanent refusals, the
// refused job ends with its code while the jobs around it in the key's window (nonces
// before and after) confirm; the nonce it leaves empty is filled or reused.
func TestPermanentErrorEndsTheJobAndTheKeyGoesOn(t *testing.T) {
	tests := []struct {
		msg  string
		code string
		last bool // the refused job is the window's last: its nonce is simply reused
	}{
		{"oversized data", CodeOversized, false},
		{"intrinsic gas too low: have 21000, want 25000", CodeIntrinsicGas, false},
		{"exceeds block gas limit", CodeGasCap, true},
		{"tx fee (1.20 ether) exceeds the configured cap (1.00 ether)", CodeFeeCap, false},
		{"invalid sender", CodeInvalidSender, false},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			w := newWorld(t, 1)
			key := crypto.PubkeyToAddress(w.chain.Keys[1].PublicKey)
			nonce0, _ := w.chain.Client().NonceAt(context.Background(), key, nil)
			bad := w.credit(99, 99)
			m, _ := w.startWith(Config{}, &refusing{Backend: w.chain.Client(), bad: bad, msg: tc.msg}, w.chain.Keys[1:])
			var ids []string
			for i := 0; i < 5; i++ {
				if i == 2 && !tc.last || i == 4 && tc.last {
					m.Submit(w.contract, bad, "bad")
				}
				id := fmt.Sprint("good-", i)
				m.Submit(w.contract, w.credit(i, uint64(i)), id)
				ids = append(ids, id)
			}
			for _, j := range wait(t, m, ids...) {
				if j.State != Confirmed {
					t.Fatalf("job %s: %s %s; the key must go on", j.ID, j.State, j.Err)
				}
			}
			j := wait(t, m, "bad")[0]
			if j.State != Failed || j.Code != tc.code || !strings.Contains(j.Err, strings.Split(tc.msg, ":")[0]) {
				t.Fatalf("refused job: %s code %q err %q; want failed with %q", j.State, j.Code, j.Err, tc.code)
			}
			if s := w.supply(); s != 50 {
				t.Fatalf("supply %d, want 50", s)
			}
			n, _ := w.chain.Client().NonceAt(context.Background(), key, nil)
			if want := nonce0 + 5; n != want && n != want+1 {
				t.Fatalf("key nonce %d, want %d (+1 for a filler)", n, want)
			}
			if m.QueueDepth() != 0 {
				t.Fatalf("queue depth %d: something stays open", m.QueueDepth())
			}
		})
	}
}

// TestOversizedJobEndsBeforeANonce: a job over geth's 128 KiB limit is refused before it
// takes a nonce, with CodeOversized, which its owner may split.
func TestOversizedJobEndsBeforeANonce(t *testing.T) {
	w := newWorld(t, 1)
	m, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	big := append(w.credit(1, 1), make([]byte, MaxTxSize)...)
	m.Send(Request{ID: "huge", To: w.contract, Data: big, Gas: 5_000_000})
	m.Submit(w.contract, w.credit(2, 2), "next")
	j := wait(t, m, "huge")[0]
	if j.State != Failed || j.Code != CodeOversized || !Splittable(j.Code) || len(j.Attempts) != 0 {
		t.Fatalf("oversized job: %s %q %q with %d attempts", j.State, j.Code, j.Err, len(j.Attempts))
	}
	if j := wait(t, m, "next")[0]; j.State != Confirmed {
		t.Fatalf("next job: %s %s", j.State, j.Err)
	}
}

// TestGasAboveBlockLimitEndsBeforeANonce: gas over the block gas limit ends the job.
func TestGasAboveBlockLimitEndsBeforeANonce(t *testing.T) {
	w := newWorld(t, 1)
	m, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	m.Send(Request{ID: "heavy", To: w.contract, Data: w.credit(1, 1), Gas: 1 << 40})
	if j := wait(t, m, "heavy")[0]; j.State != Failed || j.Code != CodeGasCap {
		t.Fatalf("job: %s %q %q", j.State, j.Code, j.Err)
	}
}

// TestFeeBumpsStopAtTheCap: a job whose transactions never get mined keeps a bounded
// history of attempts, none above the fee cap.
func TestFeeBumpsStopAtTheCap(t *testing.T) {
	w := newWorld(t, 1)
	d := &dropping{Backend: w.chain.Client()}
	m, _ := w.startWith(Config{ResubmitAfter: 20 * time.Millisecond, MaxAttempts: 4}, d, w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 1), "job")
	time.Sleep(600 * time.Millisecond)
	j, _ := m.Get("job")
	if len(j.Attempts) != 4 {
		t.Fatalf("%d attempts, want the cap of 4", len(j.Attempts))
	}
	d.mu.Lock()
	sent := d.sent
	d.mu.Unlock()
	if sent < 8 {
		t.Fatalf("%d broadcasts: at the cap the last attempt is still broadcast again", sent)
	}
	limit := (&Config{MaxFeeCapGwei: DefaultMaxFeeCapGwei}).maxFeeCap()
	for _, a := range j.Attempts {
		if a.FeeCap.Cmp(limit) > 0 {
			t.Fatalf("fee cap %s above the cap %s", a.FeeCap, limit)
		}
	}
}

// unsureReceipts fails every receipt lookup, as a node still indexing does.
type unsureReceipts struct {
	Backend
	fail atomic.Bool
}

func (u *unsureReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if u.fail.Load() {
		return nil, errors.New("transaction indexing is in progress")
	}
	return u.Backend.TransactionReceipt(ctx, h)
}

// TestReceiptErrorIsNotNotMined: while receipts cannot be read, a job whose nonce the chain
// has passed is never sent again under a new nonce; once they can, it confirms, once.
func TestReceiptErrorIsNotNotMined(t *testing.T) {
	w := newWorld(t, 1)
	u := &unsureReceipts{Backend: w.chain.Client()}
	u.fail.Store(true)
	m, _ := w.startWith(Config{ResubmitAfter: 20 * time.Millisecond}, u, w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 1), "job")
	key := crypto.PubkeyToAddress(w.chain.Keys[1].PublicKey)
	deadline := time.Now().Add(5 * time.Second)
	for {
		if n, _ := w.chain.Client().NonceAt(context.Background(), key, nil); n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("job never mined")
		}
		time.Sleep(5 * time.Millisecond)
	}
	w.chain.AdjustTime(time.Second) // blocks on top: the nonce is at depth
	w.chain.AdjustTime(time.Second)
	time.Sleep(300 * time.Millisecond)
	if j, _ := m.Get("job"); j.State != Sent || j.Nonce != 0 {
		t.Fatalf("job %s nonce %d while receipts are unreadable; want still sent under nonce 0", j.State, j.Nonce)
	}
	u.fail.Store(false)
	if j := wait(t, m, "job")[0]; j.State != Confirmed {
		t.Fatalf("job: %s %s", j.State, j.Err)
	}
	if s := w.supply(); s != 10 {
		t.Fatalf("supply %d, want 10 (credited once)", s)
	}
}

// TestAnotherSenderUsesTheKey: someone else sends from the key; the manager resynchronises
// its nonce from the node and its jobs confirm, each once.
func TestAnotherSenderUsesTheKey(t *testing.T) {
	w := newWorld(t, 1)
	m, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 1), "a")
	wait(t, m, "a")
	// Another sender takes the key's next nonces.
	key := w.chain.Keys[1]
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chainID, _ := w.chain.Client().ChainID(context.Background())
	for i := 0; i < 3; i++ {
		n, _ := w.chain.Client().PendingNonceAt(context.Background(), addr)
		tx, _ := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: n, Gas: 21000, GasFeeCap: big.NewInt(100e9), GasTipCap: big.NewInt(1e9), To: &addr}),
			types.LatestSignerForChainID(chainID), key)
		if err := w.chain.Client().SendTransaction(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
	}
	for i := 2; i < 6; i++ {
		m.Submit(w.contract, w.credit(i, uint64(i)), fmt.Sprint(i))
	}
	for _, j := range wait(t, m, "2", "3", "4", "5") {
		if j.State != Confirmed {
			t.Fatalf("job %s: %s %s", j.ID, j.State, j.Err)
		}
	}
	if s := w.supply(); s != 50 {
		t.Fatalf("supply %d, want 50", s)
	}
}
