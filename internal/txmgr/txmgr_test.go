package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// world: a simulated chain with S-Coin deployed, program 1 whose issuers are the
// manager's keys, and a journal directory.
type world struct {
	t        *testing.T
	chain    *simchain.Chain
	contract common.Address
	dir      string
}

func newWorld(t *testing.T, keys int, moreIssuers ...common.Address) *world {
	t.Helper()
	chain := simchain.New(t, keys+1)
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
	w := &world{t: t, chain: chain, contract: addrs[deploy.SCoin], dir: t.TempDir()}
	issuers := moreIssuers
	for _, k := range chain.Keys[1:] {
		issuers = append(issuers, crypto.PubkeyToAddress(k.PublicKey))
	}
	data := pack(t, "addProgram", "eco", big.NewInt(1e9), issuers)
	if _, err := s.Send(context.Background(), txsend.Candidate{To: &w.contract, Data: data}); err != nil {
		t.Fatal(err)
	}
	return w
}

func pack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	a, _ := scoin.SCoinMetaData.GetAbi()
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// start opens the journal and a manager over backend b with keys.
func (w *world) start(b Backend, keys []*ecdsa.PrivateKey) (*Manager, func()) {
	w.t.Helper()
	return w.startWith(Config{}, b, keys)
}

// startWith is start with cfg's non-zero settings over the tests' defaults.
func (w *world) startWith(cfg Config, b Backend, keys []*ecdsa.PrivateKey) (*Manager, func()) {
	w.t.Helper()
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 5 * time.Millisecond
	}
	if cfg.ResubmitAfter == 0 {
		cfg.ResubmitAfter = time.Second
	}
	if cfg.LowBalanceRetry == 0 {
		cfg.LowBalanceRetry = 50 * time.Millisecond
	}
	j, err := journal.Open(w.dir)
	if err != nil {
		w.t.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	m, err := New(cfg, b, j, keys, Metrics{}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	m.ABIs = abis
	if err := m.Start(context.Background()); err != nil {
		w.t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		if err := m.Stop(context.Background()); err != nil {
			w.t.Error(err)
		}
		j.Close()
	}
	w.t.Cleanup(stop)
	return m, stop
}

func (w *world) credit(citizen int, record uint64) []byte {
	return pack(w.t, "credit", uint32(1), common.BigToAddress(big.NewInt(int64(0xc000+citizen))), big.NewInt(10), record)
}

// wait waits until every job is final.
func wait(t *testing.T, m *Manager, ids ...string) []Job {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var out []Job
		done := true
		for _, id := range ids {
			j, err := m.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, j)
			done = done && (j.State == Confirmed || j.State == Failed)
		}
		if done {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("jobs not final: %+v", out)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (w *world) supply() int64 {
	w.t.Helper()
	sc, _ := scoin.NewSCoinCaller(w.contract, w.chain.Client())
	v, err := sc.TotalSupply(nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return v.Int64()
}

func TestJobsSentOnceFromSeveralKeys(t *testing.T) {
	w := newWorld(t, 3)
	m, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	var ids []string
	for i := 0; i < 12; i++ {
		id := fmt.Sprintf("credit-%d", i)
		if _, existed, err := m.Submit(w.contract, w.credit(i, uint64(i)), id); err != nil || existed {
			t.Fatalf("submit %s: existed %v, %v", id, existed, err)
		}
		ids = append(ids, id)
	}
	// A job submitted again under its ID is the same job.
	if j, existed, err := m.Submit(w.contract, w.credit(99, 99), "credit-3"); err != nil || !existed || j.ID != "credit-3" {
		t.Fatalf("resubmitted ID: existed %v, %v", existed, err)
	}
	jobs := wait(t, m, ids...)
	keys := map[common.Address]int{}
	for _, j := range jobs {
		if j.State != Confirmed {
			t.Fatalf("job %s: %s %s", j.ID, j.State, j.Err)
		}
		keys[j.Key]++
	}
	if len(keys) < 2 {
		t.Errorf("all jobs went through one key: %v", keys)
	}
	if s := w.supply(); s != 120 {
		t.Fatalf("supply %d, want 120 (12 credits of 10, none twice)", s)
	}
	if m.QueueDepth() != 0 {
		t.Fatalf("queue depth %d after everything confirmed", m.QueueDepth())
	}
}

// TestPinnedJobsGoThroughTheirKey: jobs pinned to one key are all sent by it, while the
// other keys stay free for unpinned work; a pin to a key the manager lacks is refused.
func TestPinnedJobsGoThroughTheirKey(t *testing.T) {
	w := newWorld(t, 3)
	m, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	pin := crypto.PubkeyToAddress(w.chain.Keys[2].PublicKey)
	var ids []string
	for i := 0; i < 8; i++ {
		id := fmt.Sprintf("pinned-%d", i)
		if _, _, err := m.SubmitPinned(w.contract, w.credit(i, uint64(i)), id, pin); err != nil {
			t.Fatalf("submit %s: %v", id, err)
		}
		ids = append(ids, id)
	}
	m.Submit(w.contract, w.credit(50, 50), "free")
	for _, j := range wait(t, m, ids...) {
		if j.State != Confirmed || j.Key != pin || j.Pin != pin {
			t.Fatalf("job %s: %s by %s (pinned to %s), want confirmed by %s", j.ID, j.State, j.Key, j.Pin, pin)
		}
	}
	if j := wait(t, m, "free")[0]; j.State != Confirmed {
		t.Fatalf("unpinned job: %s %s", j.State, j.Err)
	}
	stranger := common.HexToAddress("0x5157")
	if _, _, err := m.SubmitPinned(w.contract, w.credit(60, 60), "stranger", stranger); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("pin to a key not loaded: %v, want ErrUnknownKey", err)
	}
	if _, err := m.Get("stranger"); !errors.Is(err, ErrUnknownJob) {
		t.Fatalf("a refused pinned job was journaled: %v", err)
	}
}

func TestRevertingJobFailsWithItsReason(t *testing.T) {
	w := newWorld(t, 1)
	m, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 7), "a")
	wait(t, m, "a")
	m.Submit(w.contract, w.credit(2, 7), "b") // record 7 again
	j := wait(t, m, "b")[0]
	if j.State != Failed || !strings.Contains(j.Err, "SCoinRecordAlreadyCredited") || len(j.Attempts) != 0 {
		t.Fatalf("job = %s %q with %d attempts; want failed before sending with the custom error", j.State, j.Err, len(j.Attempts))
	}
}

