package bulk

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/fanout"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// Backend is the node: what the transaction manager needs, which includes what the sender
// reads itself (the head's gas limit, gas estimates, receipts' gas).
type Backend = txmgr.Backend

// Work is what one bulk command sends: records, and how a batch of them becomes a call.
type Work[R any] struct {
	// Name is what the records are ("credits"), for progress lines.
	Name    string
	To      common.Address
	Records []R
	// ID names a record, unique in the work and the same in every run: the progress
	// directory keeps records by it (S-Coin: the record ID).
	ID func(R) string
	// Pack is the calldata of one batch.
	Pack func([]R) ([]byte, error)
	// Skipped reads a confirmed batch's logs: the IDs of its records the contract had
	// done before and skipped (S-Coin's CreditSkipped from key, the issuer). nil: none.
	Skipped func(logs []*types.Log, key common.Address) map[string]bool
	// GasPerRecord bounds a record's gas: a batch's gas limit allows each record at least
	// this much, and when the sender cannot measure a record's gas (the sampled records
	// would revert) batches are sized by it and each estimated.
	GasPerRecord uint64
}

// Config is how the sender sends.
type Config struct {
	// Dir is the progress directory: the journal of batches and of the manager's jobs. A
	// run started again with the same directory resumes. Once every record was sent or
	// skipped, the journal's files are removed, and the directory too if the run created
	// it; a directory holding other files is refused (openDir).
	Dir  string
	Keys []*ecdsa.PrivateKey
	// Pin, if set, is the only key that sends (a contract that keys records by sender).
	Pin common.Address
	// GasShare, if set, is the most of the block gas limit one batch's gas limit may take;
	// otherwise batches are sized to fill blocks (Fill).
	GasShare float64
	// MaxBytes bounds one batch's calldata (DefaultMaxBytes).
	MaxBytes int
	// MaxRecords, if set, bounds a batch's records below what gas and bytes allow.
	MaxRecords int
	// InFlight is how many batches each key keeps sent and not yet mined; 0: eight
	// blocks' worth, at least 8. Too few leave blocks short while the manager reads the
	// last block and signs the next batches.
	InFlight int
	// Confirmations is how many blocks must hold a batch, its own counted, before its
	// records count as done: 1 (the default), once it is in a block. Before the run ends,
	// the blocks are checked: one sealed out of turn waits for a block on top of it, and a
	// batch whose block a reorganisation replaced is followed until it is in a block again
	// (its records' IDs keep it exactly once).
	Confirmations uint64
	PollInterval  time.Duration // receipts and head (50 ms)
	// AlsoTo are further nodes each batch transaction is handed to as well, best effort:
	// the chain's other signers, so that whichever is in turn has the batches in its
	// pool (the devnet's other nodes; see internal/fanout).
	AlsoTo []ethereum.TransactionSender
	// Nodes, if set, is how many of the chain's nodes the batches go to (Nodes.Count),
	// for the result: a node that did not answer is said, not only logged.
	Nodes *NodeCount
	// Progress, if set, is told of records as they end.
	Progress Progress
	ABIs     []*abi.ABI // decode the reasons of failing records
	Log      *slog.Logger
}

// gasMarginPercent is the manager's margin over a batch's gas estimate: a batch's gas
// barely depends on state (a citizen credited by an earlier batch costs less, not more),
// and the smaller the margin, the more batches fit in a block (see the package comment).
const gasMarginPercent = 4

// DefaultPollInterval is how often the head and receipts are read: a twentieth of the
// devnet's block period, so a batch counts soon after its block.
const DefaultPollInterval = 50 * time.Millisecond

