package txmgr

import (
	"fmt"
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
}

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
		c.PollInterval = 250 * time.Millisecond
	}
	if c.LowBalanceRetry == 0 {
		c.LowBalanceRetry = 10 * time.Second
	}
	if c.FeeBumpPercent < 10 {
		return fmt.Errorf("fee bump of %d%%: nodes replace a pending transaction only for at least 10%% more", c.FeeBumpPercent)
	}
	if c.ResubmitAfter < c.PollInterval {
		return fmt.Errorf("resubmit after %s is shorter than the poll interval %s", c.ResubmitAfter, c.PollInterval)
	}
	return nil
}
