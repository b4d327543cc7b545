package feepolicy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultGasMarginPercent is added to a gas estimate: a call whose gas depends on state
// that changes before inclusion (a growing batch, a storage slot cleared) must not run out.
const DefaultGasMarginPercent = 20

// baseFeeMultiplier: twice the base fee keeps a transaction includable through six full
// blocks of base-fee increases (12.5% each).
const baseFeeMultiplier = 2

// WithMargin is gas plus percent of it.
func WithMargin(gas, percent uint64) uint64 {
	return gas + gas*percent/100
}

// FeeCap is the most a transaction offers per gas: the tip plus twice the base fee.
func FeeCap(tip, baseFee *big.Int) *big.Int {
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	return new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(baseFeeMultiplier)))
}

// Backend is what Suggest reads from a node.
type Backend interface {
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Suggest reads the node's tip and the head's base fee and returns the tip and fee cap.
func Suggest(ctx context.Context, b Backend) (tip, feeCap *big.Int, err error) {
	tip, err = b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read head: %w", err)
	}
	return tip, FeeCap(tip, head.BaseFee), nil
}
