package proposal

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
)

// fakeChain is blocks of logs; a block's hash changes with its fork number. It refuses, as
// nodes do, a getLogs range wider than maxRange (0: no cap), and fails the request failAt
// (counting from 1; 0: none).
type fakeChain struct {
	blocks   [][]types.Log
	fork     map[uint64]uint64
	maxRange uint64
	failAt   int
	keptFrom uint64 // a range from before it is refused as pruned history (go-ethereum 1.16)
	requests int
}

func (c *fakeChain) header(n uint64) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(n), Extra: new(big.Int).SetUint64(c.fork[n]).Bytes()}
}

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return c.header(uint64(len(c.blocks) - 1)), nil
	}
	return c.header(n.Uint64()), nil
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.requests++
	if c.requests == c.failAt {
		return nil, errors.New("connection reset by peer")
	}
	if q.FromBlock.Uint64() < c.keptFrom {
		return nil, errors.New("pruned history unavailable")
	}
	if lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64(); c.maxRange > 0 && hi-lo+1 > c.maxRange {
		return nil, fmt.Errorf("exceed maximum block range: %d", c.maxRange)
	}
	var out []types.Log
	for n := q.FromBlock.Uint64(); n <= q.ToBlock.Uint64() && n < uint64(len(c.blocks)); n++ {
		out = append(out, c.blocks[n]...)
	}
	return out, nil
}

func eventLog(t *testing.T, name string, topics []common.Hash, args ...any) types.Log {
	t.Helper()
	a, _ := citizenproposals.CitizenProposalsMetaData.GetAbi()
	ev := a.Events[name]
	var nonIndexed abi.Arguments
	for _, in := range ev.Inputs {
		if !in.Indexed {
			nonIndexed = append(nonIndexed, in)
		}
	}
	data, err := nonIndexed.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Topics: append([]common.Hash{ev.ID}, topics...), Data: data}
}

// TestIndexRebuildsAfterAReorganisation: the events of a replaced block are not counted.
func TestIndexRebuildsAfterAReorganisation(t *testing.T) {
	id := common.BigToHash(big.NewInt(1))
	citizen := func(i int64) common.Hash { return common.BigToHash(big.NewInt(100 + i)) }
	created := eventLog(t, "ProposalCreated", []common.Hash{id, citizen(0)}, uint16(1), [32]byte{1}, [32]byte{2}, uint64(1000))
	support := func(i int64, n uint32) types.Log {
		return eventLog(t, "Supported", []common.Hash{id, citizen(i)}, n)
	}
	c := &fakeChain{blocks: [][]types.Log{{created}, {support(1, 1)}, {support(2, 2)}}, fork: map[uint64]uint64{}}
	x := NewIndex()
	if _, err := x.Sync(context.Background(), c, common.Address{}); err != nil {
		t.Fatal(err)
	}
	// Block 2 is replaced by one with another citizen's support, and block 3 follows.
	c.fork[2] = 1
	c.blocks[2] = []types.Log{support(3, 2)}
	c.blocks = append(c.blocks, []types.Log{support(4, 3)})
	if _, err := x.Sync(context.Background(), c, common.Address{}); err != nil {
		t.Fatal(err)
	}
	v, _ := x.At(1, 0)
	if x.resets != 1 || v.Supports != 3 || v.Supporters != 3 {
		t.Fatalf("after the reorganisation: %d resets, %d supports, %d supporters; want 1, 3, 3", x.resets, v.Supports, v.Supporters)
	}
	// No change: no rebuild.
	if _, err := x.Sync(context.Background(), c, common.Address{}); err != nil || x.resets != 1 {
		t.Fatalf("a quiet sync rebuilt (%d resets, %v)", x.resets, err)
	}
}

// TestIndexSyncPaged: the index reads through internal/logpage, so a node that caps the
// range of a getLogs is read in the ranges it allows (Sync failed on the first refusal),
// and a read that fails part-way counts no event twice at the next Sync.
func TestIndexSyncPaged(t *testing.T) {
	id := common.BigToHash(big.NewInt(1))
	citizen := func(i int64) common.Hash { return common.BigToHash(big.NewInt(100 + i)) }
	chain := func() *fakeChain {
		blocks := make([][]types.Log, 12_000)
		blocks[10] = []types.Log{eventLog(t, "ProposalCreated", []common.Hash{id, citizen(0)}, uint16(1), [32]byte{1}, [32]byte{2}, uint64(1000))}
		blocks[6_000] = []types.Log{eventLog(t, "Supported", []common.Hash{id, citizen(1)}, uint32(1))}
		blocks[11_000] = []types.Log{eventLog(t, "Supported", []common.Hash{id, citizen(2)}, uint32(2))}
		return &fakeChain{blocks: blocks, fork: map[uint64]uint64{}}
	}
	tests := []struct {
		name     string
		maxRange uint64
		failAt   int // the request that fails in the first Sync (0: none)
	}{
		{"no cap", 0, 0},
		{"capped at 1,000 blocks", 1_000, 0},
		{"fails after two pages", 0, 3},
		{"capped, fails after some pages", 1_000, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := chain()
			c.maxRange, c.failAt = tt.maxRange, tt.failAt
			x := NewIndex()
			_, err := x.Sync(context.Background(), c, common.Address{})
			if (err != nil) != (tt.failAt > 0) {
				t.Fatalf("first sync: %v", err)
			}
			if err != nil {
				if !strings.Contains(err.Error(), "read the proposals' events of blocks ") || !strings.Contains(err.Error(), "connection reset by peer") {
					t.Fatalf("first sync: %v", err)
				}
				if _, err := x.Sync(context.Background(), c, common.Address{}); err != nil {
					t.Fatal(err)
				}
			}
			v, ok := x.At(1, 0)
			if !ok || v.Supports != 2 || v.Supporters != 2 {
				t.Fatalf("proposal 1: %v, %d supports, %d supporters; want 2, 2", ok, v.Supports, v.Supporters)
			}
		})
	}
}

