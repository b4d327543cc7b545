package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services"
	"github.com/seoulchain/seoulchain/services/mileage"
)

// BenchmarkRelayerCredits is BenchmarkBulkCredits through the relayer's credit route: a
// back office posts 10,000 credits to new citizens (BULK_BENCH_RECORDS sets another
// number) to POST /v1/mileage/credits in posts of 10,000, on the default devnet and the
// relayer's default configuration; the relayer cuts them by the bulk rules and sends them
// through its transaction manager from the program's pinned key. Timed from the first
// post to the block holding the last credit (the S-Coin program's budget read every
// 100 ms), beside the ceiling of the block gas limit and period. BULK_BENCH_TRACE=1 prints
// each block of the run.
func BenchmarkRelayerCredits(b *testing.B) {
	n := 10_000
	if v := os.Getenv("BULK_BENCH_RECORDS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("BULK_BENCH_RECORDS=%q: want a positive number", v)
		}
	}
	dir := b.TempDir()
	dcfg := devnettest.Config(b, dir)
	nw := devnettest.Start(b, dcfg)
	l := newLoad(b, nw.Info(), dir)
	ctx := context.Background()

	cfg := relayer.Config{Batching: true, Listen: "127.0.0.1:0"}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		b.Fatal(err)
	}
	cfg.DataDir = b.TempDir()
	ks, err := relayer.LoadKeys(cfg)
	if err != nil {
		b.Fatal(err)
	}
	// A program whose issuer is the relayer's first key.
	scAddr := l.info.Contracts[deploy.SCoin]
	sc, _ := scoin.NewSCoinCaller(scAddr, l.ec)
	count, err := sc.ProgramCount(&bind.CallOpts{})
	if err != nil {
		b.Fatal(err)
	}
	budget := new(big.Int).Mul(big.NewInt(int64(n)), big.NewInt(1000))
	l.send(scAddr, l.sc, "addProgram", "bench relayer credits", budget, []common.Address{crypto.PubkeyToAddress(ks[0].PublicKey)})
	program := uint32(count.Uint64() + 1)
	const token = "bench-token"
	sec, err := plugin.SectionOf(mileage.RelayerConfig{Issuers: []mileage.Issuer{{Name: "bench", TokenHash: plugin.HashToken(token), Program: program}}})
	if err != nil {
		b.Fatal(err)
	}
	cfg.Plugins = map[string]any{"mileage": sec}
	svc, err := relayer.New(cfg, ks, services.RelayerPlugins(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		b.Fatal(err)
	}
	defer svc.Stop(ctx)
	url := "http://" + svc.Addr() + "/v1/mileage/credits"

	var posts [][]byte
	for lo := 0; lo < n; lo += 10_000 {
		var cs []map[string]any
		for i := lo; i < min(lo+10_000, n); i++ {
			cs = append(cs, map[string]any{"citizen": crypto.PubkeyToAddress(newKey().PublicKey), "amount": "100", "recordId": i + 1})
		}
		body, _ := json.Marshal(map[string]any{"credits": cs})
		posts = append(posts, body)
	}
	before, err := sc.ProgramInfo(&bind.CallOpts{}, program)
	if err != nil {
		b.Fatal(err)
	}
	want := new(big.Int).Sub(before.RemainingBudget, big.NewInt(int64(n)*100))
	trace := watchBlocks(b, l.ec)
	start := time.Now()
	for _, body := range posts {
		req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			b.Fatalf("post credits: %s %s", resp.Status, msg)
		}
	}
	var done time.Time
	var blocks []uint64
	for deadline := time.Now().Add(5 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		head, err := l.ec.HeaderByNumber(ctx, nil)
		if err != nil {
			continue
		}
		p, err := sc.ProgramInfo(&bind.CallOpts{BlockNumber: head.Number}, program)
		if err == nil && p.RemainingBudget.Cmp(want) <= 0 {
			done = time.Now()
			blocks = append(blocks, head.Number.Uint64())
			break
		}
	}
	trace.stop(nil)
	if done.IsZero() {
		b.Fatal("the credits were not all credited within 5 minutes")
	}
	el := done.Sub(start)
	// Gas per credit as in BenchmarkBulkCredits: measured on the chain, from the blocks
	// of the run (only the relayer's credits were sent meanwhile).
	var gas uint64
	first, err := l.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	for k := blocks[0]; k > 0 && k+60 > blocks[0]; k-- {
		h, err := l.ec.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
		if err != nil {
			b.Fatal(err)
		}
		if time.Unix(int64(h.Time), 0).Before(start.Add(-time.Second)) {
			break
		}
		gas += h.GasUsed
	}
	rate := float64(n) / el.Seconds()
	gasPer := float64(gas) / float64(n)
	ceiling := float64(first.GasLimit) / float64(dcfg.Period) / gasPer
	b.ReportMetric(rate, "credits/s")
	b.ReportMetric(rate/ceiling, "of-ceiling")
	fmt.Printf("\n| credits through POST /v1/mileage/credits | time (post to the block of the last credit) | credits/s | gas/credit | ceiling (%dM gas / %d s) | ratio | load |\n| --- | --- | --- | --- | --- | --- | --- |\n",
		first.GasLimit/1_000_000, dcfg.Period)
	fmt.Printf("| %d | %s | %.0f | %.0f | %.0f/s | %.2f | %s |\n", n, el.Round(10*time.Millisecond), rate, gasPer, ceiling, rate/ceiling, loadAverage())
}
