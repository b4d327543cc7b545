package bench

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/services"
)

// BenchmarkRelayerLoad offers signed S-Coin payments open-loop (at a fixed rate, whether or
// not earlier ones are done) from distinct new citizens to the relayer in its default
// configuration on the default devnet (3 signers, 1-second blocks, 4 hot keys), and prints
// beside it the chain's own ceiling measured on the same devnet: plain transfers per
// second and Mgas per second.
//
// RELAYER_BENCH_DURATION (default 10s; the figure is 60s) and RELAYER_BENCH_RATES
// (offered requests per second, default "250,500") set the runs.
func BenchmarkRelayerLoad(b *testing.B) {
	dur := 10 * time.Second
	if v := os.Getenv("RELAYER_BENCH_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("RELAYER_BENCH_DURATION: %v", err)
		}
		dur = d
	}
	rates := []int{250, 500}
	if v := os.Getenv("RELAYER_BENCH_RATES"); v != "" {
		rates = nil
		for _, f := range strings.Split(v, ",") {
			r, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				b.Fatalf("RELAYER_BENCH_RATES: %v", err)
			}
			rates = append(rates, r)
		}
	}
	dir := b.TempDir()
	nw := devnettest.Start(b, devnettest.Config(b, dir))
	l := newLoad(b, nw.Info(), dir)

	chain := l.chainCeiling(3000)
	var rows []string
	for _, rate := range rates {
		for _, conf := range []uint64{1} {
			n := max(rate*int(dur/time.Second), 2000)
			r := l.openLoop(rate, n, conf)
			rows = append(rows, fmt.Sprintf("| %d/s × %s, depth %d | %d (%.0f/s) | %v | %d | %.0f | %.0f | %.0f%% | %.2f | %.2f | %.0f | %d |",
				rate, time.Duration(n/rate)*time.Second, conf, n, float64(n)/r.offerSeconds, r.refused, r.confirmed, r.sustained, r.perSecond,
				100*r.sustained/chain.txPerSecond, r.p50.Seconds(), r.p99.Seconds(), r.gasPerRequest, r.failed))
		}
	}
	b.ReportMetric(0, "ns/op")
	fmt.Printf("\nChain ceiling on this devnet: %.0f plain transfers/s, %.1f Mgas/s (%d transfers)\n\n", chain.txPerSecond, chain.mgasPerSecond, chain.n)
	fmt.Println("| offered | requests (offered/s achieved) | refused | confirmed | sustained confirmed/s (middle 90%) | whole run /s (drain included) | sustained ÷ chain tx/s | p50 s | p99 s | gas/request | failed |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Println(r)
	}
	fmt.Println()
}

type loadResult struct {
	refused           map[string]int
	offerSeconds      float64
	confirmed, failed int
	perSecond         float64
	sustained         float64
	p50, p99          time.Duration
	gasPerRequest     float64
}

