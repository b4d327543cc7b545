package txmgr

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/journal"
)

// State is where a job is.
type State string

const (
	Queued    State = "queued"    // accepted, journaled, no transaction yet
	Sent      State = "sent"      // signed, journaled and broadcast; not mined
	Mined     State = "mined"     // in a block, not yet at the confirmation depth
	Confirmed State = "confirmed" // at the confirmation depth and still canonical
	Failed    State = "failed"    // will not be sent (or reverted on chain): see Err
)

// ErrUnknownJob is returned by Get for an ID never submitted.
var ErrUnknownJob = errors.New("unknown job")

// ErrUnknownKey is returned by SubmitPinned for a key the manager does not hold.
var ErrUnknownKey = errors.New("key not loaded")

// Backend is the node the manager talks to.
type Backend interface {
	ethereum.ChainStateReader
	ethereum.TransactionSender
	ethereum.GasEstimator
	ethereum.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Config tunes the manager. Zero values take the defaults in Check.
type Config struct {
	// Confirmations is how many blocks must follow a transaction's block before its job is
	// confirmed; Clique chains reorganise short forks between in-turn and out-of-turn signers.
	Confirmations uint64 `toml:"confirmations"`
	// ResubmitAfter is how long a transaction may stay unmined before it is sent again
	// with higher fees.
	ResubmitAfter time.Duration `toml:"resubmit_after"`
	// FeeBumpPercent raises both fee caps on a resubmission; nodes replace a pending
	// transaction only for at least 10% more.
	FeeBumpPercent uint64 `toml:"fee_bump_percent"`
	// GasMarginPercent is added to the gas estimate.
	GasMarginPercent uint64 `toml:"gas_margin_percent"`
	// PollInterval is how often receipts and the head are read.
	PollInterval time.Duration `toml:"poll_interval"`
	// LowBalanceRetry is how long a key short of balance waits before it is checked again.
	LowBalanceRetry time.Duration `toml:"low_balance_retry"`
}

// Check fills defaults and refuses values that cannot work.
func (c *Config) Check() error {
	if c.ResubmitAfter == 0 {
		c.ResubmitAfter = 20 * time.Second
	}
	if c.FeeBumpPercent == 0 {
		c.FeeBumpPercent = 15
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.PollInterval == 0 {
		c.PollInterval = 250 * time.Millisecond
	}
	if c.LowBalanceRetry == 0 {
		c.LowBalanceRetry = 10 * time.Second
	}
	if c.FeeBumpPercent < 10 {
		return fmt.Errorf("fee bump of %d%%: nodes replace a pending transaction only for at least 10%% more", c.FeeBumpPercent)
	}
	if c.ResubmitAfter < c.PollInterval {
		return fmt.Errorf("resubmit after %s is shorter than the poll interval %s", c.ResubmitAfter, c.PollInterval)
	}
	return nil
}

// Attempt is one signed transaction of a job; a resubmission adds one with the same nonce.
type Attempt struct {
	Hash   common.Hash `json:"hash"`
	FeeCap *big.Int    `json:"feeCap"`
	TipCap *big.Int    `json:"tipCap"`
	Raw    []byte      `json:"raw"`
}

// Job is a call the manager sends exactly once.
type Job struct {
	ID    string         `json:"id"`
	To    common.Address `json:"to"`
	Data  []byte         `json:"data"`
	Value *big.Int       `json:"value,omitempty"`
	Seq   uint64         `json:"seq"`
	// Pin, if set, is the only key that may send the job (SubmitPinned); otherwise any
	// key takes it.
	Pin common.Address `json:"pin,omitempty"`

	State     State          `json:"state"`
	Key       common.Address `json:"key,omitempty"`
	Nonce     uint64         `json:"nonce"`
	Gas       uint64         `json:"gas,omitempty"`
	Attempts  []Attempt      `json:"attempts,omitempty"`
	TxHash    common.Hash    `json:"txHash,omitempty"` // the attempt that was mined
	Block     uint64         `json:"block,omitempty"`
	BlockHash common.Hash    `json:"blockHash,omitempty"`
	Reorgs    int            `json:"reorgs,omitempty"`
	Err       string         `json:"error,omitempty"`
	Created   time.Time      `json:"created"`
	Updated   time.Time      `json:"updated"`
}

// Metrics receives the manager's counts; nil fields are skipped.
type Metrics struct {
	Sent, Mined, Confirmed, Failed, Resubmitted, Reorged func()
	LowBalance                                           func(key common.Address, low bool)
}

const jobPrefix = "txmgr/job/"

// Manager sends jobs from one or more hot keys, each key one transaction at a time, keys in
// parallel, and journals every step before taking it.
type Manager struct {
	cfg     Config
	b       Backend
	j       *journal.Journal
	keys    []*ecdsa.PrivateKey
	chainID *big.Int
	log     *slog.Logger
	metrics Metrics

	// OnUpdate, if set before Start, is called after each journaled change of a job.
	OnUpdate func(Job)
	// ABIs decode the custom errors of jobs that would revert.
	ABIs []*abi.ABI

	mu      sync.Mutex
	jobs    map[string]*Job
	queue   []string // queued job IDs in order
	wake    chan struct{}
	seq     uint64
	low     map[common.Address]bool
	cancel  context.CancelFunc
	workers sync.WaitGroup
}

// New makes a manager; Start begins sending.
func New(cfg Config, b Backend, j *journal.Journal, keys []*ecdsa.PrivateKey, m Metrics, log *slog.Logger) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, errors.New("txmgr: no keys")
	}
	if log == nil {
		log = slog.Default()
	}
	return &Manager{cfg: cfg, b: b, j: j, keys: keys, log: log, metrics: m,
		jobs: map[string]*Job{}, wake: make(chan struct{}, 1), low: map[common.Address]bool{}}, nil
}

