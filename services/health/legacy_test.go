package health

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// logNode is a node that holds the logs given and counts the eth_getLogs it answers (or
// refuses, while down).
type logNode struct {
	head uint64
	logs []types.Log

	mu     sync.Mutex
	calls  int
	down   bool
	failAt int // the call refused once (a timeout), 0: none
}

func (n *logNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.calls++
	if n.down {
		return nil, errors.New("connection refused")
	}
	if n.calls == n.failAt {
		return nil, errors.New("query timeout exceeded")
	}
	var out []types.Log
	for _, l := range n.logs {
		if l.BlockNumber < q.FromBlock.Uint64() || l.BlockNumber > q.ToBlock.Uint64() || !slices.Contains(q.Addresses, l.Address) {
			continue
		}
		match := true
		for i, want := range q.Topics {
			match = match && (len(want) == 0 || slices.Contains(want, l.Topics[i]))
		}
		if match {
			out = append(out, l)
		}
	}
	return out, nil
}

func (n *logNode) count() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.calls
}

func (n *logNode) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(n.head)}, nil
}
func (n *logNode) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) { return nil, nil }
func (n *logNode) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errors.New("no calls")
}
func (n *logNode) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("no subscriptions")
}

// TestFeedLegacyHolders: the relayer's health plug-in reads the holders of the records
// accessed before records were keyed by their holder once, in pages, when it starts (the
// first anchor of each hash, not a later holder's of the same hash); the feed's logs are
// then decoded with no read of the chain; a node that does not answer fails the decoding
// (the feed's read is retried), never drops the event; a log of a record never anchored is
// left out, and one that does not unpack can never be decoded (plugin.ErrUndecodable).
// A start read that fails part-way (a page timing out) is taken up from the page that
// failed when the feed meets an old access, never from block 0 again.
// legacyLogs makes the logs of a HealthConsent at hc: RecordAnchored, and RecordAccessed
// of the implementation before records were keyed by their holder.
type legacyLogs struct {
	hc, patient, accessor common.Address
	data                  []byte // an old access's non-indexed fields
}

func newLegacyLogs(t *testing.T) legacyLogs {
	t.Helper()
	g := legacyLogs{hc: common.HexToAddress("0x4ea1"), patient: common.HexToAddress("0xa1"), accessor: common.HexToAddress("0xacc")}
	data, err := recordAccessedV2ABI().Events["RecordAccessed"].Inputs.NonIndexed().Pack(big.NewInt(7), uint16(0), g.accessor)
	if err != nil {
		t.Fatal(err)
	}
	g.data = data
	return g
}

func (g legacyLogs) anchored(block uint64, record common.Hash, provider common.Address) types.Log {
	return types.Log{Address: g.hc, BlockNumber: block, Topics: []common.Hash{recordAnchoredID(), record, common.BytesToHash(g.patient[:]), common.BytesToHash(provider[:])}}
}

func (g legacyLogs) accessed(block uint64, record common.Hash) types.Log {
	return types.Log{Address: g.hc, BlockNumber: block, Data: g.data, Topics: []common.Hash{recordAccessedV2ID(), common.BytesToHash(g.patient[:]), common.BytesToHash(g.accessor[:]), record}}
}

// decodedHolder decodes l through p and is the holder it names; it fails the test when l
// is not decoded (an error, or left out).
func decodedHolder(t *testing.T, p *relayerPlugin, l types.Log) string {
	t.Helper()
	d, ok, err := p.DecodeEvent(context.Background(), &l)
	if err != nil || !ok || d.Name != "RecordAccessed" {
		t.Fatalf("record %s accessed at block %d: %+v, %v, %v; want today's RecordAccessed", l.Topics[3].Hex(), l.BlockNumber, d, ok, err)
	}
	return d.Fields[slices.IndexFunc(d.Fields, func(f abidecode.Field) bool { return f.Name == "holder" })].Value
}

