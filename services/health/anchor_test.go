package health

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

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

// anchorRun is a bulk anchoring of random records set up for a test: a hospital, a patient,
// the command's arguments (with --batch-size and --progress-dir) and the first run of the
// same work stopped once its first batch is in a block, the later ones journaled, some sent
// and perhaps not mined.
type anchorRun struct {
	e                 healthCLI
	hospital, patient cmdtest.Party
	records           []common.Hash
	args              []string
	dir               string
	hc                common.Address
	ec                *ethclient.Client
	ctx               context.Context
}

func stoppedAnchorRun(t *testing.T, n, batch, inFlight int) *anchorRun {
	t.Helper()
	e := healthCLI{t, network.Dir(t)}
	info := network.Info(t)
	staff := cmdtest.StaffSender(t, e.dir)
	r := &anchorRun{e: e, hospital: cmdtest.NewParty(t, staff), patient: cmdtest.NewGaslessParty(t), records: make([]common.Hash, n),
		dir: filepath.Join(t.TempDir(), "progress"), ec: cmdtest.Dial(t, info.RPC()), hc: info.Contracts[deploy.HealthConsent]}
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", r.hospital.Addr.Hex(), "--role", "hospital")
	r.args = []string{"record", "anchor", "--patient", r.patient.Addr.Hex(), "--category", "lab", "--batch-size", strconv.Itoa(batch)}
	for i := range r.records {
		rand.Read(r.records[i][:])
		r.args = append(r.args, r.records[i].Hex())
	}
	r.args = append(r.args, "--progress-dir", r.dir)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	r.ctx = ctx
	stop, stopNow := context.WithCancel(ctx)
	res, err := bulk.Send(stop, r.ec, bulk.Config{Dir: r.dir, Keys: []*ecdsa.PrivateKey{partyKey(t, r.hospital)}, Pin: r.hospital.Addr,
		MaxRecords: batch, InFlight: inFlight, Progress: stopAfterFirst{stopNow}}, AnchorWork(r.hc, r.patient.Addr, 2 /* lab */, r.records))
	if err == nil || res == nil || res.Sent == 0 || res.Sent == n {
		t.Fatalf("the stopped run: %+v, %v; want some records sent, not all, and an error", res, err)
	}
	if _, err := os.Stat(r.dir); err != nil {
		t.Fatalf("the stopped run left no progress directory: %v", err)
	}
	t.Logf("stopped with %d of %d records anchored", res.Sent, n)
	return r
}

// anchoredOnce checks that every record of r is anchored exactly once, in at least minTxs
// transactions, and that the progress directory is gone.
func (r *anchorRun) anchoredOnce(t *testing.T, minTxs int) {
	t.Helper()
	if _, err := os.Stat(r.dir); !os.IsNotExist(err) {
		t.Fatalf("the progress directory stays after everything was anchored: %v", err)
	}
	f, err := healthconsent.NewHealthConsentFilterer(r.hc, r.ec)
	if err != nil {
		t.Fatal(err)
	}
	it, err := f.FilterRecordAnchored(&bind.FilterOpts{Context: r.ctx}, nil, []common.Address{r.patient.Addr}, []common.Address{r.hospital.Addr})
	if err != nil {
		t.Fatal(err)
	}
	seen, txs := map[common.Hash]int{}, map[common.Hash]bool{}
	for it.Next() {
		seen[it.Event.Record]++
		txs[it.Event.Raw.TxHash] = true
	}
	it.Close()
	for _, rec := range r.records {
		if seen[rec] != 1 {
			t.Errorf("record %s anchored %d times", rec.Hex(), seen[rec])
		}
	}
	if len(txs) < minTxs {
		t.Errorf("%d records in %d transactions; want at least %d", len(r.records), len(txs), minTxs)
	}
}

