package abidecode

import (
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Book maps contract addresses to their ABIs, so that a log is decoded with the ABI of the
// contract that emitted it. Two contracts may declare events of the same signature with
// other field names (PartTimeLabour's and SolarMarket's Deposited(address,uint256) share a
// topic): trying every ABI in turn would name the fields after whichever comes first.
type Book struct {
	mu sync.RWMutex
	m  map[common.Address]*abi.ABI
}

// Add records a's ABI as the contract at addr's.
func (b *Book) Add(addr common.Address, a *abi.ABI) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.m == nil {
		b.m = map[common.Address]*abi.ABI{}
	}
	b.m[addr] = a
}

// Decode decodes l with the ABI of its emitter when the book knows it, else with the first
// of abis that knows the event. A nil book knows nothing.
func (b *Book) Decode(l *types.Log, abis ...*abi.ABI) (*Event, error) {
	if b != nil {
		b.mu.RLock()
		a := b.m[l.Address]
		b.mu.RUnlock()
		if a != nil {
			if ev, err := DecodeLog(l, a); err == nil {
				return ev, nil
			}
		}
	}
	return DecodeLog(l, abis...)
}
