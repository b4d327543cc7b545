package bench

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/fund"
)

func fundReceipt(i int) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	return crypto.Keccak256Hash([]byte("bench receipt"), b[:])
}

// BenchmarkFundDonations reports the gas per donation of donateBatch in batches of 1, 100
// and 500 (the collecting system's path, and the relayer's): a receipt's slot, its Donated
// event, and one KRW transfer per batch.
func BenchmarkFundDonations(b *testing.B) {
	for _, n := range []int{1, 100, 500} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			acc := chaintest.Accounts(b, 2)
			city, mgr := acc[0], acc[1]
			addrs := city.Deploy(deploy.FundLedger)
			token, ledger := addrs[deploy.KRWToken], addrs[deploy.FundLedger]
			krw, _ := krwtoken.KRWTokenMetaData.GetAbi()
			a, _ := fundledger.FundLedgerMetaData.GetAbi()
			city.Must(token, krw, "mint", city.Addr(), big.NewInt(1e15), "DEP-BENCH")
			city.Must(token, krw, "approve", ledger, big.NewInt(1e15))
			now := city.Now()
			city.Must(ledger, a, "createFund", fundledger.FundLedgerTerms{Kind: fund.KindDonation, Manager: mgr.Addr(), Supervisor: city.Addr(),
				Start: now - 10, End: now + 1e6, ApprovalThreshold: big.NewInt(0), AdminLimit: big.NewInt(0), ReturnTo: city.Addr()})
			city.Must(ledger, a, "addCollector", big.NewInt(1), city.Addr()) // the supervisor registers its collecting system
			var gas uint64
			next := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				batch := make([]fundledger.FundLedgerDonation, n)
				for j := range batch {
					batch[j] = fundledger.FundLedgerDonation{Receipt: fundReceipt(next), Amount: big.NewInt(10_000)}
					next++
				}
				gas = city.Must(ledger, a, "donateBatch", big.NewInt(1), batch).GasUsed
			}
			b.ReportMetric(float64(gas), "gas/batch")
			b.ReportMetric(float64(gas)/float64(n), "gas/donation")
		})
	}
}

// fundHistory is a campaign's events built in Go (no chain): 100,000 donations of 10,000 to
// 100,000 won and 10,000 spends over four lines, one spend after every ten donations, a
// tenth of them pending and then approved, one in fifty refunded in part, one in a hundred
// flagged.
func fundHistory() []any {
	one := big.NewInt(1)
	evs := []any{
		&fundledger.FundLedgerFundCreated{Fund: one, Kind: fund.KindDonation, ApprovalThreshold: big.NewInt(500_000)},
	}
	for l := 0; l < 5; l++ {
		evs = append(evs, &fundledger.FundLedgerLineAdded{Fund: one, Line: big.NewInt(int64(l)), Code: [32]byte{byte('a' + l)}, Limit: big.NewInt(1e12)})
	}
	spend := int64(0)
	for i := 0; i < 100_000; i++ {
		evs = append(evs, &fundledger.FundLedgerDonated{Fund: one, Receipt: fundReceipt(i), Amount: big.NewInt(int64(10_000 + (i%10)*10_000))})
		if i%10 != 9 {
			continue
		}
		spend++
		id := big.NewInt(spend)
		pending := spend%10 == 0
		evs = append(evs, &fundledger.FundLedgerSpendRequested{Fund: one, Spend: id, Line: big.NewInt(1 + spend%4),
			Payee: common.BigToAddress(big.NewInt(spend % 50)), Amount: big.NewInt(300_000), Evidence: [32]byte{1}, Pending: pending})
		if pending {
			evs = append(evs, &fundledger.FundLedgerSpendApproved{Fund: one, Spend: id})
		}
		if spend%50 == 0 {
			evs = append(evs, &fundledger.FundLedgerSpendRefunded{Fund: one, Spend: id, Amount: big.NewInt(50_000)})
		}
		if spend%100 == 0 {
			evs = append(evs, &fundledger.FundLedgerSpendFlagged{Fund: one, Spend: id, ReasonRef: [32]byte{2}})
		}
	}
	return evs
}

func booksOf(b *testing.B, evs []any) *fund.Books {
	bk := fund.NewBooks()
	for _, ev := range evs {
		if err := bk.Apply(ev); err != nil {
			b.Fatal(err)
		}
	}
	return bk
}

// BenchmarkFundReport times `fund report` on a fund of 100,000 donations and 10,000 spends
// without the node: rebuilding the books from its 111,000 parsed events, then the report.
func BenchmarkFundReport(b *testing.B) {
	evs := fundHistory()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := booksOf(b, evs).Funds[1].Report(); len(r.Lines) != 5 {
			b.Fatal("report")
		}
	}
	b.ReportMetric(float64(len(evs)), "events")
}

// BenchmarkFundTrace times `fund trace` on the same books: the first gift (every spend
// after it takes its part) and a gift in the middle.
func BenchmarkFundTrace(b *testing.B) {
	bk := booksOf(b, fundHistory())
	for _, tc := range []struct {
		name string
		gift int
	}{{"first gift", 0}, {"middle gift", 50_000}} {
		b.Run(tc.name, func(b *testing.B) {
			var spends int
			for i := 0; i < b.N; i++ {
				tr, err := bk.Trace(1, fundReceipt(tc.gift))
				if err != nil {
					b.Fatal(err)
				}
				spends = len(tr.Spends)
			}
			b.ReportMetric(float64(spends), "spends-traced")
		})
	}
}