// TestHealthAnchorMany: more records than one transaction takes go through the bulk sender,
// in several batches (--batch-size lowers them, as the block gas limit bounds them); a run
// stopped with batches in flight is resumed by the same command on its progress directory,
// and every record is anchored exactly once; the same command again sends nothing.
func TestHealthAnchorMany(t *testing.T) {
	const n = 200
	r := stoppedAnchorRun(t, n, 25, 3)
	hospital, e, args := r.hospital, r.e, r.args

	// A dry run says an earlier run's batches may be in flight, and leaves them to the run.
	e.as(&hospital, cmdkit.ExitOK, "An earlier run's batches may be in flight ("+r.dir+")", "", append(slices.Clone(args), "--dry-run")...)
	// The same command resumes it: what is in flight is followed, nothing anchored twice.
	out := e.as(&hospital, cmdkit.ExitOK, "of 200 records (lab) of patient "+r.patient.Addr.Hex(), "", args...)
	if !strings.Contains(out, "records were anchored already and not sent again") || !strings.Contains(out, "0 failed") {
		t.Fatalf("the resumed run:\n%s", out)
	}
	r.anchoredOnce(t, n/25)

	// Once more: nothing sent, one line; --json says so too.
	e.as(&hospital, cmdkit.ExitOK, "200 records are anchored already. Nothing sent.", "", args...)
	var doc map[string]any
	if err := json.Unmarshal([]byte(e.as(&hospital, cmdkit.ExitOK, "", "", append([]string{"--json"}, args...)...)), &doc); err != nil || doc["alreadyDone"] != true {
		t.Fatalf("--json again: %v, %v", doc, err)
	}
	// A bad batch size is refused before anything is read.
	e.as(&hospital, cmdkit.ExitUsage, "", "--batch-size 0: want at least 1", "record", "anchor", "--patient", r.patient.Addr.Hex(), "--category", "lab", "--batch-size", "0", r.records[0].Hex())
}

// TestHealthAnchorResumeFew: a resumed run with few records left (one batch's worth, or
// none: its last batch was sent, in the pool or mined) still goes through the bulk sender,
// which follows the batch in flight rather than send those records beside it (a second
// transaction that reverted with HealthRecordAlreadyAnchored), and removes the progress
// directory, also when every record was in a block already.
func TestHealthAnchorResumeFew(t *testing.T) {
	r := stoppedAnchorRun(t, 60, 30, 2)
	r.e.as(&r.hospital, cmdkit.ExitOK, "", "", r.args...)
	r.anchoredOnce(t, 2)
	r.e.as(&r.hospital, cmdkit.ExitOK, "60 records are anchored already. Nothing sent.", "", r.args...)
}

// TestHealthAnchorDryRunKeptFolder: a dry run with a --progress-dir that exists and holds
// no journal (a folder the user keeps, emptied by the last run; or one holding the sender's
// marker alone, of a run stopped before it sent anything) says nothing of batches in flight;
// there are none.
func TestHealthAnchorDryRunKeptFolder(t *testing.T) {
	e := healthCLI{t, network.Dir(t)}
	hospital := cmdtest.NewParty(t, cmdtest.StaffSender(t, e.dir))
	e.as(nil, cmdkit.ExitOK, "", "", "provider", "add", hospital.Addr.Hex(), "--role", "hospital")
	markerOnly := t.TempDir()
	if err := os.WriteFile(filepath.Join(markerOnly, "seoulchain-progress.txt"), []byte("created: yes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for what, dir := range map[string]string{"empty": t.TempDir(), "the marker alone": markerOnly} {
		args := []string{"record", "anchor", "--patient", cmdtest.NewGaslessParty(t).Addr.Hex(), "--category", "lab", "--batch-size", "2",
			"--progress-dir", dir, "--dry-run"}
		for range 3 {
			var h common.Hash
			rand.Read(h[:])
			args = append(args, h.Hex())
		}
		if out := e.as(&hospital, cmdkit.ExitOK, "Dry run: anchoring 3 records (lab)", "", args...); strings.Contains(out, "in flight") {
			t.Fatalf("a dry run with a progress folder holding %s:\n%s", what, out)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(e.as(&hospital, cmdkit.ExitOK, "", "", append([]string{"--json"}, args...)...)), &doc); err != nil || doc["earlierRunInFlight"] != false {
			t.Fatalf("--json with a progress folder holding %s: %v, %v; want earlierRunInFlight false", what, doc, err)
		}
	}
}
