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
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/services"
	"github.com/seoulchain/seoulchain/services/voting"
)

// supportBench is a proposal open for supports, a roll of size citizens whose first keys
// are known, and the forwarder's domain for their signed requests.
type supportBench struct {
	proposals, fwd common.Address
	pa, fa         *abi.ABI
	roll           *voting.Roll
	keys           []*ecdsa.PrivateKey
	dom            forwarder.Domain
	id             *big.Int
}

// newSupportBench builds the roll (keys first, then made-up addresses up to size, with
// on the roll as well) and returns the requests' parts; propose opens the proposal from
// an account on the roll.
func newSupportBench(b *testing.B, chainID *big.Int, book deploy.Addresses, keys int, size int, on ...common.Address) *supportBench {
	b.Helper()
	sb := &supportBench{proposals: book[deploy.CitizenProposals], fwd: book[deploy.CityForwarder], id: big.NewInt(1)}
	sb.pa, _ = citizenproposals.CitizenProposalsMetaData.GetAbi()
	sb.fa, _ = cityforwarder.CityForwarderMetaData.GetAbi()
	sb.dom = forwarder.Domain{ChainID: chainID, Forwarder: sb.fwd}
	citizens := append([]common.Address{}, on...)
	for i := 0; i < keys; i++ {
		k, _ := crypto.GenerateKey()
		sb.keys = append(sb.keys, k)
		citizens = append(citizens, crypto.PubkeyToAddress(k.PublicKey))
	}
	for i := len(citizens); i < size; i++ {
		citizens = append(citizens, common.BytesToAddress(crypto.Keccak256([]byte("citizen " + strconv.Itoa(i)))[:20]))
	}
	var err error
	if sb.roll, err = voting.NewRoll(citizens); err != nil {
		b.Fatal(err)
	}
	return sb
}