// Failure is a record that could not be sent, with why.
type Failure struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// Result is what a run did. Records done by an earlier, interrupted run count as sent or
// skipped as their batches were.
type Result struct {
	Records int `json:"records"`
	Sent    int `json:"sent"`
	Skipped int `json:"skipped"` // done before: the contract skipped them
	// SkippedIDs are the records skipped.
	SkippedIDs []string      `json:"skippedIds,omitempty"`
	Failed     []Failure     `json:"failed,omitempty"`
	Batches    int           `json:"batches"` // confirmed transactions
	GasUsed    uint64        `json:"gasUsed"`
	Txs        []common.Hash `json:"transactions"`
	Elapsed    time.Duration `json:"elapsed"`
	// PerBatch and PerBlock are the plan: records per batch, batches per block.
	PerBatch int `json:"perBatch,omitempty"`
	PerBlock int `json:"batchesPerBlock,omitempty"`
	// Timings say where Elapsed went.
	Timings Timings `json:"timings"`
	// Nodes is how many of the chain's nodes the batches went to (Config.Nodes).
	Nodes *NodeCount `json:"nodes,omitempty"`
}

// Timings are moments of a run, from its start (the call to Send): the preparation
// before the first transaction is broadcast, the wait for its block, the blocks that
// carry the work, and the wait for the last batch's confirmation.
type Timings struct {
	FirstSent  time.Duration `json:"firstSent"`  // the first batch signed and broadcast
	FirstMined time.Duration `json:"firstMined"` // the first batch seen in a block
	LastMined  time.Duration `json:"lastMined"`  // the last batch seen in a block
	Blocks     int           `json:"blocks"`     // blocks holding the run's batches
}

// PerSecond is records ended (sent, skipped or failed) per second of the run.
func (r *Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Sent+r.Skipped+len(r.Failed)) / r.Elapsed.Seconds()
}

const batchPrefix = "bulk/batch/"

// batch is a journaled batch: the records of one job.
type batch struct {
	Job string   `json:"job"`
	IDs []string `json:"ids"`
	// Split: the job failed and its records went into Job+".1" and Job+".2".
	Split bool `json:"split,omitempty"`
	// Failed: the record failed; a later run sends it again (the cause may be gone).
	Failed bool `json:"failed,omitempty"`
	// Gas is the batch's gas limit, from the measured gas per record: the node does not
	// execute every batch a second time for an estimate. 0: estimated (the halves of a
	// failed batch, whose failure may be the measure's).
	Gas uint64 `json:"gas,omitempty"`
}

// state of one record in this run.
const (
	free   = iota // in no batch
	queued        // in an open batch
	ended         // sent, skipped or failed
)

type run[R any] struct {
	ctx   context.Context
	b     Backend
	cfg   Config
	w     Work[R]
	j     *journal.Journal
	m     *txmgr.Manager
	log   *slog.Logger
	index map[string]int
	state []int
	open  map[string]*batch
	seq   int
	// fixed and per are the measured gas of a batch's call and of each record; limitPer
	// is what a batch's gas limit allows each record (per, never below the work's bound).
	fixed, per, limitPer uint64
	res                  *Result
	clock                clock
	gas                  gasBook
}

// clock notes when the run's jobs were sent and mined (Result.Timings); the manager's
// workers tell it, so it has its own lock.
type clock struct {
	mu     sync.Mutex
	start  time.Time
	t      Timings
	blocks map[uint64]bool
}

func (c *clock) saw(j txmgr.Job) {
	c.mu.Lock()
	defer c.mu.Unlock()
	at := time.Since(c.start)
	switch j.State {
	case txmgr.Sent:
		if c.t.FirstSent == 0 {
			c.t.FirstSent = at
		}
	case txmgr.Mined:
		if c.t.FirstMined == 0 {
			c.t.FirstMined = at
		}
		c.t.LastMined = at
		if c.blocks == nil {
			c.blocks = map[uint64]bool{}
		}
		c.blocks[j.Block] = true
	}
}

func (c *clock) timings() Timings {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.t
	t.Blocks = len(c.blocks)
	return t
}

