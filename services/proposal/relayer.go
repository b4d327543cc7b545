package proposal

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the proposals' part of the relayer: citizens propose, support (by roll or
// residence credential) and withdraw through the forwarder without gas, and a public page
// reads GET /v1/proposals and /v1/proposals/{id}, answered from an index that follows the
// contract's events (each Tick reads only the blocks since the last).
type Relayer struct {
	contract common.Address
	h        plugin.Host

	syncMu sync.Mutex // one sync at a time; p.index is replaced under it (and mu)
	mu     sync.RWMutex
	index  *Index
	now    uint64 // the head's time at the last sync
	synced uint64 // the head's number at the last sync
	// The reads' health, under mu: failed syncs in a row, since when, the last error, and
	// when Tick reads next.
	failures     int
	failingSince time.Time
	lastErr      error
	told         bool // the error past staleAfter was logged
	nextSync     time.Time

	readErrors prometheus.Counter // relayer_proposals_read_errors_total
	failing    prometheus.Gauge   // relayer_proposals_read_failing
}

// syncEvery spaces the reads of new events (blocks come every second or so).
const syncEvery = time.Second

// retryMax is the longest wait between reads that fail: after one, the next waits
// syncEvery, doubled after each further one up to this, so a node that is down (or a read
// that cannot succeed: a pruned node, an event that does not decode) is asked twice a
// minute, not every second.
const retryMax = 30 * time.Second

// staleAfter: reads failing for this long make the relayer's /readyz fail (the routes
// answer from proposals older than that) and are logged as an error; a shorter blip is
// one warning.
const staleAfter = time.Minute

// Plugin builds the plug-in, for services.All.
func Plugin() plugin.Plugin { return NewRelayer() }

// NewRelayer is a plug-in waiting for Configure.
func NewRelayer() *Relayer {
	return &Relayer{index: NewIndex(),
		readErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "relayer", Name: "proposals_read_errors_total",
			Help: "Failed reads of the proposals' events (each retried with back-off; the routes answer from the proposals read last meanwhile)."}),
		failing: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "relayer", Name: "proposals_read_failing",
			Help: "1 while the reads of the proposals' events fail."}),
	}
}

var _ plugin.Plugin = (*Relayer)(nil)

// Name is the plug-in's HTTP prefix: /v1/proposals.
func (p *Relayer) Name() string { return "proposals" }

// DefaultAllow: what citizens do is gasless; the city's answers and promotions are not.
func (p *Relayer) DefaultAllow() map[string][]string {
	return map[string][]string{deploy.CitizenProposals: {"propose", "proposeWithCredential", "support", "supportWithCredential", "withdraw"}}
}

// Configure takes no settings ([proposals] must be empty).
func (p *Relayer) Configure(c plugin.Config) error {
	if err := c.Section.Decode(&struct{}{}); err != nil {
		return err
	}
	p.contract = c.Contracts[deploy.CitizenProposals]
	return nil
}

// Start reads the events so far: the index lives in memory, rebuilt at each start.
func (p *Relayer) Start(ctx context.Context, h plugin.Host) error {
	p.h = h
	if p.h.Log == nil {
		p.h.Log = slog.Default()
	}
	if p.h.Metrics != nil {
		for _, c := range []prometheus.Collector{p.readErrors, p.failing} {
			if err := p.h.Metrics.Register(c); err != nil {
				return fmt.Errorf("proposals: metrics: %w", err)
			}
		}
	}
	return p.sync(ctx)
}

// sync reads the events since the last sync into a new index and swaps it in: the node is
// read without the lock, and the routes answer from the old index until then, and on an
// error, from it still (older, never emptied or part-read).
func (p *Relayer) sync(ctx context.Context) error {
	if p.contract == (common.Address{}) || p.h.Chain == nil {
		return nil
	}
	p.syncMu.Lock()
	defer p.syncMu.Unlock()
	x, head, err := p.index.Synced(ctx, p.h.Chain, p.contract)
	if err != nil {
		return fmt.Errorf("proposals: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if x.resets > p.index.resets {
		p.h.Log.Info("proposals: the chain replaced the block read last: the proposals were read again from the first block", "proposals", x.Len(), "block", head.Number)
	}
	p.index, p.now, p.synced = x, head.Time, head.Number.Uint64()
	return nil
}

// Routes: the public list and one proposal.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{
		{Method: "GET", Path: "", Label: "proposals", Handler: p.handleList},
		{Method: "GET", Path: "/{id}", Label: "proposal", Handler: p.handleOne},
	}
}

// ListResponse is GET /v1/proposals: the proposals as of the block read last, filtered by
// ?stage=none|department|deliberation|mayor, ?overdue=true, ?open=true.
type ListResponse struct {
	Block     uint64 `json:"block"`
	At        uint64 `json:"at"`
	Proposals []View `json:"proposals"`
}

