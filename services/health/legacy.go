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
// held across one; one read of the chain at a time.
type legacyHolders struct {
	v *View

	load sync.Mutex // held across a read of the chain

	mu      sync.RWMutex
	read    bool   // blocks 0 to upTo read
	upTo    uint64 // the last block read
	holders map[[32]byte]common.Address
}

func newLegacyHolders(v *View) *legacyHolders {
	return &legacyHolders{v: v, holders: map[[32]byte]common.Address{}}
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

// readTo reads the old RecordAccessed logs after what was read up to block to, and the
// first RecordAnchored of each record they name and no earlier read did (hashes were
// global then: the first anchor of a hash, before its access, is its record's one). Called
// with x.load held.
func (x *legacyHolders) readTo(ctx context.Context, to uint64) error {
	x.mu.RLock()
	from := x.upTo + 1
	if !x.read {
		from = 0
	}
	x.mu.RUnlock()
	if from > to {
		return nil
	}
	var want [][32]byte
	seen := map[[32]byte]bool{}
	err := x.pages(ctx, from, to, [][]common.Hash{{recordAccessedV2ID()}}, func(l []common.Hash) {
		if r := [32]byte(l[3]); !seen[r] {
			if _, known := x.known(r); !known {
				want, seen[r] = append(want, r), true
			}
		}
	})
	if err != nil {
		return fmt.Errorf("read the accesses logged before records were keyed by their holder: %w", err)
	}
	found := map[[32]byte]common.Address{}
	for lo := 0; lo < len(want); lo += legacyTopics {
		topics := []common.Hash{}
		for _, r := range want[lo:min(lo+legacyTopics, len(want))] {
			topics = append(topics, common.Hash(r))
		}
		err := x.pages(ctx, 0, to, [][]common.Hash{{recordAnchoredID()}, topics}, func(l []common.Hash) {
			if r := [32]byte(l[1]); found[r] == (common.Address{}) {
				found[r] = common.BytesToAddress(l[3][:])
			}
		})
		if err != nil {
			return fmt.Errorf("read who anchored the records accessed before records were keyed by their holder: %w", err)
		}
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for r, h := range found {
		x.holders[r] = h
	}
	x.read, x.upTo = true, to
	return nil
}

func (x *legacyHolders) known(record [32]byte) (common.Address, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	h, ok := x.holders[record]
	return h, ok
}

// pages reads the contract's logs matching topics in blocks from to to, legacyPage blocks a
// request, and calls each with a log's topics, in the chain's order.
func (x *legacyHolders) pages(ctx context.Context, from, to uint64, topics [][]common.Hash, each func([]common.Hash)) error {
	for lo := from; lo <= to; lo += legacyPage {
		hi := min(lo+legacyPage-1, to)
		logs, err := x.v.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{x.v.addr}, Topics: topics})
		if err != nil {
			return fmt.Errorf("blocks %d to %d: %w", lo, hi, err)
		}
		for _, l := range logs {
			if len(l.Topics) == 4 {
				each(l.Topics)
			}
		}
	}
	return nil
}
