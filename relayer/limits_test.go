package relayer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"
)

// TestNothingStallsAKey: a batch the node can never take (here: over its transaction fee
// cap, which a smaller batch fits) is split until it fits and every request confirms; the
// request size limit and malleable signatures are refused with named reasons; 2,000 event
// replays from 0-0 at once stay within a memory bound.
func TestNothingStallsAKey(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	// One key, so that every request goes into one batch; a fee cap that only batches of
	// two or fewer pay requests fit.
	cfg.Keys, cfg.KeyPasswordFiles = cfg.Keys[:1], cfg.KeyPasswordFiles[:1]
	cfg.BatchWait = 1500 * time.Millisecond
	cfg.WS.MaxClientsPerAddr = 3000
	ctx := context.Background()
	tip, err := e.ec.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := e.ec.HeaderByNumber(ctx, nil)
	perGas := new(big.Float).SetInt(new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))))
	capWei, _ := new(big.Float).Mul(perGas, big.NewFloat(330_000)).Float64()
	cfg.TxMgr.TxFeeCapEther = capWei / 1e18
	e.start(cfg)

	payers := e.newCitizens(8, 100, 70_000)
	var ids []string
	for _, c := range payers {
		code, out := e.do("POST", "/v1/relay", "application/json", e.pay(c, 10, "SPLIT", 0), nil)
		if code != http.StatusAccepted {
			t.Fatalf("relay: %d %s", code, out["_raw"])
		}
		ids = append(ids, out["id"].(string))
	}
	txs := map[string]bool{}
	for _, id := range ids {
		st := e.waitFor("/v1/relay/"+id, nil)
		if st["status"] != StatusConfirmed {
			t.Fatalf("request after the split: %s", st["_raw"])
		}
		txs[fmt.Sprint(st["txHash"])] = true
	}
	if len(txs) < 4 {
		t.Fatalf("8 requests in %d transactions: the batch over the fee cap was not split", len(txs))
	}
	for _, c := range payers {
		if b := e.balance(c.addr); b != 90 {
			t.Fatalf("payer has %d, want 90", b)
		}
	}

	t.Run("limits refused with their names", func(t *testing.T) {
		c := payers[0]
		huge := e.signed(c, e.scoin(), append(e.sc.Methods["pay"].ID, make([]byte, DefaultMaxRelayData)...), 1, uint64(time.Now().Add(time.Hour).Unix()))
		if code, out := e.do("POST", "/v1/relay", "application/json", huge, nil); code != http.StatusBadRequest || !strings.Contains(out["_raw"].(string), "max_relay_data") {
			t.Fatalf("oversized data: %d %s", code, out["_raw"])
		}
		// The same payment signed validly, then with s flipped to n - s: ecrecover takes it,
		// OpenZeppelin's ECDSA and the relayer do not.
		var body RelayBody
		json.Unmarshal(e.pay(c, 10, "HIGH-S", 1), &body)
		sig := body.Signature
		s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
		s.FillBytes(sig[32:64])
		sig[64] = 27 + 28 - sig[64]
		raw, _ := json.Marshal(body)
		if code, out := e.do("POST", "/v1/relay", "application/json", raw, nil); code != http.StatusBadRequest || !strings.Contains(out["_raw"].(string), "upper half") {
			t.Fatalf("high-s signature: %d %s", code, out["_raw"])
		}
	})

	t.Run("2,000 replays from 0-0 within a memory bound", func(t *testing.T) {
		// Events to replay: a thousand credits.
		auth := map[string]string{"Authorization": "Bearer " + ecoToken}
		var b bytes.Buffer
		for k := 0; k < 1000; k++ {
			fmt.Fprintf(&b, "0x%040x,10,%d\n", 0xdd000000+k, 80_000+k)
		}
		if code, out := e.do("POST", "/v1/mileage/credits", "text/csv", b.Bytes(), auth); code != http.StatusAccepted {
			t.Fatalf("credits: %d %s", code, out["_raw"])
		}
		if st := e.waitFor("/v1/mileage/credits/80999", auth); st["status"] != StatusConfirmed {
			t.Fatalf("credits: %s", st["_raw"])
		}
		time.Sleep(2 * time.Second) // the feed's confirmed head passes them
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		var peak atomic.Uint64
		stop := make(chan struct{})
		go func() {
			var m runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > peak.Load() {
					peak.Store(m.HeapAlloc)
				}
			}
		}()
		url := "ws" + strings.TrimPrefix(e.url, "http") + "/v1/events"
		const clients = 2000
		var wg sync.WaitGroup
		var done atomic.Int64
		sem := make(chan struct{}, 200)
		var conns sync.Map
		for i := 0; i < clients; i++ {
			wg.Add(1)
			sem <- struct{}{}
			go func(i int) {
				defer wg.Done()
				defer func() { <-sem }()
				conn, _, err := websocket.DefaultDialer.Dial(url, nil)
				if err != nil {
					t.Errorf("dial %d: %v", i, err)
					return
				}
				conns.Store(i, conn)
				// Every event since genesis is read and filtered on the server; none
				// matches this address, so the replay is all server-side work.
				conn.WriteJSON(Subscription{Cursor: "0-0", Address: hexutil.Encode(make([]byte, 20))})
				done.Add(1)
			}(i)
		}
		wg.Wait()
		time.Sleep(3 * time.Second) // the replays run
		close(stop)
		conns.Range(func(_, v any) bool { v.(*websocket.Conn).Close(); return true })
		grew := int64(peak.Load()) - int64(before.HeapAlloc)
		t.Logf("%d replays from 0-0: heap grew by at most %d MiB", done.Load(), grew>>20)
		// Unbounded, each replay would hold every event (over a thousand, decoded) at
		// once; bounded, a few pages are held and the rest is connections.
		if grew > 400<<20 {
			t.Fatalf("heap grew by %d MiB for %d replays", grew>>20, clients)
		}
	})
}
