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
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/journal"
)

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

// Metrics receives the manager's counts; nil fields are skipped.
type Metrics struct {
	Sent, Mined, Confirmed, Failed, Resubmitted, Reorged func()
	LowBalance                                           func(key common.Address, low bool)
}

// Manager sends jobs from one or more hot keys, each key up to Config.MaxInFlight
// transactions at a time (consecutive nonces), keys in parallel, and journals every step
// before taking it.
type Manager struct {
	cfg     Config
	b       Backend
	j       *journal.Journal
	keys    []*ecdsa.PrivateKey
	chainID *big.Int
	log     *slog.Logger
	metrics Metrics

	// OnUpdate, if set before Start, is called after each journaled change of a job; a
	// finished job carries its receipt's logs (Job.Logs). It is the one way updates arrive:
	// after a restart, Get gives the state (and logs) of jobs that changed meanwhile.
	OnUpdate func(Job)
	// ABIs decode the custom errors of jobs that would revert.
	ABIs []*abi.ABI

	mu        sync.Mutex
	jobs      map[string]*Job          // open jobs; finished ones are read from the journal
	reserved  map[string]chan struct{} // IDs being journaled by Send
	queue     []string                 // queued job IDs in order
	queuedFor map[common.Address]int   // queued jobs pinned to each key
	unmined   map[common.Address]int   // each key's sent, unmined transactions
	wake      chan struct{}
	seq       uint64
	low       map[common.Address]bool
	view      *view
	cancel    context.CancelFunc
	workers   sync.WaitGroup
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
		jobs: map[string]*Job{}, reserved: map[string]chan struct{}{}, queuedFor: map[common.Address]int{},
		unmined: map[common.Address]int{}, wake: make(chan struct{}, 1), low: map[common.Address]bool{}, view: newView(b)}, nil
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
		m.seq = max(m.seq, job.Seq)
		if job.Finished() {
			return nil
		}
		m.jobs[job.ID] = &job
		switch job.State {
		case Queued:
			m.queue = append(m.queue, job.ID)
			if job.Pin != (common.Address{}) {
				m.queuedFor[job.Pin]++
			}
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
	if m.view.enabled() {
		if err := m.view.update(ctx); err != nil {
			m.log.Warn("Cannot read the chain's head yet; will retry", "err", err)
		}
		m.workers.Add(1)
		go func() { defer m.workers.Done(); m.followChain(run) }()
	}
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

// followChain keeps the view of the chain's recent blocks and receipts up to date for
// every worker.
func (m *Manager) followChain(ctx context.Context) {
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		if err := m.view.update(ctx); err != nil && ctx.Err() == nil {
			m.log.Debug("Cannot follow the chain; will retry", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
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
	return m.Send(Request{ID: id, To: to, Data: data})
}

// SubmitPinned is Submit for a job only key may send (see Request.Pin): S-Coin keys credit
// records by issuer. The pin of a job submitted before stays as it was.
func (m *Manager) SubmitPinned(to common.Address, data []byte, id string, key common.Address) (job Job, existed bool, err error) {
	return m.Send(Request{ID: id, To: to, Data: data, Pin: key})
}

// Send journals the job r describes and queues it; see Submit. The journal write (an
// fsync) happens outside the manager's lock, so concurrent submissions are group-committed.
func (m *Manager) Send(r Request) (job Job, existed bool, err error) {
	if r.Pin != (common.Address{}) && !m.hasKey(r.Pin) {
		return Job{}, false, fmt.Errorf("pin job %s to %s: %w", r.ID, r.Pin.Hex(), ErrUnknownKey)
	}
	for {
		m.mu.Lock()
		if j, ok := m.jobs[r.ID]; ok {
			m.mu.Unlock()
			return *j, true, nil
		}
		wait, reserved := m.reserved[r.ID]
		if !reserved {
			break
		}
		m.mu.Unlock()
		<-wait // the same ID is being journaled by another caller
	}
	// Finished jobs leave memory; the journal still knows them.
	var old Job
	if ok, err := m.j.Get(jobPrefix+r.ID, &old); err != nil {
		m.mu.Unlock()
		return Job{}, false, err
	} else if ok {
		m.mu.Unlock()
		return old, true, nil
	}
	done := make(chan struct{})
	m.reserved[r.ID] = done
	m.seq++
	now := time.Now().UTC()
	j := &Job{ID: r.ID, Owner: r.Owner, To: r.To, Data: r.Data, FixedGas: r.Gas, Seq: m.seq, Pin: r.Pin, State: Queued, Created: now, Updated: now}
	m.mu.Unlock()

	err = m.j.Put(jobPrefix+r.ID, j)

	m.mu.Lock()
	delete(m.reserved, r.ID)
	close(done)
	if err != nil {
		m.mu.Unlock()
		return Job{}, false, err
	}
	m.jobs[r.ID] = j
	m.queue = append(m.queue, r.ID)
	if j.Pin != (common.Address{}) {
		m.queuedFor[j.Pin]++
	}
	m.mu.Unlock()
	m.signal()
	return *j, false, nil
}

// Get returns a job's current state: from memory while it is open, from the journal once
// it finished.
func (m *Manager) Get(id string) (Job, error) {
	m.mu.Lock()
	j, ok := m.jobs[id]
	var c Job
	if ok {
		c = *j
	}
	m.mu.Unlock()
	if ok {
		return c, nil
	}
	var old Job
	found, err := m.j.Get(jobPrefix+id, &old)
	if err != nil {
		return Job{}, err
	}
	if !found {
		return Job{}, ErrUnknownJob
	}
	return old, nil
}

// Room is how many more jobs key could put in flight now: its window (MaxInFlight) less
// its transactions not yet mined and the jobs queued for it. An owner cuts a batch for a
// key when it has room, so that requests gather into larger batches while the key is busy.
func (m *Manager) Room(key common.Address) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cfg.MaxInFlight - m.unmined[key] - m.queuedFor[key]
}

// QueueDepth is the number of jobs not yet confirmed or failed: those in memory, as
// finished jobs leave it.
func (m *Manager) QueueDepth() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.jobs)
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
		if pin := m.jobs[id].Pin; pin != (common.Address{}) {
			m.queuedFor[pin]--
		}
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
	if j.Pin != (common.Address{}) {
		m.queuedFor[j.Pin]++
	}
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
	if j.Finished() {
		delete(m.jobs, j.ID) // the journal keeps it; Get reads it from there
	} else {
		m.jobs[j.ID] = &c
	}
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

// setUnmined publishes how many of key's transactions are sent and not mined (Room).
func (m *Manager) setUnmined(key common.Address, n int) {
	m.mu.Lock()
	m.unmined[key] = n
	m.mu.Unlock()
}
