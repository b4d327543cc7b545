package txmgr

import (
	"fmt"
	"math/big"
	"time"

	"github.com/seoulchain/seoulchain/internal/feepolicy"
)

// Config tunes the manager. Zero values take the defaults in Check.
type Config struct {
	// Confirmations is how many blocks must follow a transaction's block before its job is
	// confirmed; Clique chains reorganise short forks between in-turn and out-of-turn signers.
	Confirmations uint64 `toml:"confirmations"`
	// ResubmitAfter is how long a transaction may stay unmined before it is sent again
	// with higher fees.
	ResubmitAfter time.Duration `toml:"resubmit_after"`
	// FeeBumpPercent raises both fee caps on a resubmission; nodes replace a pending
	// transaction only for at least 10% more.
	FeeBumpPercent uint64 `toml:"fee_bump_percent"`
	// GasMarginPercent is added to the gas estimate.
	GasMarginPercent uint64 `toml:"gas_margin_percent"`
	// PollInterval is how often receipts and the head are read.
	PollInterval time.Duration `toml:"poll_interval"`
	// LowBalanceRetry is how long a key short of balance waits before it is checked again.
	LowBalanceRetry time.Duration `toml:"low_balance_retry"`
	// MaxInFlight is how many transactions one key may have sent and not yet mined: the
	// window of nonces in the pool. A larger window carries more load per key; a smaller
	// one loses less fee-bump work when the node drops the pool.
	MaxInFlight int `toml:"max_in_flight"`
	// MaxFeeCapGwei bounds the fee cap of any attempt: fee bumps stop there, and the
	// transaction is broadcast again as it is.
	MaxFeeCapGwei float64 `toml:"max_fee_cap_gwei"`
	// TxFeeCapEther is the node's cap on one transaction's fee (gas × fee cap; geth's
	// --rpc.txfeecap, 1 ether by default): fee caps are kept under it, and a job that
	// cannot be is refused before it is sent (CodeFeeCap).
	TxFeeCapEther float64 `toml:"tx_fee_cap_ether"`
	// MaxAttempts bounds the signed attempts (fee bumps) a job keeps: after the last the
	// same transaction is broadcast again, never a new one.
	MaxAttempts int `toml:"max_attempts"`
}

// Defaults of the limits.
const (
	DefaultMaxInFlight   = 16
	DefaultMaxFeeCapGwei = 1000
	DefaultTxFeeCapEther = 1
	DefaultMaxAttempts   = 10
	// MaxTxSize is geth's limit on one transaction's encoding (txpool txMaxSize): a larger
	// one is refused as "oversized data" whatever its fees.
	MaxTxSize = 4 * 32 * 1024
)

// Check fills defaults and refuses values that cannot work.
func (c *Config) Check() error {
	if c.ResubmitAfter == 0 {
		c.ResubmitAfter = 20 * time.Second
	}
	if c.FeeBumpPercent == 0 {
		c.FeeBumpPercent = 15
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = feepolicy.DefaultGasMarginPercent
	}
	if c.PollInterval == 0 {
		// A tenth of the devnet's block period: the head is one cheap read, and receipts
		// are read once per block for every key (view).
		c.PollInterval = 100 * time.Millisecond
	}
	if c.LowBalanceRetry == 0 {
		c.LowBalanceRetry = 10 * time.Second
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.MaxFeeCapGwei == 0 {
		c.MaxFeeCapGwei = DefaultMaxFeeCapGwei
	}
	if c.TxFeeCapEther == 0 {
		c.TxFeeCapEther = DefaultTxFeeCapEther
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.MaxInFlight < 1 || c.MaxInFlight > 1024 {
		return fmt.Errorf("max_in_flight %d: want 1 to 1024 (the node's pool must keep that many per account: the devnet's keeps 1,024)", c.MaxInFlight)
	}
	if c.MaxAttempts < 1 {
		return fmt.Errorf("max_attempts %d: want at least 1", c.MaxAttempts)
	}
	if c.MaxFeeCapGwei < 0 || c.TxFeeCapEther < 0 {
		return fmt.Errorf("max_fee_cap_gwei and tx_fee_cap_ether must be positive")
	}
	if c.FeeBumpPercent < 10 {
		return fmt.Errorf("fee bump of %d%%: nodes replace a pending transaction only for at least 10%% more", c.FeeBumpPercent)
	}
	if c.ResubmitAfter < c.PollInterval {
		return fmt.Errorf("resubmit after %s is shorter than the poll interval %s", c.ResubmitAfter, c.PollInterval)
	}
	return nil
}

func (c *Config) maxFeeCap() *big.Int {
	return weiOf(c.MaxFeeCapGwei, 1e9)
}

func (c *Config) txFeeCap() *big.Int {
	return weiOf(c.TxFeeCapEther, 1e18)
}

func weiOf(v, unit float64) *big.Int {
	w, _ := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(unit)).Int(nil)
	return w
}