// Start reloads the journal, resumes every job in flight on the key that signed it, and
// starts one sender per key.
func (m *Manager) Start(ctx context.Context) error {
	id, err := m.b.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain ID: %w", err)
	}
	m.chainID = id
	inflight := map[common.Address][]*Job{}
	err = m.j.Each(jobPrefix, func(_ string, v []byte) error {
		var job Job
		if err := json.Unmarshal(v, &job); err != nil {
			return err
		}
		m.jobs[job.ID] = &job
		m.seq = max(m.seq, job.Seq)
		switch job.State {
		case Queued:
			m.queue = append(m.queue, job.ID)
			if job.Pin != (common.Address{}) && !m.hasKey(job.Pin) {
				m.log.Error("Job pinned to a key that is not loaded; add the key back to send it", "job", job.ID, "key", job.Pin)
			}
		case Sent, Mined:
			own := job // the worker's copy; m.jobs holds what Get returns
			inflight[job.Key] = append(inflight[job.Key], &own)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reload journal: %w", err)
	}
	m.sortQueue()
	run, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	for _, k := range m.keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		w := &worker{m: m, key: k, addr: addr, inflight: inflight[addr]}
		delete(inflight, addr)
		m.workers.Add(1)
		go func() { defer m.workers.Done(); w.run(run) }()
	}
	for addr, jobs := range inflight {
		// Sent by a key no longer configured: it cannot be resubmitted or followed safely.
		for _, job := range jobs {
			m.log.Error("Job in flight on a key that is not loaded; add the key back to finish it", "job", job.ID, "key", addr, "nonce", job.Nonce)
		}
	}
	m.log.Info("Transaction manager started", "keys", len(m.keys), "queued", len(m.queue), "jobs", len(m.jobs))
	return nil
}

// Stop lets each sender finish its current step (what is done is journaled) and returns.
func (m *Manager) Stop(ctx context.Context) error {
	if m.cancel == nil {
		return nil
	}
	m.cancel()
	done := make(chan struct{})
	go func() { m.workers.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop transaction manager: %w", ctx.Err())
	}
}

// Submit journals a job and queues it. A job whose ID was submitted before is not
// submitted again: the earlier one is returned with existed = true.
func (m *Manager) Submit(to common.Address, data []byte, id string) (job Job, existed bool, err error) {
	return m.submit(to, data, id, common.Address{})
}

// SubmitPinned is Submit for a job only key may send, also when it is resent after a
// reorganisation or a lost nonce: for calls whose effect depends on the sender (S-Coin keys
// credit records by issuer). The pin of a job submitted before stays as it was.
func (m *Manager) SubmitPinned(to common.Address, data []byte, id string, key common.Address) (job Job, existed bool, err error) {
	if !m.hasKey(key) {
		return Job{}, false, fmt.Errorf("pin job %s to %s: %w", id, key.Hex(), ErrUnknownKey)
	}
	return m.submit(to, data, id, key)
}

