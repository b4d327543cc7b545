package vehicle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/deploy"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/relayclient"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// startRelayer runs the real relayer, in process over loopback, with the vehicles plug-in
// on the package's devnet, until the test ends; it returns its URL.
func startRelayer(t *testing.T, dir string) string {
	t.Helper()
	cfg := relayer.Config{Listen: "127.0.0.1:0", DataDir: filepath.Join(t.TempDir(), "relayer"), Confirmations: 1, BatchWait: 100 * time.Millisecond}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		t.Fatal(err)
	}
	keys, err := relayer.LoadKeys(cfg)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := relayer.New(cfg, keys, []plugin.Plugin{Plugin()}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	return "http://" + svc.Addr()
}

// gaslessKey is a fresh key with no gas at all, and the flags that send from it.
func gaslessKey(t *testing.T) (*ecdsa.PrivateKey, []string) {
	t.Helper()
	dir := t.TempDir()
	_, file, err := wallet.NewKey(dir, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	key, err := wallet.LoadKey(file, "pw")
	if err != nil {
		t.Fatal(err)
	}
	return key.PrivateKey, []string{"--keystore", file, "--password-file", pw}
}

// TestRecordsThroughTheRelayer: an inspection centre's back office whose key has no gas
// imports a batch and records one inspection through the real relayer; the chain names
// the centre, not the relayer, as the recorder. A key without the role is refused with the
// registry's error, by the command and by the relayer's standard route.
func TestRecordsThroughTheRelayer(t *testing.T) {
	dir := network.Dir(t)
	e := vehicleCLI{t, dir}
	url := startRelayer(t, dir)
	const car, car2 = "KMHKN81AFNU700001", "KMHKN81AFNU700002"
	for _, as := range []string{"registry-office"} {
		e.must(cmdkit.ExitOK, "", "", "recorder", "add", "--as", as)
	}
	e.must(cmdkit.ExitOK, "Done", "", "register", car, "--date", "2024-01-05")
	e.must(cmdkit.ExitOK, "Done", "", "register", car2, "--date", "2024-01-06")

	centreKey, centreFlags := gaslessKey(t)
	centre := crypto.PubkeyToAddress(centreKey.PublicKey)
	e.must(cmdkit.ExitOK, "Done: let "+centre.Hex()+" record as inspector", "", "recorder", "add", centre.Hex(), "--as", "inspector")
	as := func(flags []string, args ...string) (int, string, string) {
		t.Helper()
		return run(t, append(append(append([]string{"--devnet", dir, "--relayer", url}, flags...), "vehicle"), args...)...)
	}

	csv := filepath.Join(t.TempDir(), "centre.csv")
	var body strings.Builder
	body.WriteString(strings.Join(CSVHeader, ",") + "\n")
	for i, line := range []string{car + ",inspection,2025-02-01,30100", car2 + ",inspection,2025-02-02,70200", car + ",inspection,2025-08-01,35500"} {
		body.WriteString("C-" + string(rune('1'+i)) + "," + line + ",0,\n")
	}
	if err := os.WriteFile(csv, []byte(body.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := as(centreFlags, "import", "--csv", csv)
	if code != cmdkit.ExitOK || !strings.Contains(out, "Recorded 3 of 3 records") || !strings.Contains(out, "gasless: relayed by "+url) {
		t.Fatalf("import through the relayer: exit %d\n%s\n%s", code, out, errOut)
	}
	// Run again: every record is found on chain first; nothing is relayed.
	code, out, errOut = as(centreFlags, "import", "--csv", csv)
	if code != cmdkit.ExitOK || !strings.Contains(out, "3 records were already recorded") || !strings.Contains(out, "in 0 transactions") {
		t.Fatalf("import again: exit %d\n%s\n%s", code, out, errOut)
	}
	// Found on chain also through a node that takes batches of two calls at most (a
	// provider's limit): the batches are cut smaller, the unknown record only is left.
	limited := httptest.NewServer(&batchLimit{2, httputil.NewSingleHostReverseProxy(mustURL(t, network.Info(t).RPC()))})
	t.Cleanup(limited.Close)
	node, err := rpc.Dial(limited.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(node.Close)
	var recs []vehicleregistry.VehicleRegistryRecord
	for _, ref := range []string{"C-1", "C-2", "C-3", "C-new"} {
		recs = append(recs, vehicleregistry.VehicleRegistryRecord{Id: RecordID(centre, ref)})
	}
	left, err := notRecorded(context.Background(), node, network.Info(t).Contracts[deploy.VehicleRegistry], centre, RecordWork(common.Address{}, recs))
	if err != nil || len(left) != 1 || left[0].Id != recs[3].Id {
		t.Fatalf("not recorded, read through a node taking batches of two: %v, %v; want C-new only", left, err)
	}
	code, out, errOut = as(centreFlags, "record", "inspection", car2, "--odometer", "71000", "--date", "2025-09-01", "--id", "C-4")
	if code != cmdkit.ExitOK || !strings.Contains(out, "gasless: relayed by") {
		t.Fatalf("record through the relayer: exit %d\n%s\n%s", code, out, errOut)
	}

	// The registry office's back office registers in bulk, gasless too.
	officeKey, officeFlags := gaslessKey(t)
	office := crypto.PubkeyToAddress(officeKey.PublicKey)
	e.must(cmdkit.ExitOK, "Done", "", "recorder", "add", office.Hex(), "--as", "registry-office")
	regs := filepath.Join(t.TempDir(), "regs.csv")
	os.WriteFile(regs, []byte(strings.Join(RegistrationHeader, ",")+"\nOFF-1,KMHKN81AFNU700003,2024-04-01,company,no\n"), 0o644)
	code, out, errOut = as(officeFlags, "register", "--csv", regs)
	if code != cmdkit.ExitOK || !strings.Contains(out, "Registered 1 of 1 registration") || !strings.Contains(out, "gasless") {
		t.Fatalf("register --csv through the relayer: exit %d\n%s\n%s", code, out, errOut)
	}
	var reg Report
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", "", "history", "--json", "KMHKN81AFNU700003")), &reg); err != nil {
		t.Fatal(err)
	}
	if reg.Timeline[0].Recorder != office {
		t.Fatalf("registered by %s, want the office %s", reg.Timeline[0].Recorder, office)
	}

	info := network.Info(t)
	for _, v := range []string{car, car2} {
		var rep Report
		if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", "", "history", "--json", v)), &rep); err != nil {
			t.Fatal(err)
		}
		inspections := 0
		for _, en := range rep.Timeline {
			if en.Kind != Inspection.String() {
				continue
			}
			inspections++
			if en.Recorder != centre {
				t.Errorf("%s: inspection %s recorded by %s, want the centre %s (the relayer is %s)", v, en.ID.Hex(), en.Recorder.Hex(), centre.Hex(), info.Relayer.Address.Hex())
			}
		}
		if inspections != 2 {
			t.Errorf("%s: %d inspections, want 2:\n%+v", v, inspections, rep.Timeline)
		}
	}

	// A key without the inspector role: the command and the relayer refuse it by the
	// registry's own error, and nothing is recorded.
	strangerKey, strangerFlags := gaslessKey(t)
	stranger := crypto.PubkeyToAddress(strangerKey.PublicKey)
	code, out, errOut = as(strangerFlags, "import", "--csv", csv)
	if code != cmdkit.ExitFailed || !strings.Contains(out, "VehicleWrongRole") || !strings.Contains(errOut, "3 records were not recorded") {
		t.Fatalf("import without the role: exit %d\n%s\n%s", code, out, errOut)
	}
	code, _, errOut = as(strangerFlags, "record", "inspection", car, "--odometer", "40000", "--date", "2025-09-02")
	if code != cmdkit.ExitFailed || !strings.Contains(errOut, "VehicleWrongRole") || !strings.Contains(errOut, stranger.Hex()) {
		t.Fatalf("record without the role: exit %d\n%s", code, errOut)
	}
	rc, err := relayclient.New(url)
	if err != nil {
		t.Fatal(err)
	}
	fwd, err := rc.Forwarder(context.Background(), stranger)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Input{Kind: "inspection", VIN: car, Odometer: "40000", Date: "2025-09-02"}.Record(stranger, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	data := cmdkit.MustPack(registryABIOf(), "recordBatch", []vehicleregistry.VehicleRegistryRecord{rec})
	req, sig, err := fwd.Sign(strangerKey, info.Contracts[deploy.VehicleRegistry], data, 300_000, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	_, err = rc.Relay(context.Background(), req, sig)
	var api *relayclient.APIError
	if !errors.As(err, &api) || api.Status != 400 || !strings.Contains(api.Message, "VehicleWrongRole") {
		t.Fatalf("POST /v1/relay of a batch signed without the role: %v, want 400 VehicleWrongRole", err)
	}
	// The admin's functions are not relayed, whoever signs.
	if fwd.Allows(info.Contracts[deploy.VehicleRegistry], "grantRole") || !fwd.Allows(info.Contracts[deploy.VehicleRegistry], "recordBatch") {
		t.Fatalf("allow-list %+v", fwd.Allow)
	}
}

// TestRecordIDsAndVoids: record IDs are each recorder's own, so a second inspection
// centre that records under the first one's ID (a raw 0x ID) suppresses nothing: the
// first's import through the relayer still records its reading, once. That centre's
// implausible reading is refused; its plausible bogus maximum, voided by the registry
// office, no longer flags the genuine reading after it, and the history shows it voided.
func TestRecordIDsAndVoids(t *testing.T) {
	dir := network.Dir(t)
	e := vehicleCLI{t, dir}
	ok, failed, usage := cmdkit.ExitOK, cmdkit.ExitFailed, cmdkit.ExitUsage
	url := startRelayer(t, dir)
	const car = "KMHKN81AFNU710001"
	for _, as := range []string{"registry-office", "inspector"} {
		e.must(ok, "", "", "recorder", "add", "--as", as)
	}
	e.must(ok, "Done", "", "register", car, "--date", "2024-01-05")
	centreKey, centreFlags := gaslessKey(t)
	rogueKey, rogueFlags := gaslessKey(t)
	centre, rogue := crypto.PubkeyToAddress(centreKey.PublicKey), crypto.PubkeyToAddress(rogueKey.PublicKey)
	for _, a := range []string{centre.Hex(), rogue.Hex()} {
		e.must(ok, "Done", "", "recorder", "add", a, "--as", "inspector")
	}
	as := func(code int, stdout, stderr string, flags []string, args ...string) {
		t.Helper()
		gotCode, out, errOut := run(t, append(append(append([]string{"--devnet", dir, "--relayer", url}, flags...), "vehicle"), args...)...)
		if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
			t.Fatalf("vehicle %v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
		}
	}
	e.must(ok, "Done", "", "record", "inspection", car, "--odometer", "30,000", "--date", "2025-02-01", "--id", "S-1")

	// The rogue takes the centre's next ID and reads 95,000 km: more than 2,000 km a day.
	stolen := RecordID(centre, "C-1").Hex()
	// The refusal says the dates (Unix times on chain).
	at, maxAt := time.Date(2025, 3, 1, 0, 0, 0, 0, seoul).Unix(), time.Date(2025, 2, 1, 0, 0, 0, 0, seoul).Unix()
	implausible := fmt.Sprintf("VehicleImplausibleReading(km=95000, at=%d, maxKm=30000, maxAt=%d, maxKmPerDay=2000); at %d is 2025-03-01; maxAt %d is 2025-02-01",
		at, maxAt, at, maxAt)
	as(failed, "", implausible, rogueFlags, "record", "inspection", car, "--odometer", "95,000", "--date", "2025-03-01", "--id", stolen)
	as(ok, "gasless", "", rogueFlags, "record", "inspection", car, "--odometer", "55,000", "--date", "2025-03-01", "--id", stolen)

	csv := filepath.Join(t.TempDir(), "centre.csv")
	os.WriteFile(csv, []byte(strings.Join(CSVHeader, ",")+"\nC-1,"+car+",inspection,2025-04-01,33000,0,\n"), 0o644)
	as(ok, "Recorded 1 of 1 record", "", centreFlags, "import", "--csv", csv)
	as(ok, "already recorded", "", centreFlags, "import", "--csv", csv)
	e.must(ok, "ROLLED BACK", "", "history", car)

	e.must(usage, "", "--corrects must name the record", "record", "void", car, "--recorder", rogue.Hex())
	e.must(usage, "", "not an address", "record", "void", car, "--recorder", "rogue", "--corrects", stolen)
	e.must(failed, "", "VehicleNoReading", "record", "void", car, "--recorder", centre.Hex(), "--corrects", "C-404")
	as(failed, "", "VehicleWrongRole", rogueFlags, "record", "void", car, "--recorder", rogue.Hex(), "--corrects", stolen) // the office's only
	e.must(ok, "Done: void the odometer reading of record "+stolen+" of "+car, "", "record", "void", car, "--recorder", rogue.Hex(), "--corrects", stolen, "--date", "2025-04-02")
	e.must(failed, "", "VehicleReadingVoided", "record", "void", car, "--recorder", rogue.Hex(), "--corrects", stolen, "--id", "again")
	rep := e.history(car, "odometer: consistent", "last reading: 33,000 km on 2025-04-01", "55,000 km (void)", "reading VOIDED, not counted",
		"voids the reading of record")
	byRecorder := map[string]int{}
	for _, en := range rep.Timeline {
		if en.Odometer != 0 {
			byRecorder[en.Recorder.Hex()]++
		}
		if en.Voids != nil && (en.Voids.Recorder != rogue || en.Voids.ID.Hex() != stolen) {
			t.Errorf("void entry names %+v, want %s's %s", en.Voids, rogue.Hex(), stolen)
		}
	}
	if byRecorder[centre.Hex()] != 1 || byRecorder[rogue.Hex()] != 1 || !rep.Summary.OdometerConsistent || rep.Summary.MaxOdometer != 33_000 {
		t.Fatalf("readings by recorder %v, summary %+v", byRecorder, rep.Summary)
	}
}

// batchLimit is a node's front that refuses, as providers do, a batch of more than max
// calls with HTTP 413.
type batchLimit struct {
	max  int
	next http.Handler
}

func (b *batchLimit) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	var batch []json.RawMessage
	if err != nil || json.Unmarshal(body, &batch) == nil && len(batch) > b.max {
		http.Error(w, "batch size limit exceeded", http.StatusRequestEntityTooLarge)
		return
	}
	r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
	b.next.ServeHTTP(w, r)
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
