package mileage

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/bulk"
)

// Caps on creditBatch sizes, for the CLI (--batch-size) and the relayer (credit_batch):
// batches are cut by gas and bytes (CreditBatches), and these cap them further.
// MaxCreditBatch keeps one batch well inside a block of the devnet's gas limit (a batch of
// 500 new citizens uses about 16M gas); DefaultCreditBatch is the relayer's cap when none
// is given (the CLI has none by default): above the ~970 of which three batches fill a
// block of the devnet, so that the block, not the cap, cuts (500 made seven batches of a
// block's worth, where three fill it).
const (
	MaxCreditBatch     = 2000
	DefaultCreditBatch = 1000
)

// CreditBatchGas is the gas limit of a creditBatch of n credits sent without an estimate:
// CreditGas each (a bound a little over a new citizen's measured 32.7k) and the
// transaction's own cost.
func CreditBatchGas(n int) uint64 { return creditBatchBase + uint64(n)*CreditGas }

const creditBatchBase = 60_000

// CreditGas bounds the gas of one credit in a creditBatch: a new citizen's costs about
// 32k (bench/scoin_test.go), an existing one's 15k. It sizes batches before any is
// measured (the relayer) and when a measure fails.
const CreditGas = 34_000

// CreditBatches cuts credits into creditBatch calls by the platform's bulk rules: whole
// batches fill a block of blockGasLimit gas (bulk.Fill; each batch's gas limit
// CreditBatchGas, its gas used taken as no more), each within bulk.DefaultMaxBytes of
// calldata and at most maxRecords credits if that is set. The relayer's credit route cuts
// this way, with no measure of its credits; the CLI's --csv import measures them (bulk.Send).
func CreditBatches(program uint32, credits []Credit, blockGasLimit uint64, maxRecords int) ([][]Credit, error) {
	most := MaxCreditBatch
	if maxRecords > 0 {
		most = min(most, maxRecords)
	}
	a := scoinABI()
	// A credit's calldata is the same size whatever its values: the bytes bound is a
	// number of credits, and batches are sized under it.
	byBytes, err := bulk.PerBytes(bulk.DefaultMaxBytes, func(n int) ([]byte, error) {
		blank := make([]Credit, n)
		for i := range blank {
			blank[i].Amount = new(big.Int)
		}
		return a.Pack("creditBatch", program, Entries(blank))
	})
	if err != nil {
		return nil, err
	}
	most = min(most, byBytes)
	n, _ := bulk.Fill(blockGasLimit, 0, most, CreditBatchGas, CreditBatchGas)
	cuts, err := bulk.Cut(len(credits), n, bulk.DefaultMaxBytes, func(lo, hi int) (int, error) {
		data, err := a.Pack("creditBatch", program, Entries(credits[lo:hi]))
		return len(data), err
	})
	if err != nil {
		return nil, err
	}
	out := make([][]Credit, len(cuts))
	for i, c := range cuts {
		out[i] = credits[c[0]:c[1]]
	}
	return out, nil
}

// CheckBatchSize refuses a batch size the contract or the block cannot take.
func CheckBatchSize(n int) error {
	if n < 1 || n > MaxCreditBatch {
		return fmt.Errorf("batch size %d: want 1 to %d credits per transaction", n, MaxCreditBatch)
	}
	return nil
}

// ErrOverBudget: the credits need more than the program's remaining budget; S-Coin would
// refuse the whole batch.
var ErrOverBudget = errors.New("mileage program's budget is short")

// Sum is the total amount of credits.
func Sum(credits []Credit) *big.Int {
	total := new(big.Int)
	for _, c := range credits {
		total.Add(total, c.Amount)
	}
	return total
}

// CheckBudget refuses credits that need more than p's remaining budget, naming the program,
// what is left and what is asked. already is what earlier credits, accepted and not yet
// sent, will take from the budget first (nil: none).
func CheckBudget(p *Program, need, already *big.Int) error {
	left := new(big.Int).Set(p.RemainingBudget)
	if already != nil {
		left.Sub(left, already)
	}
	if need.Cmp(left) <= 0 {
		return nil
	}
	queued := ""
	if already != nil && already.Sign() > 0 {
		queued = fmt.Sprintf(" (%s S-Coin of it already taken by credits accepted and not yet sent)", amount.Format(already, 0))
	}
	return fmt.Errorf("%w: program %d (%q) has %s S-Coin of budget left%s; these credits ask for %s. A program manager raises it with 'seoulchain mileage program update %d --budget AMOUNT'",
		ErrOverBudget, p.ID, p.Name, amount.Format(p.RemainingBudget, 0), queued, amount.Format(need, 0), p.ID)
}

// Unit is S-Coin's unit as the commands' JSON names it beside an amount (1 S-Coin = 1 won).
const Unit = "S-Coin"