func (m *Manager) submit(to common.Address, data []byte, id string, pin common.Address) (job Job, existed bool, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if j, ok := m.jobs[id]; ok {
		return *j, true, nil
	}
	now := time.Now().UTC()
	m.seq++
	j := &Job{ID: id, To: to, Data: data, Seq: m.seq, Pin: pin, State: Queued, Created: now, Updated: now}
	if err := m.j.Put(jobPrefix+id, j); err != nil {
		m.seq--
		return Job{}, false, err
	}
	m.jobs[id] = j
	m.queue = append(m.queue, id)
	m.signal()
	return *j, false, nil
}

// Get returns a job's current state.
func (m *Manager) Get(id string) (Job, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j, ok := m.jobs[id]
	if !ok {
		return Job{}, ErrUnknownJob
	}
	return *j, nil
}

// QueueDepth is the number of jobs not yet confirmed or failed.
func (m *Manager) QueueDepth() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, j := range m.jobs {
		if j.State != Confirmed && j.State != Failed {
			n++
		}
	}
	return n
}

// LowKeys lists the keys currently short of balance.
func (m *Manager) LowKeys() []common.Address {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []common.Address
	for a, low := range m.low {
		if low {
			out = append(out, a)
		}
	}
	return out
}

// Keys lists the sending addresses.
func (m *Manager) Keys() []common.Address {
	out := make([]common.Address, len(m.keys))
	for i, k := range m.keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

func (m *Manager) hasKey(addr common.Address) bool {
	return slices.Contains(m.Keys(), addr)
}

func (m *Manager) signal() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func (m *Manager) sortQueue() {
	slices.SortFunc(m.queue, func(a, b string) int { return cmp.Compare(m.jobs[a].Seq, m.jobs[b].Seq) })
}

// take pops the next queued job key may send (unpinned, or pinned to it), or returns nil.
func (m *Manager) take(key common.Address) *Job {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, id := range m.queue {
		if pin := m.jobs[id].Pin; pin != (common.Address{}) && pin != key {
			continue
		}
		m.queue = slices.Delete(m.queue, i, i+1)
		if len(m.queue) > 0 {
			m.signal() // another key may take the next one
		}
		c := *m.jobs[id]
		return &c
	}
	return nil
}

// putBack returns a job to the front of the queue (its key could not send it).
func (m *Manager) putBack(j *Job) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.queue = append([]string{j.ID}, m.queue...)
	m.signal()
}

// save journals a job's new state, then publishes it.
func (m *Manager) save(j *Job) error {
	j.Updated = time.Now().UTC()
	if err := m.j.Put(jobPrefix+j.ID, j); err != nil {
		return err
	}
	m.mu.Lock()
	c := *j
	m.jobs[j.ID] = &c
	m.mu.Unlock()
	if m.OnUpdate != nil {
		m.OnUpdate(c)
	}
	return nil
}

func (m *Manager) isLow(addr common.Address) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.low[addr]
}

func (m *Manager) setLow(addr common.Address, low bool) {
	m.mu.Lock()
	changed := m.low[addr] != low
	m.low[addr] = low
	m.mu.Unlock()
	if changed && m.metrics.LowBalance != nil {
		m.metrics.LowBalance(addr, low)
	}
}

func count(f func()) {
	if f != nil {
		f()
	}
}

// worker sends from one key: one transaction in the pool at a time, then the next once it
// is mined; mined jobs are followed to the confirmation depth alongside.
type worker struct {
	m        *Manager
	key      *ecdsa.PrivateKey
	addr     common.Address
	nonce    uint64
	inflight []*Job // sent or mined, from the journal at start, then as sent
}