func TestKeyShortOfBalanceIsSkipped(t *testing.T) {
	poor, _ := crypto.GenerateKey()
	w := newWorld(t, 1, crypto.PubkeyToAddress(poor.PublicKey))
	m, _ := w.start(w.chain.Client(), []*ecdsa.PrivateKey{poor, w.chain.Keys[1]})
	var ids []string
	for i := 0; i < 4; i++ {
		ids = append(ids, fmt.Sprint(i))
		m.Submit(w.contract, w.credit(i, uint64(i)), ids[i])
	}
	for _, j := range wait(t, m, ids...) {
		if j.State != Confirmed || j.Key != crypto.PubkeyToAddress(w.chain.Keys[1].PublicKey) {
			t.Fatalf("job %s: %s by %s", j.ID, j.State, j.Key)
		}
	}
	if low := m.LowKeys(); len(low) != 1 || low[0] != crypto.PubkeyToAddress(poor.PublicKey) {
		t.Fatalf("low keys %v, want the poor key", low)
	}
}

// dropping is a node that loses every broadcast: the manager journals and "sends", and
// the process dies before anything reaches the chain.
type dropping struct {
	Backend
	mu   sync.Mutex
	sent int
}

func (d *dropping) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	d.mu.Lock()
	d.sent++
	d.mu.Unlock()
	return errors.New("connection reset")
}

// TestRestartSendsTheJournaledTransaction: a crash between journaling a signed
// transaction and the node receiving it. After the restart the same transaction (same
// nonce, same hash) is sent: the job is done once, and no other transaction takes its place.
func TestRestartSendsTheJournaledTransaction(t *testing.T) {
	w := newWorld(t, 1)
	d := &dropping{Backend: w.chain.Client()}
	m, stop := w.start(d, w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 1), "job")
	deadline := time.Now().Add(5 * time.Second)
	for {
		j, _ := m.Get("job")
		if j.State == Sent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job never sent: %+v", j)
		}
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	before, _ := m.Get("job")

	m2, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	j := wait(t, m2, "job")[0]
	if j.State != Confirmed || j.TxHash != before.Attempts[0].Hash || j.Nonce != before.Nonce {
		t.Fatalf("after restart: %s tx %s nonce %d; want confirmed with the journaled tx %s nonce %d", j.State, j.TxHash, j.Nonce, before.Attempts[0].Hash, before.Nonce)
	}
	if s := w.supply(); s != 10 {
		t.Fatalf("supply %d, want 10", s)
	}
	n, _ := w.chain.Client().NonceAt(context.Background(), crypto.PubkeyToAddress(w.chain.Keys[1].PublicKey), nil)
	if n != before.Nonce+1 {
		t.Fatalf("key nonce %d, want %d: one transaction", n, before.Nonce+1)
	}
}

