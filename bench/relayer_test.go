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
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/services"
)

// relayLoad is the number of signed citizen payments in each run.
const relayLoad = 30

// BenchmarkRelayer sends a load of signed citizen payments to a 3-signer devnet (1-second
// blocks, one confirmation) and reports requests per second and the p50/p99 latency from
// acceptance to confirmation: through the relayer with executeBatch, through the relayer one
// request per transaction, and by a naive sender that sends one transaction and waits for
// its receipt (and the confirmation) before the next.
func BenchmarkRelayer(b *testing.B) {
	dir := b.TempDir()
	nw := devnettest.Start(b, devnettest.Config(b, dir))
	l := newLoad(b, nw.Info(), dir)
	for _, mode := range []string{"relayer-batching", "relayer-one-per-tx", "naive-sender"} {
		b.Run(mode, func(b *testing.B) {
			var lat []time.Duration
			var total time.Duration
			for i := 0; i < b.N; i++ {
				cs := l.citizens(relayLoad)
				if mode == "naive-sender" {
					lat, total = l.naive(cs)
				} else {
					lat, total = l.viaRelayer(cs, mode == "relayer-batching")
				}
			}
			sort.Slice(lat, func(i, k int) bool { return lat[i] < lat[k] })
			b.ReportMetric(float64(len(lat))/total.Seconds(), "req/s")
			b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
		})
	}
}

type load struct {
	b      *testing.B
	info   *devnet.Info
	dir    string
	ec     *ethclient.Client
	staff  *txsend.Sender
	sc     *abi.ABI
	shop   common.Address
	record uint64
	port   int
}

func newLoad(b *testing.B, info *devnet.Info, dir string) *load {
	b.Helper()
	ec, err := ethclient.Dial(info.RPC())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(ec.Close)
	key, err := info.Staff.Unlock()
	if err != nil {
		b.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	staff, err := txsend.New(context.Background(), ec, key.PrivateKey, nil, abis...)
	if err != nil {
		b.Fatal(err)
	}
	staff.SetPollInterval(50 * time.Millisecond)
	sc, _ := scoin.SCoinMetaData.GetAbi()
	l := &load{b: b, info: info, dir: dir, ec: ec, staff: staff, sc: sc, shop: common.HexToAddress("0x5409"), port: devnettest.FreePorts(b, 1)}
	l.send(info.Contracts[deploy.SCoin], sc, "addProgram", "bench", big.NewInt(1e12), []common.Address{staff.From()})
	l.send(info.Contracts[deploy.SCoin], sc, "addMerchant", l.shop, "bench shop")
	return l
}

func (l *load) send(to common.Address, a *abi.ABI, method string, args ...any) {
	l.b.Helper()
	sendAs(l.b, l.staff, to, a, method, args...)
}

// sendAs sends one call from s and waits for its receipt; a failure ends the benchmark.
func sendAs(b *testing.B, s *txsend.Sender, to common.Address, a *abi.ABI, method string, args ...any) *txsend.Receipt {
	b.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		b.Fatal(err)
	}
	r, err := s.Send(context.Background(), txsend.Candidate{To: &to, Data: data})
	if err != nil {
		b.Fatalf("%s: %v", method, err)
	}
	return r
}

// citizens makes n citizens holding points, credited in one batch.
func (l *load) citizens(n int) []*ecdsa.PrivateKey {
	var keys []*ecdsa.PrivateKey
	var cs []scoin.SCoinCredit
	for i := 0; i < n; i++ {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		l.record++
		cs = append(cs, scoin.SCoinCredit{Citizen: crypto.PubkeyToAddress(k.PublicKey), Amount: big.NewInt(100), RecordId: l.record})
	}
	l.send(l.info.Contracts[deploy.SCoin], l.sc, "creditBatch", uint32(1), cs)
	return keys
}