func (w *worker) run(ctx context.Context) {
	m := w.m
	log := m.log.With("key", w.addr)
	for {
		if err := w.recoverNonce(ctx); err == nil {
			break
		} else if !sleep(ctx, m.cfg.PollInterval*4) {
			return
		} else {
			log.Warn("Cannot read the key's nonce; retrying", "err", err)
		}
	}
	// What the journal says was sent may never have reached a node (a crash right after
	// journaling): send the same signed transactions again.
	for _, j := range w.inflight {
		if j.State == Sent {
			w.broadcast(ctx, j, log)
		}
	}
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		w.follow(ctx, log)
		if ctx.Err() != nil {
			return
		}
		if !w.hasUnmined() {
			if job := m.take(w.addr); job != nil {
				w.send(ctx, job, log)
				continue
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-m.wake:
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// recoverNonce starts from the chain's pending nonce, or past the journal's own
// transactions if the node has not seen them (it restarted, or they were dropped).
func (w *worker) recoverNonce(ctx context.Context) error {
	n, err := w.m.b.PendingNonceAt(ctx, w.addr)
	if err != nil {
		return err
	}
	for _, j := range w.inflight {
		n = max(n, j.Nonce+1)
	}
	w.nonce = n
	return nil
}

func (w *worker) hasUnmined() bool {
	for _, j := range w.inflight {
		if j.State == Sent {
			return true
		}
	}
	return false
}

// send prices, signs, journals and broadcasts a queued job.
func (w *worker) send(ctx context.Context, job *Job, log *slog.Logger) {
	m := w.m
	gas, err := m.b.EstimateGas(ctx, ethereum.CallMsg{From: w.addr, To: &job.To, Data: job.Data, Value: job.Value})
	if err != nil {
		if ctx.Err() != nil {
			m.putBack(job)
			return
		}
		if rev, ok := abidecode.RevertFromError(err, m.ABIs...); ok {
			job.State, job.Err = Failed, "would revert: "+rev.Error()
			if err := m.save(job); err != nil {
				log.Error("Cannot journal a failed job", "job", job.ID, "err", err)
			}
			count(m.metrics.Failed)
			log.Warn("Job would revert; not sent", "job", job.ID, "err", job.Err)
			return
		}
		log.Warn("Cannot estimate gas; will retry", "job", job.ID, "err", err)
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return
	}
	gas += gas * m.cfg.GasMarginPercent / 100
	tip, feeCap, err := w.fees(ctx)
	if err != nil {
		log.Warn("Cannot read fees; will retry", "err", err)
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return
	}
	bal, err := m.b.BalanceAt(ctx, w.addr, nil)
	if err == nil {
		need := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
		if job.Value != nil {
			need.Add(need, job.Value)
		}
		if bal.Cmp(need) < 0 {
			if !m.isLow(w.addr) {
				log.Error("Relayer key is short of balance; skipping it until funded", "balance", bal, "needed", need)
			}
			m.setLow(w.addr, true)
			m.putBack(job)
			sleep(ctx, m.cfg.LowBalanceRetry)
			return
		}
		m.setLow(w.addr, false)
	}
	job.Key, job.Nonce, job.Gas = w.addr, w.nonce, gas
	if err := w.attempt(job, tip, feeCap); err != nil {
		log.Error("Cannot sign", "job", job.ID, "err", err)
		m.putBack(job)
		return
	}
	job.State = Sent
	// Journaled before it is broadcast: after a crash the same signed transaction is sent
	// again, never a second one.
	if err := m.save(job); err != nil {
		log.Error("Cannot journal; not sending", "job", job.ID, "err", err)
		m.putBack(job)
		sleep(ctx, m.cfg.PollInterval*4)
		return
	}
	w.nonce++
	w.inflight = append(w.inflight, job)
	w.broadcast(ctx, job, log)
	count(m.metrics.Sent)
	log.Debug("Sent", "job", job.ID, "nonce", job.Nonce, "tx", job.Attempts[len(job.Attempts)-1].Hash)
}

func (w *worker) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = w.m.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, err
	}
	head, err := w.m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	feeCap = new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	return tip, feeCap, nil
}

// attempt signs the job with the given fees and appends the attempt.
func (w *worker) attempt(job *Job, tip, feeCap *big.Int) error {
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: w.m.chainID, Nonce: job.Nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: job.Gas,
		To: &job.To, Value: orZero(job.Value), Data: job.Data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.m.chainID), w.key)
	if err != nil {
		return err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return err
	}
	job.Attempts = append(job.Attempts, Attempt{Hash: signed.Hash(), FeeCap: feeCap, TipCap: tip, Raw: raw})
	return nil
}

func (w *worker) broadcast(ctx context.Context, job *Job, log *slog.Logger) {
	a := job.Attempts[len(job.Attempts)-1]
	var tx types.Transaction
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		log.Error("Journaled transaction does not decode", "job", job.ID, "err", err)
		return
	}
	if err := w.m.b.SendTransaction(ctx, &tx); err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "already known"), strings.Contains(msg, "nonce too low"):
			// Known, or mined already (follow finds the receipt), or replaced by an
			// earlier attempt that was mined.
		default:
			log.Warn("Broadcast failed; will resubmit", "job", job.ID, "tx", a.Hash, "err", err)
		}
	}
}