// dropFirst loses the first n broadcasts, as a node that is down for a while would.
type dropFirst struct {
	Backend
	mu sync.Mutex
	n  int
}

func (d *dropFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.n > 0 {
		d.n--
		return errors.New("connection refused")
	}
	return d.Backend.SendTransaction(ctx, tx)
}

func TestResubmitsWithHigherFees(t *testing.T) {
	w := newWorld(t, 1)
	m, _ := w.start(&dropFirst{Backend: w.chain.Client(), n: 1}, w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 1), "job")
	j := wait(t, m, "job")[0]
	if j.State != Confirmed || len(j.Attempts) < 2 {
		t.Fatalf("job %s with %d attempts; want confirmed after a resubmission", j.State, len(j.Attempts))
	}
	first, last := j.Attempts[0], j.Attempts[len(j.Attempts)-1]
	if j.TxHash != last.Hash {
		t.Fatalf("mined %s, want the resubmitted %s", j.TxHash, last.Hash)
	}
	for _, pair := range [][2]*big.Int{{first.FeeCap, last.FeeCap}, {first.TipCap, last.TipCap}} {
		min := new(big.Int).Div(new(big.Int).Mul(pair[0], big.NewInt(115)), big.NewInt(100))
		if pair[1].Cmp(min) < 0 {
			t.Fatalf("fee %s -> %s: not raised by 15%%", pair[0], pair[1])
		}
	}
	if s := w.supply(); s != 10 {
		t.Fatalf("supply %d, want 10", s)
	}
}

// reorging reports the first block lookup by number with another hash: the block the job
// was mined in seems to have left the canonical chain.
type reorging struct {
	Backend
	mu   sync.Mutex
	done bool
}

func (r *reorging) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := r.Backend.HeaderByNumber(ctx, n)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err == nil && n != nil && !r.done {
		r.done = true
		c := types.CopyHeader(h)
		c.Extra = append(c.Extra, 1)
		return c, nil
	}
	return h, err
}

func TestReorganisedJobIsFollowedAgain(t *testing.T) {
	w := newWorld(t, 1)
	m, _ := w.start(&reorging{Backend: w.chain.Client()}, w.chain.Keys[1:])
	m.Submit(w.contract, w.credit(1, 1), "job")
	j := wait(t, m, "job")[0]
	if j.State != Confirmed || j.Reorgs != 1 {
		t.Fatalf("job %s after %d reorgs; want confirmed after one", j.State, j.Reorgs)
	}
	if s := w.supply(); s != 10 {
		t.Fatalf("supply %d, want 10", s)
	}
}

// TestConfirmedJobCarriesItsLogs: a confirmed job comes with its receipt's logs and its
// owner, journaled, so that a restart hands them over without reading the receipt again.
func TestConfirmedJobCarriesItsLogs(t *testing.T) {
	w := newWorld(t, 1)
	m, stop := w.start(w.chain.Client(), w.chain.Keys[1:])
	if _, _, err := m.Send(Request{ID: "owned", Owner: "mileage", To: w.contract, Data: w.credit(1, 1)}); err != nil {
		t.Fatal(err)
	}
	j := wait(t, m, "owned")[0]
	sc, _ := scoin.SCoinMetaData.GetAbi()
	credited := func(j Job) bool {
		for _, l := range j.Logs {
			if len(l.Topics) > 0 && l.Topics[0] == sc.Events["Credited"].ID && l.TxHash == j.TxHash {
				return true
			}
		}
		return false
	}
	if j.State != Confirmed || j.Owner != "mileage" || !credited(j) {
		t.Fatalf("confirmed job: state %s, owner %q, %d logs (want a Credited log)", j.State, j.Owner, len(j.Logs))
	}
	stop()
	again, _ := w.start(w.chain.Client(), w.chain.Keys[1:])
	if j, err := again.Get("owned"); err != nil || j.Owner != "mileage" || !credited(j) {
		t.Fatalf("after a restart: %v, owner %q, %d logs", err, j.Owner, len(j.Logs))
	}
}
