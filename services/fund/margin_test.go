package fund

import (
	"testing"

	"github.com/seoulchain/seoulchain/internal/feepolicy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// TestDonationsPerBatchAtMargin: the relayer's batches are sized with the margin its
// transaction manager is configured with, so that a block's worth of them fits the block
// whatever the margin: the last batch's gas limit in what the others use. Sized for the
// default margin, a block's worth of batches sent with a larger one overfills the block.
func TestDonationsPerBatchAtMargin(t *testing.T) {
	const gasLimit = 30_000_000 // the devnet's first blocks; README: some 860 a block
	fits := func(n, perBlock int, margin uint64) bool {
		return uint64(perBlock-1)*DonationBatchGas(n)+feepolicy.WithMargin(DonationBatchGas(n), margin) <= gasLimit
	}
	defN, defBlock := DonationsPerBatchAt(gasLimit, 0, 0)
	for _, margin := range []uint64{0, 4, feepolicy.DefaultGasMarginPercent, 50, 100} {
		effective := margin
		if effective == 0 {
			effective = feepolicy.DefaultGasMarginPercent
		}
		n, perBlock := DonationsPerBatchAt(gasLimit, 0, margin)
		if !fits(n, perBlock, effective) {
			t.Errorf("margin %d%%: %d batches of %d donations overfill a block of %d gas", effective, perBlock, n, gasLimit)
		}
		if n*perBlock < 700 {
			t.Errorf("margin %d%%: %d batches of %d donations, far under a block's worth", effective, perBlock, n)
		}
		if effective > feepolicy.DefaultGasMarginPercent && fits(defN, defBlock, effective) {
			t.Errorf("margin %d%%: batches sized for the default margin fit too; the test no longer tells the margins apart", effective)
		}
		r := &Relayer{h: plugin.Host{GasMarginPercent: margin}}
		if got := r.perBatch(gasLimit); got != n {
			t.Errorf("margin %d%%: the relayer cuts %d donations a batch, want %d", effective, got, n)
		}
	}
	// donation_batch still caps a batch.
	r := &Relayer{h: plugin.Host{GasMarginPercent: 50}, cfg: RelayerConfig{DonationBatch: 10}}
	if got := r.perBatch(gasLimit); got != 10 {
		t.Errorf("donation_batch 10: %d a batch", got)
	}
}
