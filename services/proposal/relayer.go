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

	mu       sync.RWMutex
	index    *Index
	now      uint64 // the head's time at the last sync
	synced   uint64 // the head's number at the last sync
	lastSync time.Time
}

// syncEvery spaces the reads of new events (blocks come every second or so).
const syncEvery = time.Second

// Plugin builds the plug-in, for services.All.
func Plugin() plugin.Plugin { return NewRelayer() }

// NewRelayer is a plug-in waiting for Configure.
func NewRelayer() *Relayer { return &Relayer{index: NewIndex()} }

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
	return p.sync(ctx)
}

func (p *Relayer) sync(ctx context.Context) error {
	if p.contract == (common.Address{}) || p.h.Chain == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	head, err := p.index.Sync(ctx, p.h.Chain, p.contract)
	if err != nil {
		return fmt.Errorf("proposals: %w", err)
	}
	p.now, p.synced = head.Time, head.Number.Uint64()
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
	return []plugin.Check{{Name: "proposals", OK: true, Detail: fmt.Sprintf("%d proposals indexed (events read to block %d)", p.index.Len(), p.synced)}}
}

// Tick follows the contract's new events. The plug-in sends nothing itself: citizens'
// requests go through the relayer's forwarder route.
func (p *Relayer) Tick(ctx context.Context) {
	if time.Since(p.lastSync) < syncEvery {
		return
	}
	p.lastSync = time.Now()
	if err := p.sync(ctx); err != nil {
		p.h.Log.Warn("proposals: follow the contract's events", "err", err)
	}
}

func (p *Relayer) Jobs() []string             { return nil }
func (p *Relayer) Resubmit(string) error      { return nil }
func (p *Relayer) JobUpdated(txmgr.Job) error { return nil }