func (sb *supportBench) proof(b *testing.B, a common.Address) [][32]byte {
	p, err := sb.roll.Proof(a)
	if err != nil {
		b.Fatal(err)
	}
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// request is citizen i's signed support of the proposal (its first forwarder request).
func (sb *supportBench) request(b *testing.B, i int, deadline uint64) (forwarder.Request, []byte) {
	k := sb.keys[i]
	from := crypto.PubkeyToAddress(k.PublicKey)
	data, _ := sb.pa.Pack("support", sb.id, sb.proof(b, from))
	r := forwarder.Request{From: from, To: sb.proposals, Gas: big.NewInt(200_000), Nonce: big.NewInt(0), Deadline: deadline, Data: data}
	sig, err := sb.dom.Sign(r, k)
	if err != nil {
		b.Fatal(err)
	}
	return r, sig
}

const benchTitle = "Shade canopies at every bus stop"

func proposeArgs(sb *supportBench, b *testing.B, author common.Address) []any {
	return []any{benchTitle, "", crypto.Keccak256Hash([]byte(benchTitle)), crypto.Keccak256Hash([]byte("text")), uint16(1), sb.proof(b, author)}
}

// BenchmarkProposalSupportGas prints the gas of one support on rolls of 1,000 and
// 1,000,000 citizens (the proof grows with the roll's depth): sent by the citizen itself,
// relayed alone (the forwarder's execute, what a relayer pays), and relayed in an
// executeBatch of 100 (per support; the batch crosses the first threshold, 50, once).
func BenchmarkProposalSupportGas(b *testing.B) {
	fmt.Println("\n| roll | direct | relayed alone | relayed in a batch of 100 (per support) |")
	fmt.Println("|---|---|---|---|")
	for _, size := range []int{1_000, 1_000_000} {
		accs := chaintest.Accounts(b, 3)
		city, rel, citizen := accs[0], accs[1], accs[2]
		book := city.Deploy(deploy.CitizenProposals)
		chainID, _ := city.Chain.Client().ChainID(context.Background())
		sb := newSupportBench(b, chainID, book, 101, size, city.Addr(), citizen.Addr())
		city.Must(sb.proposals, sb.pa, "setRoll", sb.roll.Root, uint32(sb.roll.Size))
		city.Must(sb.proposals, sb.pa, "propose", proposeArgs(sb, b, city.Addr())...)
		direct := citizen.Must(sb.proposals, sb.pa, "support", sb.id, sb.proof(b, citizen.Addr())).GasUsed
		deadline := city.Now() + 3600
		r, sig := sb.request(b, 0, deadline)
		alone := rel.Must(sb.fwd, sb.fa, "execute", r.Signed(sig)).GasUsed
		var batch []cityforwarder.ERC2771ForwarderForwardRequestData
		for i := 1; i <= 100; i++ {
			r, sig := sb.request(b, i, deadline)
			batch = append(batch, r.Signed(sig))
		}
		batched := rel.Must(sb.fwd, sb.fa, "executeBatch", batch, rel.Addr()).GasUsed
		if n, _ := citizenproposals.NewCitizenProposals(sb.proposals, city.Chain.Client()); n != nil {
			if p, err := n.Proposal(nil, sb.id); err != nil || p.Backers != 102 {
				b.Fatalf("supporters %d (%v), want 102", p.Backers, err)
			}
		}
		fmt.Printf("| %d | %d | %d | %d |\n", size, direct, alone, batched/100)
	}
	fmt.Println()
	b.ReportMetric(0, "ns/op")
}

// BenchmarkProposalSupportsThroughRelayer: PROPOSAL_BENCH_SUPPORTS (default 2,000; the
// issue's figure is 100,000) citizens each sign a support of one proposal and post it to
// the relayer (default configuration but for the per-signer and global rate limits, which
// a bench from one address would hit; executeBatch, one confirmation) on a 3-signer devnet;
// 64 posters, a refusal for load (503/429) retried after 100 ms. Printed: the time from the
// first post to the count on chain reaching all of them, supports per second, and gas per
// support (all the blocks' gas over the supports); the relayer's /v1/proposals/1 must then
// count them all too, from the events.
func BenchmarkProposalSupportsThroughRelayer(b *testing.B) {
	n := 2_000
	if v := os.Getenv("PROPOSAL_BENCH_SUPPORTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("PROPOSAL_BENCH_SUPPORTS=%q: want a number of supports", v)
		}
	}
	dir := b.TempDir()
	nw := devnettest.Start(b, devnettest.Config(b, dir))
	l := newLoad(b, nw.Info(), dir)
	chainID, _ := l.ec.ChainID(context.Background())
	sb := newSupportBench(b, chainID, l.info.Contracts, n, n+1, l.staff.From())
	l.send(sb.proposals, sb.pa, "setRoll", sb.roll.Root, uint32(sb.roll.Size))
	l.send(sb.proposals, sb.pa, "propose", proposeArgs(sb, b, l.staff.From())...)

	bodies := make([][]byte, n)
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += 2 {
				r, sig := sb.request(b, i, deadline)
				bodies[i], _ = json.Marshal(map[string]any{
					"request": map[string]any{"from": r.From, "to": r.To, "value": "0", "gas": r.Gas.String(), "nonce": "0",
						"deadline": fmt.Sprint(r.Deadline), "data": hexutil.Encode(r.Data)},
					"signature": hexutil.Encode(sig),
				})
			}
		}(w)
	}
	wg.Wait()

	cfg := relayer.Config{Batching: true, Listen: "127.0.0.1:0", Confirmations: 1,
		RatePerMinute: 1e6, RateBurst: 1e6, GlobalRatePerSecond: 1e6, GlobalBurst: 1e6}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		b.Fatal(err)
	}
	cfg.DataDir = b.TempDir()
	ks, err := relayer.LoadKeys(cfg)
	if err != nil {
		b.Fatal(err)
	}
	svc, err := relayer.New(cfg, ks, services.RelayerPlugins(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer svc.Stop(context.Background())
	url := "http://" + svc.Addr()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	view, _ := citizenproposals.NewCitizenProposals(sb.proposals, l.ec)
	startBlock, _ := l.ec.BlockNumber(context.Background())

	start := time.Now()
	next := make(chan int)
	var retries, refusedForGood int
	var mu sync.Mutex
	for w := 0; w < 64; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				for {
					resp, err := client.Post(url+"/v1/relay", "application/json", bytes.NewReader(bodies[i]))
					if err != nil {
						b.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode == http.StatusAccepted {
						break
					}
					mu.Lock()
					if resp.StatusCode != http.StatusServiceUnavailable && resp.StatusCode != http.StatusTooManyRequests {
						refusedForGood++
						mu.Unlock()
						break
					}
					retries++
					mu.Unlock()
					time.Sleep(100 * time.Millisecond)
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	posted := time.Since(start)
	var backers uint32
	for limit := time.Now().Add(10 * time.Minute); time.Now().Before(limit); time.Sleep(200 * time.Millisecond) {
		p, err := view.Proposal(nil, sb.id)
		if err == nil {
			backers = p.Backers
		}
		if int(backers) == n {
			break
		}
	}
	total := time.Since(start)
	if int(backers) != n {
		b.Fatalf("%d of %d supports counted after %s (%d refused for good)", backers, n, total, refusedForGood)
	}
	// The relayer's public index must say the same, from the events.
	var indexed struct{ Supports, Withdrawals int }
	for limit := time.Now().Add(30 * time.Second); time.Now().Before(limit); time.Sleep(500 * time.Millisecond) {
		if resp, err := client.Get(url + "/v1/proposals/1"); err == nil {
			json.NewDecoder(resp.Body).Decode(&indexed)
			resp.Body.Close()
		}
		if indexed.Supports-indexed.Withdrawals >= n {
			break
		}
	}
	if indexed.Supports-indexed.Withdrawals != n {
		b.Errorf("GET /v1/proposals/1: %d supports − %d withdrawals, the chain counts %d", indexed.Supports, indexed.Withdrawals, n)
	}
	endBlock, _ := l.ec.BlockNumber(context.Background())
	var gas uint64
	for h := startBlock + 1; h <= endBlock; h++ {
		hd, err := l.ec.HeaderByNumber(context.Background(), new(big.Int).SetUint64(h))
		if err == nil {
			gas += hd.GasUsed
		}
	}
	fmt.Println("\n| supports through the relayer | all posted after | all counted after | supports/s | gas per support | 503/429 retried |")
	fmt.Println("|---|---|---|---|---|---|")
	fmt.Printf("| %d | %.1f s | %.1f s | %.0f | %.0f | %d |\n\n", n, posted.Seconds(), total.Seconds(), float64(n)/total.Seconds(), float64(gas)/float64(n), retries)
	b.ReportMetric(0, "ns/op")
}