// Send sends w's records in batches and returns once every record is sent, skipped or
// failed, or ctx ends (what is in flight is journaled; the same call resumes it).
func Send[R any](ctx context.Context, b Backend, cfg Config, w Work[R]) (*Result, error) {
	start := time.Now()
	if cfg.Dir == "" {
		return nil, errors.New("bulk: no progress directory")
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	r := &run[R]{ctx: ctx, b: b, cfg: cfg, w: w, log: cfg.Log, index: make(map[string]int, len(w.Records)),
		state: make([]int, len(w.Records)), open: map[string]*batch{}, res: &Result{Records: len(w.Records), Nodes: cfg.Nodes}, clock: clock{start: start}}
	for i, rec := range w.Records {
		id := w.ID(rec)
		if _, dup := r.index[id]; dup {
			return nil, fmt.Errorf("bulk: record %s appears twice", id)
		}
		r.index[id] = i
	}
	if err := openDir(cfg.Dir); err != nil {
		return nil, err
	}
	j, err := openJournal(cfg.Dir)
	if err != nil {
		return nil, err
	}
	r.j = j
	res, err := r.send(start)
	if cerr := j.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err == nil && len(res.Failed) == 0 {
		// Every record is on chain: a later run of the same work starts afresh (and the
		// contract tells it what was done). Only what the run wrote goes (see openDir).
		if rerr := removeDir(cfg.Dir); rerr != nil {
			r.log.Warn("Cannot remove the progress directory", "dir", cfg.Dir, "err", rerr)
		}
	}
	return res, err
}

func (r *run[R]) send(start time.Time) (*Result, error) {
	ctx := r.ctx
	if err := r.load(); err != nil {
		return nil, err
	}
	todo, todoIDs := r.free()
	perBatch := 0
	if len(todo) > 0 {
		var err error
		if perBatch, err = r.perBatch(todo); err != nil {
			return nil, err
		}
	}
	// By default the window holds eight blocks' worth of batches: when a block takes its
	// batches, the next blocks' are in the pool already, signed. The manager sends more
	// only once it has read the block's receipts (a thousand records' logs a batch); on a
	// busy machine that came several blocks late, and with two blocks' worth in flight the
	// blocks after ran short.
	window := r.cfg.InFlight
	if window == 0 {
		window = max(8, 8*r.res.PerBlock)
	}
	// Finished jobs come back through updates; the channel is drained by this goroutine
	// only, so a worker waits for it rather than drop an outcome.
	updates := make(chan txmgr.Job, 256)
	stop := make(chan struct{})
	defer close(stop)
	// Confirmations counts the batch's own block (1: done once in a block); the manager's
	// depth counts the blocks after it.
	node := fanout.New(r.b, r.cfg.AlsoTo, r.log)
	m, err := txmgr.New(txmgr.Config{Confirmations: r.cfg.Confirmations - 1, MaxInFlight: window,
		GasMarginPercent: gasMarginPercent, PollInterval: r.cfg.PollInterval}, node, r.j, r.cfg.Keys, txmgr.Metrics{}, r.log)
	if err != nil {
		return nil, err
	}
	m.ABIs = r.cfg.ABIs
	m.OnUpdate = func(j txmgr.Job) {
		r.clock.saw(j)
		if !j.Finished() {
			return
		}
		select {
		case updates <- j:
		case <-stop:
		}
	}
	r.m = m
	defer r.settleGas(false)
	if err := m.Start(ctx); err != nil {
		return nil, err
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		m.Stop(sctx)
	}()
	if p := r.cfg.Progress; p != nil {
		p.Start(r.w.Name, len(r.w.Records))
		defer p.Finish()
	}
	// Batches of an earlier run: follow them (their jobs resume in the manager).
	for _, bt := range r.sortedOpen() {
		job, err := m.Get(bt.Job)
		switch {
		case errors.Is(err, txmgr.ErrUnknownJob):
			// Journaled here, never submitted (stopped in between).
			if err := r.submit(bt); err != nil {
				return r.res, err
			}
		case err != nil:
			return r.res, err
		case job.Finished():
			if err := r.finish(job); err != nil {
				return r.res, err
			}
		}
	}
	if err := r.cutFree(todo, todoIDs, perBatch); err != nil {
		return r.res, err
	}
	for len(r.open) > 0 {
		select {
		case <-ctx.Done():
			r.settleGas(false)
			r.res.Elapsed = time.Since(start)
			return r.res, fmt.Errorf("stopped with %d batches open; run again to resume: %w", len(r.open), ctx.Err())
		case job := <-updates:
			if err := r.finish(job); err != nil {
				return r.res, err
			}
		}
	}
	err = r.settleGas(true)
	r.res.Elapsed = time.Since(start)
	r.res.Timings = r.clock.timings()
	if err != nil {
		return r.res, fmt.Errorf("every batch was in a block, but: %w; run again to follow it", err)
	}
	return r.res, nil
}

// load reads the batches of an earlier run.
func (r *run[R]) load() error {
	return r.j.Each(batchPrefix, func(_ string, v []byte) error {
		var bt batch
		if err := json.Unmarshal(v, &bt); err != nil {
			return err
		}
		r.seq++
		if bt.Split || bt.Failed {
			return nil
		}
		var known []string
		for _, id := range bt.IDs {
			if i, ok := r.index[id]; ok {
				r.state[i] = queued
				known = append(known, id)
			}
		}
		if len(known) > 0 {
			r.open[bt.Job] = &bt
		}
		return nil
	})
}

func (r *run[R]) sortedOpen() []*batch {
	out := make([]*batch, 0, len(r.open))
	for _, bt := range r.open {
		out = append(out, bt)
	}
	return out
}

// free is the records in no batch, and their IDs.
func (r *run[R]) free() (todo []R, ids []string) {
	for i, rec := range r.w.Records {
		if r.state[i] == free {
			todo = append(todo, rec)
			ids = append(ids, r.w.ID(rec))
		}
	}
	return todo, ids
}

// cutFree puts the records in no batch into batches of perBatch records (fewer where
// their calldata is over the bytes bound), full ones first and the partial one last, and
// submits them all: the manager keeps its window of them in the pool per key. Batches are
// cut, journaled (one write for a block's worth) and submitted a block's worth at a time,
// so the first is signed while the rest are still being cut; each is packed once.
func (r *run[R]) cutFree(todo []R, todoIDs []string, perBatch int) error {
	if len(todo) == 0 {
		return nil
	}
	r.log.Info("Sending in batches", "records", len(todo), "perBatch", perBatch)
	group := max(1, r.res.PerBlock)
	for lo := 0; lo < len(todo); {
		jb := &journal.Batch{}
		var cut []*batch
		var data [][]byte
		for lo < len(todo) && len(cut) < group {
			hi, d, err := cutNext(lo, len(todo), perBatch, r.cfg.MaxBytes, func(lo, hi int) ([]byte, int, error) {
				d, err := r.w.Pack(todo[lo:hi])
				return d, len(d), err
			})
			if err != nil {
				return err
			}
			r.seq++
			bt := &batch{Job: fmt.Sprintf("bulk-%06d", r.seq), IDs: todoIDs[lo:hi]}
			if r.per > 0 {
				bt.Gas = r.gasLimit(len(bt.IDs))
			}
			jb.Put(batchPrefix+bt.Job, bt)
			cut, data = append(cut, bt), append(data, d)
			lo = hi
		}
		if err := r.j.Write(jb); err != nil {
			return err
		}
		for i, bt := range cut {
			for _, id := range bt.IDs {
				r.state[r.index[id]] = queued
			}
			r.open[bt.Job] = bt
			if err := r.sendBatch(bt, data[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// perBatch is how many records go in a batch so that whole batches fill a block (Fill):
// the head's gas limit, and the gas of the call and of each record measured on samples of
// the work (the estimate of one record less that of many: the transaction's fixed cost
// counted once), on its first records and on as many in its middle, whichever cost
// more. The bytes a record adds to the calldata bound a batch too.
func (r *run[R]) perBatch(recs []R) (int, error) {
	head, err := r.b.HeaderByNumber(r.ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the block gas limit: %w", err)
	}
	from := r.cfg.Pin
	if from == (common.Address{}) {
		from = crypto.PubkeyToAddress(r.cfg.Keys[0].PublicKey)
	}
	// Consecutive records, as batches hold them (records may share storage: S-Coin
	// keeps 256 record IDs a slot), at the start and in the middle.
	k := min(len(recs), 100)
	mid := (len(recs) - k) / 2
	// measure is the estimate and the calldata bytes of a batch of rs.
	measure := func(rs []R) (gas uint64, size int, err error) {
		data, err := r.w.Pack(rs)
		if err != nil {
			return 0, 0, err
		}
		gas, err = r.b.EstimateGas(r.ctx, ethereum.CallMsg{From: from, To: &r.w.To, Data: data})
		return gas, len(data), err
	}
	one, size1, err1 := measure(recs[:1])
	if err1 != nil && errors.Is(err1, r.ctx.Err()) {
		return 0, err1
	}
	var fixed, per uint64
	perByte := 0
	if err1 == nil && k > 1 {
		for _, sample := range [][]R{recs[:k], recs[mid : mid+k]} {
			many, size, err := measure(sample)
			if err != nil || many <= one {
				continue
			}
			per = max(per, (many-one+uint64(k-2))/uint64(k-1))
			perByte = max(perByte, (size-size1+k-2)/(k-1))
		}
	}
	switch {
	case per > 0:
		fixed = one - min(one, per)
		r.fixed, r.per, r.limitPer = fixed, per, max(per, r.w.GasPerRecord)
	case r.w.GasPerRecord > 0:
		// Not measured: the work's bound, and each batch estimated by the manager.
		per, fixed = r.w.GasPerRecord, 50_000
	default:
		return 1, nil // cannot tell: records go one by one
	}
	maxRecords := len(recs)
	if r.cfg.MaxRecords > 0 {
		maxRecords = min(maxRecords, r.cfg.MaxRecords)
	}
	if perByte > 0 && r.cfg.MaxBytes > size1 {
		maxRecords = min(maxRecords, 1+(r.cfg.MaxBytes-size1)/perByte)
	}
	used := func(n int) uint64 { return fixed + uint64(n)*per }
	limit := r.gasLimit
	if r.per == 0 {
		limit = func(n int) uint64 { return used(n) * (100 + gasMarginPercent) / 100 }
	}
	n, perBlock := Fill(head.GasLimit, r.cfg.GasShare, maxRecords, used, limit)
	r.res.PerBatch, r.res.PerBlock = n, perBlock
	r.log.Info("Batch size from the block gas limit", "gasLimit", head.GasLimit, "gasPerRecord", per, "fixedGas", fixed,
		"records", n, "batchesPerBlock", perBlock)
	return n, nil
}

// gasLimit is the gas limit of a batch of n records: the measured gas, each record at
// least the work's bound (the sampled records may be the cheap kind; a batch whose limit
// runs short reverts whole), and the margin. Only the last batch of a block needs its
// limit to fit: the others give back what they do not use.
func (r *run[R]) gasLimit(n int) uint64 {
	return (r.fixed + uint64(n)*r.limitPer) * (100 + gasMarginPercent) / 100
}

// submit sends a batch's job (again, after a stop: a job submitted before is not
// submitted twice).
func (r *run[R]) submit(bt *batch) error {
	data, err := r.w.Pack(r.records(bt))
	if err != nil {
		return err
	}
	return r.sendBatch(bt, data)
}

// sendBatch submits a batch's job with its packed calldata.
func (r *run[R]) sendBatch(bt *batch, data []byte) error {
	_, _, err := r.m.Send(txmgr.Request{ID: bt.Job, To: r.w.To, Data: data, Pin: r.cfg.Pin, Gas: bt.Gas})
	return err
}

func (r *run[R]) records(bt *batch) []R {
	var out []R
	for _, id := range bt.IDs {
		if i, ok := r.index[id]; ok {
			out = append(out, r.w.Records[i])
		}
	}
	return out
}

// finish takes a finished job's outcome: its records counted, or the batch split, or a
// single record failed with its reason.
func (r *run[R]) finish(job txmgr.Job) error {
	bt, ok := r.open[job.ID]
	if !ok {
		return nil // a job of another work, or handled already
	}
	delete(r.open, job.ID)
	ids := bt.IDs
	switch {
	case job.State == txmgr.Confirmed:
		var skipped map[string]bool
		if r.w.Skipped != nil {
			skipped = r.w.Skipped(job.Logs, job.Key)
		}
		n := 0
		for _, id := range ids {
			i, ok := r.index[id]
			if !ok || r.state[i] == ended {
				continue
			}
			r.state[i] = ended
			n++
			if skipped[id] {
				r.res.Skipped++
				r.res.SkippedIDs = append(r.res.SkippedIDs, id)
			} else {
				r.res.Sent++
			}
		}
		r.res.Batches++
		r.res.Txs = append(r.res.Txs, job.TxHash)
		r.gas.add(job)
		r.progress(n)
		return nil
	case len(ids) > 1 && (txmgr.Splittable(job.Code) || job.Code == txmgr.CodeWouldRevert || job.Code == txmgr.CodeReverted):
		// One record (or the budget running out part-way) fails the whole batch: the
		// halves go again, so the rest get through and the failing record is found.
		half := len(ids) / 2
		a := &batch{Job: job.ID + ".1", IDs: ids[:half]}
		c := &batch{Job: job.ID + ".2", IDs: ids[half:]}
		done := *bt
		done.Split = true
		jb := &journal.Batch{}
		jb.Put(batchPrefix+a.Job, a)
		jb.Put(batchPrefix+c.Job, c)
		jb.Put(batchPrefix+bt.Job, &done)
		if err := r.j.Write(jb); err != nil {
			return err
		}
		r.log.Debug("Batch failed; sending its halves", "job", job.ID, "records", len(ids), "code", job.Code, "err", job.Err)
		for _, half := range []*batch{a, c} {
			r.open[half.Job] = half
			if err := r.submit(half); err != nil {
				return err
			}
		}
		return nil
	default:
		reason := r.reason(job)
		failed := *bt
		failed.Failed = true
		if err := r.j.Put(batchPrefix+bt.Job, &failed); err != nil {
			return err
		}
		n := 0
		for _, id := range ids {
			if i, ok := r.index[id]; ok && r.state[i] != ended {
				r.state[i] = ended
				r.res.Failed = append(r.res.Failed, Failure{ID: id, Reason: reason})
				n++
			}
		}
		r.progress(n)
		return nil
	}
}

// reason is why a job failed, its revert decoded: a job that reverted on chain is
// simulated again for its custom error.
func (r *run[R]) reason(job txmgr.Job) string {
	if job.Code == txmgr.CodeReverted {
		_, err := r.b.CallContract(r.ctx, ethereum.CallMsg{From: job.Key, To: &job.To, Data: job.Data}, nil)
		if rev, ok := abidecode.RevertFromError(err, r.cfg.ABIs...); ok {
			return "reverted: " + rev.Error()
		}
		return "reverted on chain (tx " + job.TxHash.Hex() + ")"
	}
	return job.Err
}

// settleGas checks the blocks of the batches confirmed so far and adds their gas to the
// result (gasBook.settle); wait false: a stopped run's, which waits for nothing.
func (r *run[R]) settleGas(wait bool) error {
	ctx := r.ctx
	if !wait {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
	}
	gas, err := r.gas.settle(ctx, r.b, r.cfg.PollInterval, wait)
	r.res.GasUsed += gas
	return err
}

func (r *run[R]) progress(n int) {
	if r.cfg.Progress != nil && n > 0 {
		r.cfg.Progress.Add(n)
	}
}
