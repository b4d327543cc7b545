package fund

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// TestDonationStorePerFund: the relayer's journal takes the same receipt for two funds,
// each once; a record journaled before receipts were per fund (under the receipt alone)
// loads under its fund, and once saved again under its new key, the new state is the one
// loaded.
func TestDonationStorePerFund(t *testing.T) {
	j, err := journal.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	const prefix = "funds/donation/"
	r := common.BytesToHash([]byte("R-2026-000124"))
	old := donationRecord{Fund: 1, Receipt: r, Amount: big.NewInt(100), Collector: "desk", Seq: 1, Status: plugin.StatusSent, Job: "donations-1-1"}
	if err := j.Put(prefix+r.Hex(), &old); err != nil { // the key before receipts were per fund
		t.Fatal(err)
	}
	st, err := loadDonations(j, prefix)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := st.Get(ReceiptKey{1, r}); !ok || got.Status != plugin.StatusSent {
		t.Fatalf("the record journaled before: %+v %v", got, ok)
	}
	noCheck := func([]Donation, *big.Int) (map[common.Hash]bool, error) { return nil, nil }
	ds := []Donation{{Receipt: r, Amount: big.NewInt(7)}}
	if _, err := st.accept("desk", 1, common.Address{}, ds, noCheck); err == nil {
		t.Fatal("another amount for the receipt in fund 1 was accepted")
	}
	if res, err := st.accept("other-desk", 2, common.Address{}, ds, noCheck); err != nil || res.Accepted != 1 {
		t.Fatalf("the receipt for fund 2: %+v %v", res, err)
	}
	if res, err := st.accept("other-desk", 2, common.Address{}, ds, noCheck); err != nil || res.Duplicates != 1 {
		t.Fatalf("the receipt for fund 2 again: %+v %v", res, err)
	}
	if err := st.Update("donations-1-1", func(d *donationRecord) { d.Status = plugin.StatusConfirmed }); err != nil {
		t.Fatal(err)
	}
	again, err := loadDonations(j, prefix)
	if err != nil {
		t.Fatal(err)
	}
	one, _ := again.Get(ReceiptKey{1, r})
	two, _ := again.Get(ReceiptKey{2, r})
	if one.Status != plugin.StatusConfirmed || one.Amount.Int64() != 100 || two.Amount.Int64() != 7 || len(again.All) != 2 {
		t.Fatalf("reloaded: fund 1 %+v, fund 2 %+v, %d records", one, two, len(again.All))
	}
}

// TestDonationsPerBatch: at the default gas margin, the relayer's batches fill a block as
// the mileage route's do (bulk.Fill): some 864 donations a block where the platform's 32%
// share made three batches of 300; donation_batch still caps them.
func TestDonationsPerBatch(t *testing.T) {
	const gasLimit = 30_000_000
	n, _ := DonationsPerBatchAt(gasLimit, 0, 0)
	limit := DonationBatchGas(n) * 120 / 100
	perBlock := 1 + (gasLimit-limit)/(DonationBatchGas(n)*101/100)
	if limit > gasLimit || n*int(perBlock) < 850 {
		t.Errorf("%d donations a batch (gas limit %d), %d batches a block: want whole batches to fill a block of %d", n, limit, perBlock, gasLimit)
	}
	if got, _ := DonationsPerBatchAt(gasLimit, 120, 0); got > 120 || got < 100 {
		t.Errorf("donation_batch 120: %d a batch, want at most 120 that fill a block", got)
	}
	if got, _ := DonationsPerBatchAt(100_000, 0, 0); got != 1 {
		t.Errorf("a block too small for one donation: %d a batch, want 1", got)
	}
}
