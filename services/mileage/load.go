package mileage

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/scoin"
)

// Chain is what Load reads: logs, headers and contract calls.
type Chain interface {
	bind.ContractCaller
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// logChunk bounds one eth_getLogs query, so a long history does not hit a node's limits.
const logChunk = 50_000

// Load rebuilds the report of the S-Coin contract at the chain's head from its events since
// fromBlock (its deployment block, or 0), and checks it against the contract's totalSupply
// and programs at the same block. On a mismatch it returns the report and an error wrapping
// ErrReportMismatch.
func Load(ctx context.Context, c Chain, contract common.Address, fromBlock uint64) (*Report, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read chain head: %w", err)
	}
	sc, err := scoin.NewSCoinCaller(contract, c)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	epoch, err := sc.EPOCHLENGTH(opts)
	if err != nil {
		return nil, fmt.Errorf("read S-Coin at %s: %w", contract.Hex(), err)
	}
	validity, err := sc.VALIDITYPERIOD(opts)
	if err != nil {
		return nil, fmt.Errorf("read S-Coin at %s: %w", contract.Hex(), err)
	}
	var logs []types.Log
	for from := fromBlock; from <= head.Number.Uint64(); from += logChunk {
		to := min(from+logChunk-1, head.Number.Uint64())
		part, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{contract},
		})
		if err != nil {
			return nil, fmt.Errorf("read S-Coin events in blocks %d-%d: %w", from, to, err)
		}
		logs = append(logs, part...)
	}
	// Logs come in block order, several per block: each block's header is read once.
	times := map[uint64]uint64{}
	blockTime := func(n uint64) (uint64, error) {
		if t, ok := times[n]; ok {
			return t, nil
		}
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, err
		}
		times[n] = h.Time
		return h.Time, nil
	}
	r, err := Rebuild(logs, blockTime, Expiry{EpochLength: epoch.Uint64(), ValidityPeriod: validity.Uint64()}, head.Time)
	if err != nil {
		return nil, err
	}
	supply, err := sc.TotalSupply(opts)
	if err != nil {
		return nil, fmt.Errorf("read totalSupply: %w", err)
	}
	issued := map[uint32]*big.Int{}
	for _, p := range r.Programs {
		info, err := sc.ProgramInfo(opts, p.ID)
		if err != nil {
			return nil, fmt.Errorf("read program %d: %w", p.ID, err)
		}
		issued[p.ID] = info.Issued
	}
	return r, r.Check(supply, issued)
}