// follow advances every in-flight job: receipts, resubmissions, confirmations, reorgs.
func (w *worker) follow(ctx context.Context, log *slog.Logger) {
	m := w.m
	if len(w.inflight) == 0 {
		return
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return
	}
	keep := w.inflight[:0]
	for _, job := range w.inflight {
		switch job.State {
		case Sent:
			w.followSent(ctx, job, head, log)
		case Mined:
			w.followMined(ctx, job, head, log)
		}
		if job.State == Sent || job.State == Mined {
			keep = append(keep, job)
		}
	}
	w.inflight = keep
}

func (w *worker) followSent(ctx context.Context, job *Job, head *types.Header, log *slog.Logger) {
	m := w.m
	for i := len(job.Attempts) - 1; i >= 0; i-- {
		r, err := m.b.TransactionReceipt(ctx, job.Attempts[i].Hash)
		if err != nil || r == nil {
			continue
		}
		job.State, job.TxHash, job.Block, job.BlockHash = Mined, r.TxHash, r.BlockNumber.Uint64(), r.BlockHash
		if r.Status == types.ReceiptStatusFailed {
			job.Err = "reverted on chain"
		}
		if err := m.save(job); err != nil {
			log.Error("Cannot journal a mined job", "job", job.ID, "err", err)
		}
		count(m.metrics.Mined)
		w.followMined(ctx, job, head, log)
		return
	}
	// Not mined. If the key's nonce moved past it, another transaction used the nonce. The
	// node indexes receipts in the background, so a missing receipt proves nothing at
	// first: only after a long grace is the job sent again.
	if n, err := m.b.NonceAt(ctx, w.addr, nil); err == nil && n > job.Nonce {
		if time.Since(job.Updated) > 2*m.cfg.ResubmitAfter {
			log.Warn("Nonce used by another transaction; sending the job again", "job", job.ID, "nonce", job.Nonce)
			job.State, job.Attempts, job.Key = Queued, nil, common.Address{}
			if err := m.save(job); err == nil {
				m.putBack(job)
			}
		}
		return
	}
	last := job.Attempts[len(job.Attempts)-1]
	if time.Since(job.Updated) < m.cfg.ResubmitAfter {
		return
	}
	tip, feeCap, err := w.fees(ctx)
	if err != nil {
		return
	}
	bump := func(old, fresh *big.Int) *big.Int {
		b := new(big.Int).Mul(old, big.NewInt(int64(100+m.cfg.FeeBumpPercent)))
		b.Div(b, big.NewInt(100))
		if fresh.Cmp(b) > 0 {
			return fresh
		}
		return b
	}
	if err := w.attempt(job, bump(last.TipCap, tip), bump(last.FeeCap, feeCap)); err != nil {
		return
	}
	if err := m.save(job); err != nil {
		job.Attempts = job.Attempts[:len(job.Attempts)-1]
		return
	}
	count(m.metrics.Resubmitted)
	log.Info("Resubmitted with higher fees", "job", job.ID, "nonce", job.Nonce, "attempt", len(job.Attempts), "tx", job.Attempts[len(job.Attempts)-1].Hash)
	w.broadcast(ctx, job, log)
}

func (w *worker) followMined(ctx context.Context, job *Job, head *types.Header, log *slog.Logger) {
	m := w.m
	if head.Number.Uint64() < job.Block+m.cfg.Confirmations {
		return
	}
	r, err := m.b.TransactionReceipt(ctx, job.TxHash)
	canonical := err == nil && r != nil && r.BlockHash == job.BlockHash
	if canonical {
		h, err := m.b.HeaderByNumber(ctx, new(big.Int).SetUint64(job.Block))
		canonical = err == nil && h.Hash() == job.BlockHash
	}
	if !canonical {
		// The block fell out in a reorganisation: send again (the same signed
		// transactions are still valid; nodes usually re-add them, this makes sure).
		job.State, job.TxHash, job.Block, job.BlockHash, job.Err = Sent, common.Hash{}, 0, common.Hash{}, ""
		job.Reorgs++
		if err := m.save(job); err != nil {
			log.Error("Cannot journal a reorganised job", "job", job.ID, "err", err)
		}
		count(m.metrics.Reorged)
		log.Warn("Transaction fell out in a reorganisation; resubmitting", "job", job.ID)
		w.broadcast(ctx, job, log)
		return
	}
	if job.Err != "" {
		job.State = Failed
		count(m.metrics.Failed)
	} else {
		job.State = Confirmed
		count(m.metrics.Confirmed)
	}
	if err := m.save(job); err != nil {
		log.Error("Cannot journal a confirmed job", "job", job.ID, "err", err)
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
