package fund

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// LoadBooks rebuilds the books of every fund from the ledger's events, from its first
// block to the head.
func LoadBooks(ctx context.Context, lf ethereum.LogFilterer, ledger common.Address) (*Books, error) {
	logs, err := lf.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{ledger}})
	if err != nil {
		return nil, fmt.Errorf("read the ledger's events: %w", err)
	}
	b := NewBooks()
	if err := b.ApplyLogs(logs); err != nil {
		return nil, err
	}
	return b, nil
}