// openLoop offers n payments at rate per second from n new citizens, then waits for every
// one to end. Latency is from the relayer's acceptance to the moment it found the request
// confirmed, both as the relayer reports them in the request's status.
func (l *load) openLoop(rate, n int, conf uint64) loadResult {
	b := l.b
	b.Helper()
	keys := l.citizensBulk(n)
	bodies := make([][]byte, n)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += 2 {
				r, sig := l.request(keys[i])
				bodies[i], _ = json.Marshal(map[string]any{
					"request": map[string]any{"from": r.From, "to": r.To, "value": "0", "gas": r.Gas.String(), "nonce": "0",
						"deadline": fmt.Sprint(r.Deadline), "data": hexutil.Encode(r.Data)},
					"signature": hexutil.Encode(sig),
				})
			}
		}(w)
	}
	wg.Wait()

	cfg := relayer.Config{Batching: true, Listen: "127.0.0.1:0", Confirmations: conf}
	if err := relayer.DevnetConfig(&cfg, l.dir); err != nil {
		b.Fatal(err)
	}
	cfg.DataDir = b.TempDir()
	ks, err := relayer.LoadKeys(cfg)
	if err != nil {
		b.Fatal(err)
	}
	var logw io.Writer = io.Discard
	if f := os.Getenv("RELAYER_BENCH_LOG"); f != "" {
		lf, err := os.Create(f)
		if err != nil {
			b.Fatal(err)
		}
		defer lf.Close()
		logw = lf
	}
	svc, err := relayer.New(cfg, ks, services.RelayerPlugins(), slog.New(slog.NewTextHandler(logw, nil)))
	if err != nil {
		b.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer svc.Stop(context.Background())
	url := "http://" + svc.Addr()
	// Idle connections kept for every request in flight: a closed one sits in TIME_WAIT,
	// and tens of thousands of them exhaust the ports the next run needs.
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 4096, MaxIdleConnsPerHost: 4096}}

	seen := map[uint64]time.Time{}
	var seenMu sync.Mutex
	stopSeen := make(chan struct{})
	go func() {
		for {
			select {
			case <-stopSeen:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if h, err := l.ec.HeaderByNumber(context.Background(), nil); err == nil {
				seenMu.Lock()
				if _, ok := seen[h.Number.Uint64()]; !ok {
					seen[h.Number.Uint64()] = time.Now()
				}
				seenMu.Unlock()
			}
		}
	}()
	defer close(stopSeen)
	accepted := make([]time.Time, n)
	ids := make([]string, n)
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	var posts sync.WaitGroup
	var mu sync.Mutex
	refused := map[string]int{}
	for i := 0; i < n; i++ {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		posts.Add(1)
		go func(i int) {
			defer posts.Done()
			resp, err := client.Post(url+"/v1/relay", "application/json", bytes.NewReader(bodies[i]))
			if err != nil {
				b.Error(err)
				return
			}
			var out map[string]any
			json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if resp.StatusCode != http.StatusAccepted {
				// Open loop: a refusal (the relayer over its intake bounds) is counted,
				// not retried.
				mu.Lock()
				refused[fmt.Sprint(resp.StatusCode)]++
				mu.Unlock()
				return
			}
			accepted[i], ids[i] = time.Now(), out["id"].(string)
		}(i)
	}
	posts.Wait()
	offerEnd := time.Now()

	// Follow every request to its end; at most 16 status reads at once.
	confirmedAt := make([]time.Time, n)
	status := make([]map[string]any, n)
	deadline := time.Now().Add(3 * time.Minute)
	pending := map[int]bool{}
	for i := range ids {
		if ids[i] != "" {
			pending[i] = true
		}
	}
	for len(pending) > 0 && time.Now().Before(deadline) {
		var mu sync.Mutex
		sem := make(chan struct{}, 16)
		var rd sync.WaitGroup
		var round []int
		for i := range pending {
			round = append(round, i)
		}
		for _, i := range round {
			rd.Add(1)
			sem <- struct{}{}
			go func(i int) {
				defer rd.Done()
				defer func() { <-sem }()
				resp, err := client.Get(url + "/v1/relay/" + ids[i])
				if err != nil {
					return
				}
				var st map[string]any
				json.NewDecoder(resp.Body).Decode(&st)
				resp.Body.Close()
				if st["status"] == relayer.StatusConfirmed || st["status"] == relayer.StatusFailed {
					mu.Lock()
					confirmedAt[i], status[i] = time.Now(), st
					delete(pending, i)
					mu.Unlock()
				}
			}(i)
		}
		rd.Wait()
		time.Sleep(100 * time.Millisecond)
	}

	res := loadResult{refused: refused, offerSeconds: offerEnd.Sub(start).Seconds()}
	var lat []time.Duration
	var last time.Time
	txs := map[common.Hash]int{}
	for i, st := range status {
		if st == nil {
			continue
		}
		if st["status"] != relayer.StatusConfirmed {
			res.failed++
			b.Logf("request failed: %v", st)
			continue
		}
		res.confirmed++
		// The relayer's own times (same clock as the bench's): the bench's polling of
		// thousands of statuses would otherwise add its round time to every latency.
		if acc, fin, ok := relayTimes(st); ok {
			accepted[i], confirmedAt[i] = acc, fin
		}
		lat = append(lat, confirmedAt[i].Sub(accepted[i]))
		if confirmedAt[i].After(last) {
			last = confirmedAt[i]
		}
		txs[common.HexToHash(fmt.Sprint(st["txHash"]))]++
	}
	res.failed += len(pending)
	if os.Getenv("RELAYER_BENCH_DIAG") != "" {
		seenMu.Lock()
		var incl, conf []time.Duration
		blocks := map[uint64]int{}
		for i, st := range status {
			if st == nil || st["status"] != relayer.StatusConfirmed {
				continue
			}
			bn := uint64(st["block"].(float64))
			blocks[bn]++
			if t, ok := seen[bn]; ok {
				incl = append(incl, t.Sub(accepted[i]))
				conf = append(conf, confirmedAt[i].Sub(t))
			}
		}
		seenMu.Unlock()
		pct := func(d []time.Duration) string {
			sort.Slice(d, func(i, k int) bool { return d[i] < d[k] })
			if len(d) == 0 {
				return "-"
			}
			return fmt.Sprintf("p50 %v p90 %v p99 %v", d[len(d)/2].Round(10*time.Millisecond), d[len(d)*9/10].Round(10*time.Millisecond), d[len(d)*99/100].Round(10*time.Millisecond))
		}
		fmt.Printf("DIAG accept→head seen: %s; head seen→confirmed seen: %s\n", pct(incl), pct(conf))
		var bns []uint64
		for bn := range blocks {
			bns = append(bns, bn)
		}
		sort.Slice(bns, func(i, k int) bool { return bns[i] < bns[k] })
		if len(bns) > 0 {
			lo, hi := bns[0], bns[len(bns)-1]
			bns = bns[:0]
			for bn := lo; bn <= hi; bn++ {
				bns = append(bns, bn)
			}
		}
		for _, bn := range bns {
			h, _ := l.ec.HeaderByNumber(context.Background(), new(big.Int).SetUint64(bn))
			nt, _ := l.ec.TransactionCount(context.Background(), h.Hash())
			fmt.Printf("DIAG block %d t=%d seen=%s reqs=%d txs=%d gasUsed=%dk difficulty=%d\n", bn, h.Time, seen[bn].Format("05.000"), blocks[bn], nt, h.GasUsed/1000, h.Difficulty)
		}
	}
	if len(lat) == 0 {
		b.Fatalf("nothing confirmed")
	}
	sort.Slice(lat, func(i, k int) bool { return lat[i] < lat[k] })
	res.p50, res.p99 = lat[len(lat)/2], lat[len(lat)*99/100]
	res.perSecond = float64(res.confirmed) / last.Sub(start).Seconds()
	// Sustained: the middle 90% of confirmations over the time they took, without the
	// first requests' latency and the drain after the last offer, which a run of any
	// length adds to the whole-run rate (at 500 offered for 60 s it can be at most
	// 30,000 / (60 s + the last request's latency)).
	var done []time.Time
	for i, st := range status {
		if st != nil && st["status"] == relayer.StatusConfirmed {
			done = append(done, confirmedAt[i])
		}
	}
	sort.Slice(done, func(i, k int) bool { return done[i].Before(done[k]) })
	if lo, hi := len(done)*5/100, len(done)*95/100; hi > lo && done[hi-1].After(done[lo]) {
		res.sustained = float64(hi-lo-1) / done[hi-1].Sub(done[lo]).Seconds()
	}
	var gas uint64
	for h := range txs {
		r, err := l.ec.TransactionReceipt(context.Background(), h)
		if err == nil {
			gas += r.GasUsed
		}
	}
	res.gasPerRequest = float64(gas) / float64(res.confirmed)
	return res
}

