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
func TestFeedLegacyHolders(t *testing.T) {
	hc := common.HexToAddress("0x4ea1")
	patient, accessor := common.HexToAddress("0xa1"), common.HexToAddress("0xacc")
	first, later := common.HexToAddress("0x401"), common.HexToAddress("0x402")
	scan, xray, never := common.HexToHash("0x5ca7"), common.HexToHash("0x7a7"), common.HexToHash("0x7e7e")
	anchored := func(block uint64, record common.Hash, provider common.Address) types.Log {
		return types.Log{Address: hc, BlockNumber: block, Topics: []common.Hash{recordAnchoredID(), record, common.BytesToHash(patient[:]), common.BytesToHash(provider[:])}}
	}
	ev := recordAccessedV2ABI().Events["RecordAccessed"]
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(7), uint16(0), accessor)
	if err != nil {
		t.Fatal(err)
	}
	accessed := func(block uint64, record common.Hash) types.Log {
		return types.Log{Address: hc, BlockNumber: block, Data: data, Topics: []common.Hash{recordAccessedV2ID(), common.BytesToHash(patient[:]), common.BytesToHash(accessor[:]), record}}
	}
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
				l := accessed(12_000, rec)
				d, ok, err := p.DecodeEvent(ctx, &l)
				if err != nil || !ok || d.Name != "RecordAccessed" {
					t.Fatalf("record %s: %+v, %v, %v", rec.Hex(), d, ok, err)
				}
				if h := d.Fields[slices.IndexFunc(d.Fields, func(f abidecode.Field) bool { return f.Name == "holder" })].Value; h != first.Hex() {
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
