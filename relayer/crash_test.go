package relayer

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
)

// relayerProcess runs the real seoulchain-relayer binary.
type relayerProcess struct {
	t    *testing.T
	bin  string
	args []string
	cmd  *exec.Cmd
	log  *os.File
}

func (p *relayerProcess) start(e *world) {
	p.t.Helper()
	p.cmd = exec.Command(p.bin, p.args...)
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(e.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(p.log.Name())
			p.t.Fatalf("relayer not ready after 30 s:\n%s", out)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (p *relayerProcess) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
}

// TestCrashAndRestartExactlyOnce kills the real relayer process (SIGKILL) while its work is
// in flight (many nonces per key, on several keys) and starts it again on the same journal:
// every accepted credit and request is done, none twice, and the keys sent one transaction
// per job.
func TestCrashAndRestartExactlyOnce(t *testing.T) {
	e := newEnv(t)
	bin := filepath.Join(t.TempDir(), "seoulchain-relayer")
	if out, err := exec.Command("go", "build", "-o", bin, "./seoulchain-relayer").CombinedOutput(); err != nil {
		t.Fatalf("build the relayer: %v\n%s", err, out)
	}
	port := devnettest.FreePorts(t, 1)
	e.url = fmt.Sprintf("http://127.0.0.1:%d", port)
	conf := filepath.Join(t.TempDir(), "relayer.toml")
	os.WriteFile(conf, []byte(fmt.Sprintf(`
batch_wait = "100ms"
credit_batch = 150

[[issuers]]
name = "eco"
token_sha256 = "%s"
program = 1

[txmgr]
poll_interval = "50ms"
`, HashToken(ecoToken))), 0o644)
	logFile, _ := os.Create(filepath.Join(t.TempDir(), "relayer.log"))
	p := &relayerProcess{t: t, bin: bin, log: logFile, args: []string{
		"--config", conf, "--devnet", e.dir, "--datadir", t.TempDir(), "--http.port", fmt.Sprint(port), "--confirmations", "1"}}
	p.start(e)
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			out, _ := os.ReadFile(logFile.Name())
			t.Logf("relayer log:\n%s", out)
		}
	})

	start, _ := e.ec.BlockNumber(context.Background())
	payers := e.newCitizens(40, 100, 50_000)
	keyNonce := e.nonces()
	supply0 := e.balanceSupply()

	// Citizens' payments (two each, in nonce order) and 900 credits in six posts, all
	// accepted before the crash.
	var relayIDs []string
	for nonce := int64(0); nonce < 2; nonce++ {
		for _, c := range payers {
			code, out := e.do("POST", "/v1/relay", "application/json", e.pay(c, 25, fmt.Sprint("CRASH-", nonce), nonce), nil)
			if code != http.StatusAccepted {
				t.Fatalf("relay: %d %s", code, out["_raw"])
			}
			relayIDs = append(relayIDs, out["id"].(string))
		}
	}
	auth := map[string]string{"Authorization": "Bearer " + ecoToken}
	const posts, per = 6, 150
	for i := 0; i < posts; i++ {
		var b strings.Builder
		for k := 0; k < per; k++ {
			rec := 1 + i*per + k
			fmt.Fprintf(&b, "0x%040x,10,%d\n", 0xcc000000+rec, rec)
		}
		if code, out := e.do("POST", "/v1/mileage/credits", "text/csv", []byte(b.String()), auth); code != http.StatusAccepted {
			t.Fatalf("post %d: %d %s", i, code, out["_raw"])
		}
	}
	// Kill it the moment the first credit batch is sent and not yet mined.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, st := e.do("GET", "/v1/mileage/credits/1", "", nil, auth)
		if st["status"] == StatusSent {
			break
		}
		if st["status"] != StatusQueued || time.Now().After(deadline) {
			t.Fatalf("record 1 went to %s before the kill could catch it sent", st["_raw"])
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.kill()

	p.start(e)
	txs := map[string]bool{}
	for _, id := range relayIDs {
		st := e.waitFor("/v1/relay/"+id, nil)
		if st["status"] != StatusConfirmed {
			t.Fatalf("request %s after the restart: %s", id, st["_raw"])
		}
		txs[fmt.Sprint(st["txHash"])] = true
	}
	for rec := 1; rec <= posts*per; rec++ {
		st := e.waitFor(fmt.Sprintf("/v1/mileage/credits/%d", rec), auth)
		if st["status"] != StatusConfirmed {
			t.Fatalf("record %d after the restart: %s", rec, st["_raw"])
		}
		txs[fmt.Sprint(st["txHash"])] = true
	}

	// On chain: each record credited once, no batch ever skipped a record (which a second
	// send would show), each payment made once.
	logs, err := e.ec.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start), Addresses: []common.Address{e.scoin()}})
	if err != nil {
		t.Fatal(err)
	}
	credited, skipped := 0, 0
	for _, l := range logs {
		switch l.Topics[0] {
		case e.sc.Events["Credited"].ID:
			credited++
		case e.sc.Events["CreditSkipped"].ID:
			skipped++
		}
	}
	if credited != posts*per+len(payers) || skipped != 0 {
		t.Fatalf("%d Credited and %d CreditSkipped events, want %d and 0", credited, skipped, posts*per+len(payers))
	}
	if got, want := e.balanceSupply()-supply0, int64(posts*per*10); got != want {
		t.Fatalf("supply grew by %d, want %d", got, want)
	}
	for _, c := range payers {
		if b := e.balance(c.addr); b != 50 {
			t.Fatalf("payer %s has %d, want 50 (each payment once)", c.addr.Hex(), b)
		}
	}
	if after := e.nonces(); int(after-keyNonce) != len(txs) {
		t.Fatalf("the relayer's keys sent %d transactions for %d jobs", after-keyNonce, len(txs))
	}
	t.Logf("%d credits and %d payments in %d transactions, across a SIGKILL", posts*per, len(payers), len(txs))
}

func (e *world) balanceSupply() int64 {
	e.t.Helper()
	data, _ := e.sc.Pack("totalSupply")
	to := e.scoin()
	out, err := e.ec.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return new(big.Int).SetBytes(out).Int64()
}