// relayTimes reads a finished request's accepted and finished times from its status.
func relayTimes(st map[string]any) (accepted, finished time.Time, ok bool) {
	a, err1 := time.Parse(time.RFC3339Nano, fmt.Sprint(st["accepted"]))
	f, err2 := time.Parse(time.RFC3339Nano, fmt.Sprint(st["finished"]))
	return a, f, err1 == nil && err2 == nil
}

// citizensBulk makes n new citizens holding 100 points each, credited 1,000 per
// transaction, all sent before any receipt is awaited.
func (l *load) citizensBulk(n int) []*ecdsa.PrivateKey {
	l.b.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
	}
	for lo := 0; lo < n; lo += 1000 {
		var cs []scoin.SCoinCredit
		for _, k := range keys[lo:min(lo+1000, n)] {
			l.record++
			cs = append(cs, scoin.SCoinCredit{Citizen: crypto.PubkeyToAddress(k.PublicKey), Amount: big.NewInt(100), RecordId: l.record})
		}
		l.send(l.info.Contracts[deploy.SCoin], l.sc, "creditBatch", uint32(1), cs)
	}
	return keys
}

type ceiling struct {
	n                          int
	txPerSecond, mgasPerSecond float64
}

// chainCeiling measures what the devnet mines of n pre-signed plain transfers from 30
// senders, sent as fast as the node takes them: from the first send to the last mined.
func (l *load) chainCeiling(n int) ceiling {
	b := l.b
	b.Helper()
	ctx := context.Background()
	chainID, _ := l.ec.ChainID(ctx)
	signer := types.LatestSignerForChainID(chainID)
	staffKey, err := l.info.Staff.Unlock()
	if err != nil {
		b.Fatal(err)
	}
	const senders = 30
	per := (n + senders - 1) / senders
	keys := make([]*ecdsa.PrivateKey, senders)
	tip := big.NewInt(1e9)
	feeCap := big.NewInt(100e9)
	nonce, err := l.ec.PendingNonceAt(ctx, l.staff.From())
	if err != nil {
		b.Fatal(err)
	}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		to := crypto.PubkeyToAddress(keys[i].PublicKey)
		tx := types.MustSignNewTx(staffKey.PrivateKey, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i), To: &to,
			Value: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(10)), Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap})
		if err := l.ec.SendTransaction(ctx, tx); err != nil {
			b.Fatal(err)
		}
	}
	l.waitNonce(l.staff.From(), nonce+senders)
	var txs []*types.Transaction
	for k := 0; k < per; k++ {
		for _, key := range keys {
			to := common.HexToAddress("0x5409")
			txs = append(txs, types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(k), To: &to,
				Value: big.NewInt(1), Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap}))
		}
	}
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(txs); i += 8 {
				if err := l.ec.SendTransaction(ctx, txs[i]); err != nil {
					b.Errorf("send transfer: %v", err)
				}
			}
		}(w)
	}
	wg.Wait()
	for _, key := range keys {
		l.waitNonce(crypto.PubkeyToAddress(key.PublicKey), uint64(per))
	}
	el := time.Since(start).Seconds()
	return ceiling{n: len(txs), txPerSecond: float64(len(txs)) / el, mgasPerSecond: float64(len(txs)) * 21000 / 1e6 / el}
}

