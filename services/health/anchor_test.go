package health

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/healthconsent"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// stopAfterFirst is a bulk progress that stops the run (cancel) once the first batch is in
// a block: the later batches are journaled, some sent and not mined.
type stopAfterFirst struct{ cancel context.CancelFunc }

func (s stopAfterFirst) Start(string, int) {}
func (s stopAfterFirst) Add(int)           { s.cancel() }
func (s stopAfterFirst) Finish()           {}

// partyKey is the private key of a test party's keystore.
func partyKey(t *testing.T, p cmdtest.Party) *ecdsa.PrivateKey {
	t.Helper()
	raw, err := os.ReadFile(p.Flags[1]) // --keystore FILE
	if err != nil {
		t.Fatal(err)
	}
	k, err := keystore.DecryptKey(raw, "pw")
	if err != nil {
		t.Fatal(err)
	}
	return k.PrivateKey
}

// TestHealthAnchorMany: more records than one transaction takes go through the bulk sender,
// in several batches (--batch-size lowers them, as the block gas limit bounds them); a run
// stopped with batches in flight is resumed by the same command on its progress directory,
// and every record is anchored exactly once; the same command again sends nothing.
func TestHealthAnchorMany(t *testing.T) {
	e := healthCLI{t, network.Dir(t)}
	info := network.Info(t)
	staff := cmdtest.StaffSender(t, e.dir)
	hospital, patient := cmdtest.NewParty(t, staff), cmdtest.NewGaslessParty(t)
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", hospital.Addr.Hex(), "--role", "hospital")

	const n = 200
	records := make([]common.Hash, n)
	args := []string{"record", "anchor", "--patient", patient.Addr.Hex(), "--category", "lab", "--batch-size", "25"}
	for i := range records {
		rand.Read(records[i][:])
		args = append(args, records[i].Hex())
	}
	dir := filepath.Join(t.TempDir(), "progress")
	args = append(args, "--progress-dir", dir)

	// The first run stops once its first batch is in a block, with two more in flight.
	ec := cmdtest.Dial(t, info.RPC())
	hc := info.Contracts[deploy.HealthConsent]
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	stop, stopNow := context.WithCancel(ctx)
	res, err := bulk.Send(stop, ec, bulk.Config{Dir: dir, Keys: []*ecdsa.PrivateKey{partyKey(t, hospital)}, Pin: hospital.Addr,
		MaxRecords: 25, InFlight: 3, Progress: stopAfterFirst{stopNow}}, AnchorWork(hc, patient.Addr, 2 /* lab */, records))
	if err == nil || res == nil || res.Sent == 0 || res.Sent == n {
		t.Fatalf("the stopped run: %+v, %v; want some records sent, not all, and an error", res, err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the stopped run left no progress directory: %v", err)
	}
	t.Logf("stopped with %d of %d records anchored", res.Sent, n)

	// The same command resumes it: what is in flight is followed, nothing anchored twice.
	out := e.as(&hospital, cmdkit.ExitOK, "of 200 records (lab) of patient "+patient.Addr.Hex(), "", args...)
	if !strings.Contains(out, "records were anchored already and not sent again") || !strings.Contains(out, "0 failed") {
		t.Fatalf("the resumed run:\n%s", out)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the progress directory stays after everything was anchored: %v", err)
	}
	f, err := healthconsent.NewHealthConsentFilterer(hc, ec)
	if err != nil {
		t.Fatal(err)
	}
	it, err := f.FilterRecordAnchored(&bind.FilterOpts{Context: ctx}, nil, []common.Address{patient.Addr}, []common.Address{hospital.Addr})
	if err != nil {
		t.Fatal(err)
	}
	seen, txs := map[common.Hash]int{}, map[common.Hash]bool{}
	for it.Next() {
		seen[it.Event.Record]++
		txs[it.Event.Raw.TxHash] = true
	}
	it.Close()
	for _, r := range records {
		if seen[r] != 1 {
			t.Errorf("record %s anchored %d times", r.Hex(), seen[r])
		}
	}
	if len(txs) < n/25 {
		t.Errorf("%d records in %d transactions; want batches of at most 25", n, len(txs))
	}

	// Once more: nothing sent, one line; --json says so too.
	e.as(&hospital, cmdkit.ExitOK, "200 records are anchored already. Nothing sent.", "", args...)
	var doc map[string]any
	if err := json.Unmarshal([]byte(e.as(&hospital, cmdkit.ExitOK, "", "", append([]string{"--json"}, args...)...)), &doc); err != nil || doc["alreadyDone"] != true {
		t.Fatalf("--json again: %v, %v", doc, err)
	}
	// A bad batch size is refused before anything is read.
	e.as(&hospital, cmdkit.ExitUsage, "", "--batch-size 0: want at least 1", "record", "anchor", "--patient", patient.Addr.Hex(), "--category", "lab", "--batch-size", "0", records[0].Hex())
}