func TestFeedLegacyHolders(t *testing.T) {
	g := newLegacyLogs(t)
	hc, anchored, accessed := g.hc, g.anchored, g.accessed
	first, later := common.HexToAddress("0x401"), common.HexToAddress("0x402")
	scan, xray, never := common.HexToHash("0x5ca7"), common.HexToHash("0x7a7"), common.HexToHash("0x7e7e")
	for _, failAt := range []int{0, 2, 9} { // none, an access page's, an anchor page's
		t.Run(fmt.Sprintf("read %d failing", failAt), func(t *testing.T) {
			node := &logNode{failAt: failAt, head: 26_000, logs: []types.Log{
				anchored(10, scan, first), anchored(9_000, xray, first), accessed(12_000, scan), accessed(12_001, xray),
				anchored(20_000, scan, later), // after the upgrade: another holder's record of the same hash
			}}
			v, err := NewView(hc, node)
			if err != nil {
				t.Fatal(err)
			}
			p := &relayerPlugin{view: v, holders: newLegacyHolders(v)}
			ctx := context.Background()
			// 26,001 blocks in pages of 5,000: 6 requests for the accesses, 6 for the anchors; and
			// the one that failed, if one did: the next read goes on from its page.
			reads := 12
			if err := p.holders.readHead(ctx); failAt > 0 {
				if err == nil || !strings.Contains(err.Error(), "query timeout exceeded") || node.count() != failAt {
					t.Fatalf("the start's read %d failing: %v after %d reads", failAt, err, node.count())
				}
				reads++
			} else if err != nil {
				t.Fatal(err)
			}
			for _, rec := range []common.Hash{scan, xray} {
				if h := decodedHolder(t, p, accessed(12_000, rec)); h != first.Hex() {
					t.Fatalf("record %s held by %s, want %s (its first anchor)", rec.Hex(), h, first.Hex())
				}
			}
			l := accessed(12_002, never)
			if d, ok, err := p.DecodeEvent(ctx, &l); ok || err != nil {
				t.Fatalf("a record never anchored: %+v, %v, %v; want left out", d, ok, err)
			}
			if n := node.count(); n != reads {
				t.Fatalf("the start and decoding read the node %d times, want %d", n, reads)
			}

			// A log after what was read, the node down: an error, not a dropped event.
			node.mu.Lock()
			node.head, node.down = 30_000, true
			node.logs = append(node.logs, anchored(27_000, never, later), accessed(28_000, never))
			node.mu.Unlock()
			l = accessed(28_000, never)
			if d, ok, err := p.DecodeEvent(ctx, &l); err == nil || !strings.Contains(err.Error(), "connection refused") || errors.Is(err, plugin.ErrUndecodable) {
				t.Fatalf("the node down: %+v, %v, %v; want its error, passing (not plugin.ErrUndecodable)", d, ok, err)
			}
			node.mu.Lock()
			node.down = false
			node.mu.Unlock()
			if d, ok, err := p.DecodeEvent(ctx, &l); err != nil || !ok || d.Name != "RecordAccessed" {
				t.Fatalf("the node back: %+v, %v, %v", d, ok, err)
			}

			// A log that does not unpack as the old event can never be decoded.
			l.Data = l.Data[:32]
			if d, ok, err := p.DecodeEvent(ctx, &l); !errors.Is(err, plugin.ErrUndecodable) || !ok {
				t.Fatalf("a malformed log: %+v, %v, %v; want plugin.ErrUndecodable", d, ok, err)
			}
		})
	}
}

// TestFeedLegacyHoldersResumedGroup: a start read whose anchor search failed part-way
// (block 50,000) goes on with the same records when the feed meets an old access after
// the start's head; the record that access names is searched for from block 0 in a group
// of its own, not added to the group resumed at 50,000 (its anchor at block 1,200 was
// never found: the event was left out of the feed for every client).
func TestFeedLegacyHoldersResumedGroup(t *testing.T) {
	g := newLegacyLogs(t)
	provider := common.HexToAddress("0x401")
	old, late := common.HexToHash("0x01d"), common.HexToHash("0x1a7e")
	// Blocks 0 to 60,000: 13 pages of accesses, then anchors' pages from 0: the 11th
	// (blocks 50,000 to 54,999) times out.
	node := &logNode{failAt: 13 + 11, head: 60_000, logs: []types.Log{
		g.anchored(100, old, provider), g.anchored(1_200, late, provider), g.accessed(12_000, old),
	}}
	v, err := NewView(g.hc, node)
	if err != nil {
		t.Fatal(err)
	}
	p := &relayerPlugin{view: v, holders: newLegacyHolders(v)}
	if err := p.holders.readHead(context.Background()); err == nil || !strings.Contains(err.Error(), "blocks 50000 to 54999: query timeout exceeded") {
		t.Fatalf("the start's read: %v; want the anchors' page at block 50,000 timing out", err)
	}
	node.mu.Lock()
	node.head = 62_000
	node.logs = append(node.logs, g.accessed(61_000, late))
	node.mu.Unlock()
	for _, l := range []types.Log{g.accessed(61_000, late), g.accessed(12_000, old)} {
		if h := decodedHolder(t, p, l); h != provider.Hex() {
			t.Fatalf("record %s held by %s, want %s", l.Topics[3].Hex(), h, provider.Hex())
		}
	}
}
