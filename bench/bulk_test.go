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
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/services/mileage"
)

// BenchmarkBulkCredits sends 10,000 S-Coin credits to new citizens (BULK_BENCH_RECORDS sets
// another number, e.g. 100000) through the bulk sender, as `mileage credit --csv` does, on
// the default devnet (3 signers, 1 s blocks, 100M gas), and prints credits/s beside the
// ceiling the block gas limit and period allow for the measured gas per credit. The time
// is the user's: from the call to bulk.Send (the command's work after reading its file:
// measuring, cutting, signing) to its return (every batch in a block, its receipt read).
// BULK_BENCH_TRACE=1 prints the sender's plan and each block of the run.
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
		// As `mileage credit --csv --devnet` does: each batch also to the other signers.
		nodes := bulk.DialNodes(context.Background(), nw.Info().NodeURLs(), nw.Info().RPC(), benchLog())
		defer nodes.Close()
		trace := watchBlocks(b, l.ec)
		res, err = bulk.Send(context.Background(), l.ec, bulk.Config{
			Dir: filepath.Join(b.TempDir(), "progress"), Keys: []*ecdsa.PrivateKey{key.PrivateKey}, Pin: key.Address,
			ABIs: abis, Log: benchLog(), AlsoTo: nodes.Also,
		}, mileage.CreditWork(l.info.Contracts[deploy.SCoin], 1, credits))
		trace.stop(res)
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
	fmt.Printf("\n| credits | time (call to return) | credits/s | gas/credit | ceiling (%dM gas / %d s) | ratio | transactions | batches a block | blocks | first in a block | load |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
		head.GasLimit/1_000_000, cfg.Period)
	fmt.Printf("| %d | %s | %.0f | %.0f | %.0f/s | %.2f | %d | %d × %d | %d | %s | %s |\n", n, res.Elapsed.Round(10*time.Millisecond), rate, gasPer, ceiling, rate/ceiling,
		res.Batches, res.PerBlock, res.PerBatch, res.Timings.Blocks, res.Timings.FirstMined.Round(10*time.Millisecond), loadAverage())
}

// loadAverage is the machine's load over the last minute (/proc/loadavg), printed beside
// a rate: on a machine busy with other work the devnet's signers seal late.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}

// blockTrace notes when each new block reached the bench's client, to print (with
// BULK_BENCH_TRACE=1) where a run's time went: the wait for its first block, each block's
// gas and transactions, idle blocks, the wait after the last.
type blockTrace struct {
	b     *testing.B
	ec    *ethclient.Client
	start time.Time
	seen  map[uint64]time.Duration
	done  chan struct{}
	quit  chan struct{}
}

func watchBlocks(b *testing.B, ec *ethclient.Client) *blockTrace {
	t := &blockTrace{b: b, ec: ec, start: time.Now(), seen: map[uint64]time.Duration{}, done: make(chan struct{}), quit: make(chan struct{})}
	if os.Getenv("BULK_BENCH_TRACE") == "" {
		close(t.done)
		return t
	}
	go func() {
		defer close(t.done)
		for {
			if h, err := ec.HeaderByNumber(context.Background(), nil); err == nil {
				if _, ok := t.seen[h.Number.Uint64()]; !ok {
					t.seen[h.Number.Uint64()] = time.Since(t.start)
				}
			}
			select {
			case <-t.quit:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return t
}

// stop prints the blocks seen while it watched, after the bulk sender's timings (res, if
// the run was the bulk sender's).
func (t *blockTrace) stop(res *bulk.Result) {
	close(t.quit)
	<-t.done
	if len(t.seen) == 0 {
		return
	}
	if res != nil {
		tm := res.Timings
		fmt.Printf("\nfirst sent %s, first mined %s, last mined %s, returned %s; %d blocks hold the batches\n",
			tm.FirstSent.Round(time.Millisecond), tm.FirstMined.Round(time.Millisecond), tm.LastMined.Round(time.Millisecond), res.Elapsed.Round(time.Millisecond), tm.Blocks)
	}
	var lo, hi uint64 = ^uint64(0), 0
	for n := range t.seen {
		lo, hi = min(lo, n), max(hi, n)
	}
	fmt.Println("| block | seen at | in turn | transactions (nonce:gas limit) | gas used |\n| --- | --- | --- | --- | --- |")
	for n := lo; n <= hi; n++ {
		blk, err := t.ec.BlockByNumber(context.Background(), new(big.Int).SetUint64(n))
		if err != nil {
			continue
		}
		at := "-"
		if d, ok := t.seen[n]; ok {
			at = d.Round(time.Millisecond).String()
		}
		var txs []string
		for _, tx := range blk.Transactions() {
			txs = append(txs, fmt.Sprintf("%d:%.1fM", tx.Nonce(), float64(tx.Gas())/1e6))
		}
		// Clique: difficulty 2 in turn, 1 out of turn (the in-turn signer was late).
		fmt.Printf("| %d | %s | %v | %s | %.1f%% |\n", n, at, blk.Difficulty().Uint64() == 2, strings.Join(txs, " "), 100*float64(blk.GasUsed())/float64(blk.GasLimit()))
	}
}

func newKey() *ecdsa.PrivateKey {
	k, _ := crypto.GenerateKey()
	return k
}

// benchLog is the bulk sender's log: its plan with BULK_BENCH_TRACE set, else nothing.
func benchLog() *slog.Logger {
	if os.Getenv("BULK_BENCH_TRACE") == "" {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))
}
