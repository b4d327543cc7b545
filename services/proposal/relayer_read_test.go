package proposal

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// flakyNode is a fakeChain as the relayer's node (the plug-in reads only headers and
// logs): while down, every read fails as a node that blinked; while logsDown, its getLogs;
// a getLogs of a range from block failFrom on fails too (0: none).
type flakyNode struct {
	bind.ContractBackend // nil: the plug-in reads nothing else
	c                    *fakeChain
	down, logsDown       bool
	failFrom             uint64
}

func (n *flakyNode) HeaderByNumber(ctx context.Context, num *big.Int) (*types.Header, error) {
	if n.down {
		return nil, errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	return n.c.HeaderByNumber(ctx, num)
}

func (n *flakyNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if n.down || n.logsDown || (n.failFrom > 0 && q.FromBlock.Uint64() >= n.failFrom) {
		return nil, errors.New("connection reset by peer")
	}
	return n.c.FilterLogs(ctx, q)
}

// testMetrics is the relayer's plug-in metrics on a registry of the test's own.
type testMetrics struct{ reg *prometheus.Registry }

func (testMetrics) Accepted(string, int)                    {}
func (testMetrics) Refused(string, int)                     {}
func (testMetrics) Latency(string, time.Duration)           {}
func (m testMetrics) Register(c prometheus.Collector) error { return m.reg.Register(c) }

// value is the series name's value, 0 if absent.
func (m testMetrics) value(t *testing.T, name string) float64 {
	t.Helper()
	fams, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() == name && len(f.Metric) == 1 {
			if c := f.Metric[0].GetCounter(); c != nil {
				return c.GetValue()
			}
			return f.Metric[0].GetGauge().GetValue()
		}
	}
	return 0
}

// TestRoutesKeepTheProposalsWhileReadsFail: a read of the node that fails (the node
// blinks, a rebuild after a reorganisation fails part-way, an event does not decode) leaves
// the public routes answering the proposals read last, never an empty list or "there are
// 0"; the failures are retried with back-off, counted in the metrics, and fail /readyz once
// they have lasted staleAfter; the next read that goes through brings the new events.
func TestRoutesKeepTheProposalsWhileReadsFail(t *testing.T) {
	citizen := func(i int64) common.Hash { return common.BigToHash(big.NewInt(100 + i)) }
	created := func(id int64) types.Log {
		return eventLog(t, "ProposalCreated", []common.Hash{common.BigToHash(big.NewInt(id)), citizen(0)}, uint16(1), [32]byte{1}, [32]byte{2}, uint64(1000))
	}
	blocks := make([][]types.Log, 12_000)
	blocks[10], blocks[6_000], blocks[11_000] = []types.Log{created(1)}, []types.Log{created(2)}, []types.Log{created(3)}
	c := &fakeChain{blocks: blocks, fork: map[uint64]uint64{}}
	node := &flakyNode{c: c}
	m := testMetrics{prometheus.NewRegistry()}
	p := NewRelayer()
	if err := p.Configure(plugin.Config{Contracts: deploy.Addresses{deploy.CitizenProposals: common.HexToAddress("0xc1")}}); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background(), plugin.Host{Chain: node, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: m}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	for _, rt := range p.Routes() {
		mux.HandleFunc(rt.Method+" /v1/"+p.Name()+rt.Path, rt.Handler)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	tick := func() {
		t.Helper()
		p.mu.Lock()
		p.nextSync = time.Time{} // due now, whatever the back-off
		p.mu.Unlock()
		p.Tick(context.Background())
	}
	serves := func(step string, want int) {
		t.Helper()
		var list ListResponse
		if code := getJSON(t, srv.URL+"/v1/proposals", &list); code != http.StatusOK || len(list.Proposals) != want {
			t.Fatalf("%s: GET /v1/proposals = %d with %d proposals; want 200 with %d", step, code, len(list.Proposals), want)
		}
		var v View
		if code := getJSON(t, srv.URL+fmt.Sprintf("/v1/proposals/%d", want), &v); code != http.StatusOK || v.ID != uint64(want) {
			t.Fatalf("%s: GET /v1/proposals/%d = %d %+v", step, want, code, v)
		}
	}
	ready := func(step string, ok bool, detail string) {
		t.Helper()
		checks := p.Ready(context.Background())
		if len(checks) != 1 || checks[0].OK != ok || !strings.Contains(checks[0].Detail, detail) {
			t.Fatalf("%s: Ready = %+v; want OK %v with %q", step, checks, ok, detail)
		}
	}
	serves("at start", 3)
	ready("at start", true, "3 proposals indexed (events read to block 11999)")

	// The node blinks while new blocks came (it fails the reads of the logs, or all): the
	// proposals stay, the wait grows.
	c.blocks = append(c.blocks, []types.Log{created(4)})
	for i, down := range []*bool{&node.logsDown, &node.down, &node.logsDown} {
		*down = true
		tick()
		serves(fmt.Sprintf("failed read %d", i+1), 3)
		*down = false
	}
	node.down = true
	p.mu.RLock()
	wait := time.Until(p.nextSync)
	p.mu.RUnlock()
	if wait < 3*time.Second || wait > 4*time.Second {
		t.Fatalf("after 3 failed reads the next is in %s; want 4 s", wait)
	}
	if got := m.value(t, "relayer_proposals_read_errors_total"); got != 3 {
		t.Fatalf("relayer_proposals_read_errors_total = %v; want 3", got)
	}
	ready("a short blip", true, "reads failing for 0s (3 in a row)")
	p.mu.Lock()
	p.failingSince = time.Now().Add(-staleAfter)
	p.mu.Unlock()
	ready("failing for a minute", false, "reads failing for 1m0s (3 in a row), retried every 30s at the most: proposals: read the proposals' events of blocks 12000-12000: connection reset by peer")
	if got := m.value(t, "relayer_proposals_read_failing"); got != 1 {
		t.Fatalf("relayer_proposals_read_failing = %v; want 1", got)
	}

	node.down = false
	tick()
	serves("read again", 4)
	ready("read again", true, "4 proposals indexed (events read to block 12000)")
	if got := m.value(t, "relayer_proposals_read_failing"); got != 0 {
		t.Fatalf("relayer_proposals_read_failing = %v; want 0", got)
	}

	// The block read last is replaced: the rebuild from block 0 fails after its first
	// page; the routes answer from the old proposals, not from that page.
	c.fork[12_000] = 1
	node.failFrom = logPage
	tick()
	serves("a rebuild failed part-way", 4)

	// An event that does not decode: nothing of its read is applied, and it is retried.
	node.failFrom = 0
	c.fork[12_000] = 0
	c.blocks = append(c.blocks, []types.Log{created(5)}, []types.Log{{Topics: []common.Hash{topic("Supported")}, Data: []byte{1}}})
	tick()
	serves("an event does not decode", 4)
	ready("an event does not decode", true, "proposal event in block")
}
