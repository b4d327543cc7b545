package health

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// legacyPage is how many blocks legacyHolders asks a node for at once: the relayer's event
// feed reads in pages of this size, so a node that serves the feed serves these.
const legacyPage = 5000

// legacyTopics is how many record hashes one request for their RecordAnchored names.
const legacyTopics = 100

// errNeverAnchored: a RecordAccessed of the implementation before records were keyed by
// their holder names a record never anchored before it: not the contract's own log.
var errNeverAnchored = errors.New("never anchored before it was accessed")

// legacyHolders are the holders of the records accessed under the RecordAccessed of the
// implementation before records were keyed by their holder, for the relayer's feed: read
// once, in pages, when the relayer starts (that set is finite: once the proxy is upgraded
// no such log is emitted any more), and read on only for such a log in a block after what
// was read (a relayer started before the upgrade). Lookups take no chain call and no lock
// held across one; one read of the chain at a time. A read that fails part-way keeps what
// it read: the next goes on from the page that failed, never from block 0 again (a node
// timing out one page in a hundred would otherwise never let a read finish).
type legacyHolders struct {
	v *View

	load sync.Mutex // held across a read of the chain; guards the progress below
	// The progress of the read under way: the old accesses are read up to block scanned-1;
	// the records they named whose holder is not found yet are wanted, in order; the
	// anchors of the first grouped of them (at most legacyTopics, 0: no group begun) are
	// read up to block anchored-1, those found in found; target is the block the read goes
	// up to. A group is fixed until its anchors are read: a record wanted since it began
	// (an access after the block a failed read was to go up to) waits for the next group,
	// searched from block 0, rather than join one searched from anchored on only.
	scanned, anchored, target uint64
	grouped                   int
	wanted                    [][32]byte
	isWanted                  map[[32]byte]bool
	found                     map[[32]byte]common.Address

	mu      sync.RWMutex
	read    bool   // blocks 0 to upTo read
	upTo    uint64 // the last block read
	holders map[[32]byte]common.Address
}

func newLegacyHolders(v *View) *legacyHolders {
	return &legacyHolders{v: v, holders: map[[32]byte]common.Address{}, isWanted: map[[32]byte]bool{}, found: map[[32]byte]common.Address{}}
}

// holder is the holder of record, accessed at block under the old RecordAccessed: from
// what was read, or after reading the chain up to block. errNeverAnchored when no anchor
// of record is on chain.
func (x *legacyHolders) holder(ctx context.Context, record [32]byte, block uint64) (common.Address, error) {
	if h, known := x.lookup(record, block); known {
		return h, nil
	}
	x.load.Lock()
	defer x.load.Unlock()
	if h, known := x.lookup(record, block); known { // another read got there first
		return h, nil
	}
	if err := x.readTo(ctx, block); err != nil {
		return common.Address{}, err
	}
	if h, known := x.lookup(record, block); known {
		return h, nil
	}
	return common.Address{}, fmt.Errorf("record %x, accessed at block %d: %w", record, block, errNeverAnchored)
}

// lookup is record's holder, if the blocks up to block were read and it was found.
func (x *legacyHolders) lookup(record [32]byte, block uint64) (common.Address, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if !x.read || block > x.upTo {
		return common.Address{}, false
	}
	h, ok := x.holders[record]
	return h, ok
}

// readHead reads up to the chain's head: the relayer's start.
func (x *legacyHolders) readHead(ctx context.Context) error {
	head, err := x.v.head(ctx)
	if err != nil {
		return err
	}
	x.load.Lock()
	defer x.load.Unlock()
	return x.readTo(ctx, head)
}

// readTo reads the old RecordAccessed logs after what was read up to block to (or further,
// to where a read that failed had got), and the first RecordAnchored of each record they
// name and no earlier read did (hashes were global then: the first anchor of a hash,
// before its access, is its record's one). Each page read is kept: after an error the next
// call goes on from the page that failed. Called with x.load held.
func (x *legacyHolders) readTo(ctx context.Context, to uint64) error {
	x.mu.RLock()
	done := x.read && x.upTo >= to
	x.mu.RUnlock()
	if done {
		return nil
	}
	x.target = max(x.target, to)
	for x.scanned <= x.target {
		next, err := x.page(ctx, x.scanned, x.target, [][]common.Hash{{recordAccessedV2ID()}}, func(l []common.Hash) {
			if r := [32]byte(l[3]); !x.isWanted[r] {
				if _, known := x.known(r); !known {
					x.wanted, x.isWanted[r] = append(x.wanted, r), true
				}
			}
		})
		if err != nil {
			return fmt.Errorf("read the accesses logged before records were keyed by their holder: %w", err)
		}
		x.scanned = next
	}
	for len(x.wanted) > 0 {
		if x.grouped == 0 {
			x.grouped, x.anchored = min(legacyTopics, len(x.wanted)), 0
		}
		batch := x.wanted[:x.grouped]
		topics := make([]common.Hash, len(batch))
		for i, r := range batch {
			topics[i] = common.Hash(r)
		}
		for x.anchored <= x.target {
			next, err := x.page(ctx, x.anchored, x.target, [][]common.Hash{{recordAnchoredID()}, topics}, func(l []common.Hash) {
				if r := [32]byte(l[1]); x.found[r] == (common.Address{}) {
					x.found[r] = common.BytesToAddress(l[3][:])
				}
			})
			if err != nil {
				return fmt.Errorf("read who anchored the records accessed before records were keyed by their holder: %w", err)
			}
			x.anchored = next
		}
		x.mu.Lock()
		for r, h := range x.found {
			x.holders[r] = h
		}
		x.mu.Unlock()
		for _, r := range batch {
			delete(x.isWanted, r)
		}
		x.wanted, x.grouped, x.anchored, x.found = x.wanted[len(batch):], 0, 0, map[[32]byte]common.Address{}
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.read, x.upTo = true, x.target
	return nil
}

func (x *legacyHolders) known(record [32]byte) (common.Address, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	h, ok := x.holders[record]
	return h, ok
}

// page reads the contract's logs matching topics in the page of blocks from lo (at most
// legacyPage, not past to) and calls each with a log's topics, in the chain's order; next
// is the block after the page.
func (x *legacyHolders) page(ctx context.Context, lo, to uint64, topics [][]common.Hash, each func([]common.Hash)) (next uint64, err error) {
	hi := min(lo+legacyPage-1, to)
	logs, err := x.v.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
		Addresses: []common.Address{x.v.addr}, Topics: topics})
	if err != nil {
		return 0, fmt.Errorf("blocks %d to %d: %w", lo, hi, err)
	}
	for _, l := range logs {
		if len(l.Topics) == 4 {
			each(l.Topics)
		}
	}
	return hi + 1, nil
}