// request is a citizen's signed payment of 10 S-Coin to the shop.
func (l *load) request(k *ecdsa.PrivateKey) (forwarder.Request, []byte) {
	l.b.Helper()
	id, _ := l.ec.ChainID(context.Background())
	dom := forwarder.Domain{ChainID: id, Forwarder: l.info.Contracts[deploy.CityForwarder]}
	data, _ := l.sc.Pack("pay", l.shop, big.NewInt(10), "BENCH")
	r := forwarder.Request{From: crypto.PubkeyToAddress(k.PublicKey), To: l.info.Contracts[deploy.SCoin], Gas: big.NewInt(200_000),
		Nonce: big.NewInt(0), Deadline: uint64(time.Now().Add(time.Hour).Unix()), Data: data}
	sig, err := dom.Sign(r, k)
	if err != nil {
		l.b.Fatal(err)
	}
	return r, sig
}

func (l *load) viaRelayer(keys []*ecdsa.PrivateKey, batching bool) ([]time.Duration, time.Duration) {
	l.b.Helper()
	cfg := relayer.Config{Batching: batching, Listen: fmt.Sprintf("127.0.0.1:%d", l.port), Confirmations: 1, BatchWait: 100 * time.Millisecond,
		RatePerMinute: 1000, RateBurst: 100}
	if err := relayer.DevnetConfig(&cfg, l.dir); err != nil {
		l.b.Fatal(err)
	}
	cfg.DataDir = l.b.TempDir()
	cfg.TxMgr.PollInterval = 50 * time.Millisecond
	ks, err := relayer.LoadKeys(cfg)
	if err != nil {
		l.b.Fatal(err)
	}
	svc, err := relayer.New(cfg, ks, services.RelayerPlugins(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		l.b.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		l.b.Fatal(err)
	}
	defer svc.Stop(context.Background())
	url := "http://" + svc.Addr()

	bodies := make([][]byte, len(keys))
	for i, k := range keys {
		r, sig := l.request(k)
		bodies[i], _ = json.Marshal(map[string]any{
			"request": map[string]any{"from": r.From, "to": r.To, "value": "0", "gas": r.Gas.String(), "nonce": "0",
				"deadline": fmt.Sprint(r.Deadline), "data": hexutil.Encode(r.Data)},
			"signature": hexutil.Encode(sig),
		})
	}
	start := time.Now()
	lat := make([]time.Duration, len(keys))
	var wg sync.WaitGroup
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			resp, err := http.Post(url+"/v1/relay", "application/json", bytes.NewReader(bodies[i]))
			if err != nil {
				l.b.Error(err)
				return
			}
			var out map[string]any
			json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if resp.StatusCode != http.StatusAccepted {
				l.b.Errorf("relay: %d %v", resp.StatusCode, out)
				return
			}
			for {
				r, err := http.Get(url + "/v1/relay/" + out["id"].(string))
				if err != nil {
					l.b.Error(err)
					return
				}
				var st map[string]any
				json.NewDecoder(r.Body).Decode(&st)
				r.Body.Close()
				if st["status"] == relayer.StatusConfirmed {
					lat[i] = time.Since(t0)
					return
				}
				if st["status"] == relayer.StatusFailed {
					l.b.Errorf("request failed: %v", st)
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	return lat, time.Since(start)
}

// naive sends each request through the forwarder itself, one transaction at a time, waiting
// for the receipt and one more block before the next.
func (l *load) naive(keys []*ecdsa.PrivateKey) ([]time.Duration, time.Duration) {
	l.b.Helper()
	fwd, _ := cityforwarder.CityForwarderMetaData.GetAbi()
	to := l.info.Contracts[deploy.CityForwarder]
	start := time.Now()
	var lat []time.Duration
	for _, k := range keys {
		t0 := time.Now()
		r, sig := l.request(k)
		data, _ := fwd.Pack("execute", r.Signed(sig))
		rcpt, err := l.staff.Send(context.Background(), txsend.Candidate{To: &to, Data: data})
		if err != nil {
			l.b.Fatal(err)
		}
		for {
			n, err := l.ec.BlockNumber(context.Background())
			if err == nil && n >= rcpt.Block+1 {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		lat = append(lat, time.Since(t0))
	}
	return lat, time.Since(start)
}