func (l *load) waitNonce(a common.Address, n uint64) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if v, err := l.ec.NonceAt(context.Background(), a, nil); err == nil && v >= n {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	l.b.Fatalf("%s never reached nonce %d", a.Hex(), n)
}

// startRelayer starts the relayer in its default configuration (executeBatch) against the
// devnet and returns its base URL and its stop (two relayers must not share the hot keys).
func (l *load) startRelayer(conf uint64) (string, func()) {
	b := l.b
	b.Helper()
	cfg := relayer.Config{Batching: true, Listen: "127.0.0.1:0", Confirmations: conf}
	if err := relayer.DevnetConfig(&cfg, l.dir); err != nil {
		b.Fatal(err)
	}
	cfg.DataDir = b.TempDir()
	ks, err := relayer.LoadKeys(cfg)
	if err != nil {
		b.Fatal(err)
	}
	// SEOULCHAIN_BENCH_RELAYER_LOG=FILE keeps the relayer's log (Info and up) of a run, for a
	// run that failed: the relayer's warnings (reorganisations, resends, splits) say why.
	var logTo io.Writer = io.Discard
	if path := os.Getenv("SEOULCHAIN_BENCH_RELAYER_LOG"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { f.Close() })
		logTo = f
	}
	svc, err := relayer.New(cfg, ks, services.RelayerPlugins(), slog.New(slog.NewTextHandler(logTo, nil)))
	if err != nil {
		b.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	return "http://" + svc.Addr(), func() { svc.Stop(context.Background()) }
}

// follow polls the relayer every 100 ms (at most 16 status reads at once) until each
// accepted request (a non-empty id) is confirmed or failed, for up to wait: when each
// ended, its last status, and the indexes still pending. Each round reads the oldest
// followWindow pending only: requests end about in the order they were offered, and
// reading 100,000 statuses a round would take the CPU from the chain it measures.
func follow(b *testing.B, client *http.Client, url string, ids []string, wait time.Duration) ([]time.Time, []map[string]any, map[int]bool) {
	b.Helper()
	const followWindow = 4_000
	n := len(ids)
	confirmedAt := make([]time.Time, n)
	status := make([]map[string]any, n)
	deadline := time.Now().Add(wait)
	var pending []int // in the order offered
	for i := range ids {
		if ids[i] != "" {
			pending = append(pending, i)
		}
	}
	for len(pending) > 0 && time.Now().Before(deadline) {
		var mu sync.Mutex
		sem := make(chan struct{}, 16)
		var rd sync.WaitGroup
		ended := map[int]bool{}
		for _, i := range pending[:min(len(pending), followWindow)] {
			rd.Add(1)
			sem <- struct{}{}
			go func(i int) {
				defer rd.Done()
				defer func() { <-sem }()
				resp, err := client.Get(url + "/v1/relay/" + ids[i])
				if err != nil {
					return
				}
				var st map[string]any
				json.NewDecoder(resp.Body).Decode(&st)
				resp.Body.Close()
				if st["status"] == relayer.StatusConfirmed || st["status"] == relayer.StatusFailed {
					mu.Lock()
					confirmedAt[i], status[i] = time.Now(), st
					ended[i] = true
					mu.Unlock()
				}
			}(i)
		}
		rd.Wait()
		left := pending[:0]
		for _, i := range pending {
			if !ended[i] {
				left = append(left, i)
			}
		}
		pending = left
		time.Sleep(100 * time.Millisecond)
	}
	left := map[int]bool{}
	for _, i := range pending {
		left[i] = true
	}
	return confirmedAt, status, left
}