func (p *Relayer) handleList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	want := -1
	if s := q.Get("stage"); s != "" && s != "none" {
		st, err := ParseStage(s)
		if err != nil {
			p.refuse(w, http.StatusBadRequest, err.Error()+" (or none)")
			return
		}
		want = int(st)
	} else if s == "none" {
		want = 0
	}
	flag := func(name string) (bool, bool) {
		s := q.Get(name)
		if s == "" {
			return false, true
		}
		b, err := strconv.ParseBool(s)
		if err != nil {
			p.refuse(w, http.StatusBadRequest, fmt.Sprintf("%s=%q: want true or false", name, s))
			return false, false
		}
		return b, true
	}
	overdue, ok := flag("overdue")
	if !ok {
		return
	}
	open, ok := flag("open")
	if !ok {
		return
	}
	p.mu.RLock()
	res := ListResponse{Block: p.synced, At: p.now, Proposals: []View{}}
	for _, v := range p.index.All(p.now) {
		if (want >= 0 && v.Stage != want) || (overdue && !v.Overdue) || (open && !v.Open(p.now)) {
			continue
		}
		res.Proposals = append(res.Proposals, v)
	}
	p.mu.RUnlock()
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, res)
}

func (p *Relayer) handleOne(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		p.refuse(w, http.StatusBadRequest, fmt.Sprintf("proposal ID %q: want a whole number", r.PathValue("id")))
		return
	}
	p.mu.RLock()
	v, ok := p.index.At(id, p.now)
	n := p.index.Len()
	p.mu.RUnlock()
	if !ok {
		p.refuse(w, http.StatusNotFound, fmt.Sprintf("no proposal %d (there are %d)", id, n))
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, v)
}

func (p *Relayer) refuse(w http.ResponseWriter, status int, msg string) {
	if p.h.Metrics != nil {
		p.h.Metrics.Refused("proposal", status)
	}
	plugin.WriteJSON(w, status, &plugin.Error{Status: status, Error: msg})
}

// Ready: the contract must be known to answer.
func (p *Relayer) Ready(context.Context) []plugin.Check {
	if p.contract == (common.Address{}) {
		return []plugin.Check{{Name: "proposals", OK: false, Detail: "CitizenProposals is not in the address book"}}
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	detail := fmt.Sprintf("%d proposals indexed (events read to block %d)", p.index.Len(), p.synced)
	if p.failures == 0 {
		return []plugin.Check{{Name: "proposals", OK: true, Detail: detail}}
	}
	failing := time.Since(p.failingSince)
	return []plugin.Check{{Name: "proposals", OK: failing < staleAfter, Detail: fmt.Sprintf("%s; reads failing for %s (%d in a row), retried every %s at the most: %v",
		detail, failing.Round(time.Second), p.failures, retryMax, p.lastErr)}}
}

// Tick follows the contract's new events. The plug-in sends nothing itself: citizens'
// requests go through the relayer's forwarder route.
func (p *Relayer) Tick(ctx context.Context) {
	p.mu.RLock()
	due := !time.Now().Before(p.nextSync)
	p.mu.RUnlock()
	if !due {
		return
	}
	err := p.sync(ctx)
	if err != nil && ctx.Err() != nil {
		return
	}
	p.read(err)
}

// read records a sync's outcome and when the next is due. The operator gets a warning when
// reads start failing, an error once they have failed for staleAfter (and /readyz fails),
// a line when they go through again, and the metrics meanwhile; each retry only at debug.
func (p *Relayer) read(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if err == nil {
		if p.failures > 0 {
			p.h.Log.Info("proposals: the contract's events are read again", "failures", p.failures, "failed_for", now.Sub(p.failingSince).Round(time.Second))
		}
		p.failures, p.lastErr, p.told, p.nextSync = 0, nil, false, now.Add(syncEvery)
		p.failing.Set(0)
		return
	}
	p.readErrors.Inc()
	p.failing.Set(1)
	p.failures++
	wait := min(syncEvery<<min(p.failures-1, 5), retryMax)
	p.lastErr, p.nextSync = err, now.Add(wait)
	switch {
	case p.failures == 1:
		p.failingSince = now
		p.h.Log.Warn("proposals: cannot read the contract's events; the routes answer from those read last, retrying with back-off", "block", p.synced, "err", err, "retry_in", wait)
	case now.Sub(p.failingSince) >= staleAfter && !p.told:
		p.told = true
		p.h.Log.Error("proposals: the contract's events cannot be read: the routes answer from old proposals and /readyz fails; still retrying",
			"block", p.synced, "failures", p.failures, "failing_for", now.Sub(p.failingSince).Round(time.Second), "err", err, "retry_every", retryMax)
	default:
		p.h.Log.Debug("proposals: the contract's events cannot be read, again", "failures", p.failures, "err", err, "retry_in", wait)
	}
}

func (p *Relayer) Jobs() []string             { return nil }
func (p *Relayer) Resubmit(string) error      { return nil }
func (p *Relayer) JobUpdated(txmgr.Job) error { return nil }