// TestIndexSyncAppliesAsItReads: a sync applies each page of logs as it reads it, into the
// new index (never every log since the first block gathered first: a start or a rebuild
// would hold them all); a log that fails stops the read there, at the page that holds it,
// with the index as it was; and the new index copies only the proposals an event changes,
// the older index keeping its own as they were.
func TestIndexSyncAppliesAsItReads(t *testing.T) {
	id := func(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }
	citizen := func(i int64) common.Hash { return common.BigToHash(big.NewInt(100 + i)) }
	created := func(p int64) types.Log {
		return eventLog(t, "ProposalCreated", []common.Hash{id(p), citizen(0)}, uint16(1), [32]byte{1}, [32]byte{2}, uint64(1000))
	}
	support := func(p, i int64, n uint32) types.Log {
		return eventLog(t, "Supported", []common.Hash{id(p), citizen(i)}, n)
	}
	// Three pages of 5,000 blocks; the second holds a log that does not parse.
	bad := support(2, 1, 1)
	bad.Data, bad.BlockNumber = []byte{1}, 6_001
	c := &fakeChain{blocks: make([][]types.Log, 15_000), fork: map[uint64]uint64{}}
	c.blocks[10], c.blocks[20] = []types.Log{created(1)}, []types.Log{created(2)}
	c.blocks[6_000], c.blocks[6_001], c.blocks[11_000] = []types.Log{support(1, 1, 1)}, []types.Log{bad}, []types.Log{support(1, 2, 2)}
	x := NewIndex()
	if _, err := x.Sync(context.Background(), c, common.Address{}); err == nil || !strings.Contains(err.Error(), "proposal event in block 6001") {
		t.Fatalf("a log that does not parse: %v", err)
	}
	if c.requests != 2 || x.Len() != 0 || x.next != 0 {
		t.Fatalf("after the failed sync: %d getLogs (want 2: stopped at the page), %d proposals, next %d (want none, 0)", c.requests, x.Len(), x.next)
	}

	c.blocks[6_001] = []types.Log{support(2, 1, 1)}
	if _, err := x.Sync(context.Background(), c, common.Address{}); err != nil {
		t.Fatal(err)
	}
	// One more block: a support of proposal 1 only.
	c.blocks = append(c.blocks, []types.Log{support(1, 3, 3)})
	y, _, err := x.Synced(context.Background(), c, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		x        *Index
		supports [3]int
	}{{"the older index", x, [3]int{0, 2, 1}}, {"the new one", y, [3]int{0, 3, 1}}} {
		for p := uint64(1); p <= 2; p++ {
			if v, ok := tc.x.At(p, 0); !ok || v.Supports != tc.supports[p] || v.Supporters != uint32(tc.supports[p]) {
				t.Errorf("%s: proposal %d: %v, %d supports, %d supporters; want %d", tc.name, p, ok, v.Supports, v.Supporters, tc.supports[p])
			}
		}
	}
	if y.proposals[1] == x.proposals[1] || y.proposals[2] != x.proposals[2] {
		t.Errorf("proposal 1 shared %v (want copied: an event changed it), proposal 2 shared %v (want shared: none did)",
			y.proposals[1] == x.proposals[1], y.proposals[2] == x.proposals[2])
	}
}

// TestIndexSyncOnAPrunedNode: the proposals are rebuilt from all their events; a node that
// lost the older blocks' logs is an error saying so and where to read, not an index
// missing the proposals of those blocks.
func TestIndexSyncOnAPrunedNode(t *testing.T) {
	c := &fakeChain{blocks: make([][]types.Log, 100), fork: map[uint64]uint64{}, keptFrom: 50}
	_, err := NewIndex().Sync(context.Background(), c, common.Address{})
	want := "the proposals are rebuilt from all their contract's events: read the proposals' events of blocks 0-99: the node has lost the logs of some of these blocks (its history was pruned, or it was synced from a later block): pruned history unavailable; read them from a node that keeps every block's logs (an archive node, not one whose history was pruned)"
	if err == nil || err.Error() != want {
		t.Fatalf("Sync = %v;\nwant %s", err, want)
	}
}
