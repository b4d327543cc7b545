package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/services/mileage"
)

// BenchmarkBulkCredits sends 10,000 S-Coin credits to new citizens (BULK_BENCH_RECORDS sets
// another number, e.g. 100000) through the bulk sender, as `mileage credit --csv` does, on
// the default devnet (3 signers, 1 s blocks, 100M gas), and prints credits/s beside the
// ceiling the block gas limit and period allow for the measured gas per credit.
func BenchmarkBulkCredits(b *testing.B) {
	n := 10_000
	if v := os.Getenv("BULK_BENCH_RECORDS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("BULK_BENCH_RECORDS=%q: want a positive number", v)
		}
	}
	dir := b.TempDir()
	cfg := devnettest.Config(b, dir)
	nw := devnettest.Start(b, cfg)
	l := newLoad(b, nw.Info(), dir) // program 1, the staff key its issuer
	key, err := nw.Info().Staff.Unlock()
	if err != nil {
		b.Fatal(err)
	}
	head, err := l.ec.HeaderByNumber(context.Background(), nil)
	if err != nil {
		b.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	var res *bulk.Result
	for i := 0; i < b.N; i++ {
		credits := make([]mileage.Credit, n)
		for k := range credits {
			l.record++
			credits[k] = mileage.Credit{Citizen: crypto.PubkeyToAddress(newKey().PublicKey), Amount: big.NewInt(100), RecordID: l.record, Line: k + 2}
		}
		res, err = bulk.Send(context.Background(), l.ec, bulk.Config{
			Dir: filepath.Join(b.TempDir(), "progress"), Keys: []*ecdsa.PrivateKey{key.PrivateKey}, Pin: key.Address,
			ABIs: abis, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		}, mileage.CreditWork(l.info.Contracts[deploy.SCoin], 1, credits))
		if err != nil {
			b.Fatal(err)
		}
		if res.Sent != n || len(res.Failed) != 0 {
			b.Fatalf("%d of %d credited, %d failed: %v", res.Sent, n, len(res.Failed), res.Failed[:min(3, len(res.Failed))])
		}
	}
	rate := res.PerSecond()
	gasPer := float64(res.GasUsed) / float64(res.Sent)
	ceiling := float64(head.GasLimit) / float64(cfg.Period) / gasPer
	b.ReportMetric(rate, "credits/s")
	b.ReportMetric(ceiling, "ceiling/s")
	b.ReportMetric(rate/ceiling, "of-ceiling")
	fmt.Printf("\n| credits | time | credits/s | gas/credit | ceiling (%dM gas / %d s) | ratio | transactions |\n| --- | --- | --- | --- | --- | --- | --- |\n",
		head.GasLimit/1_000_000, cfg.Period)
	fmt.Printf("| %d | %s | %.0f | %.0f | %.0f/s | %.2f | %d |\n", n, res.Elapsed.Round(10*time.Millisecond), rate, gasPer, ceiling, rate/ceiling, res.Batches)
}

func newKey() *ecdsa.PrivateKey {
	k, _ := crypto.GenerateKey()
	return k
}
