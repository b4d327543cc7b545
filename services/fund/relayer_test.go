package fund

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// collectorToken is the bearer token of the test's collecting system.
const collectorToken = "mapo-donation-desk"

// campaign is a donation campaign on the shared devnet, with a manager and a payee, and
// the relayer's first key holding KRW to pay donations in.
type campaign struct {
	e            fundCLI
	id           string
	mgr, payee   cmdtest.Party
	payer        common.Address
	staff        *txsend.Sender
	relayerURL   string
	apiURL       string   // relayerURL + /v1/funds/ID
	relayerState string   // the relayer's data directory
	more         []uint64 // other campaigns the collector posts to
}

var createdFund = regexp.MustCompile(`Created fund #(\d+)`)

// newCampaign creates a campaign (line 1 "program", one payee), registers the relayer's
// first key, the collector's payer, as its collector, and mints won to it.
func newCampaign(t *testing.T, won int64) *campaign {
	t.Helper()
	e := fundCLI{t, network.Dir(t)}
	staff := cmdtest.StaffSender(t, e.dir)
	c := &campaign{e: e, staff: staff, mgr: cmdtest.NewParty(t, staff), payee: cmdtest.NewParty(t, staff), payer: network.Info(t).Relayer.Address}
	out := e.must(cmdkit.ExitOK, "Created fund #", "", nil, "create", "--kind", "donation", "--manager", c.mgr.Addr.Hex(), "--end", "+720h")
	c.id = createdFund.FindStringSubmatch(out)[1]
	e.must(cmdkit.ExitOK, "", "", nil, "line", "add", "--code", "program", "--limit", "5,000,000", c.id)
	e.must(cmdkit.ExitOK, "", "", nil, "payee", "add", c.id, c.payee.Addr.Hex())
	e.must(cmdkit.ExitOK, "", "", nil, "collector", "add", c.id, c.payer.Hex())
	mintKRW(t, staff, c.payer, won, "DEP-COLLECT-"+c.id)
	return c
}

// startRelayer runs the real relayer in process on 127.0.0.1 with the fund plug-in only,
// the campaign's collector configured, its journal in the test's directory.
func (c *campaign) startRelayer(t *testing.T) {
	t.Helper()
	if c.relayerState == "" {
		c.relayerState = filepath.Join(t.TempDir(), "relayer")
	}
	cfg := relayer.Config{Listen: "127.0.0.1:0", DataDir: c.relayerState}
	if err := relayer.DevnetConfig(&cfg, c.e.dir); err != nil {
		t.Fatal(err)
	}
	id, _ := strconv.ParseUint(c.id, 10, 64)
	sec, err := plugin.SectionOf(RelayerConfig{Collectors: []Collector{{Name: "mapo-desk", TokenHash: plugin.HashToken(collectorToken),
		Funds: append([]uint64{id}, c.more...)}}}) // the payer is the relayer's first key
	if err != nil {
		t.Fatal(err)
	}
	cfg.Plugins = map[string]any{"funds": map[string]any(sec)}
	keys, err := relayer.LoadKeys(cfg)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := relayer.New(cfg, keys, []plugin.Plugin{NewRelayer()}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	c.relayerURL = "http://" + svc.Addr()
	c.apiURL = c.relayerURL + "/v1/funds/" + c.id
}

// post sends body to the donations route with token and decodes the answer into out.
func (c *campaign) post(t *testing.T, token, contentType, body string, out any) int {
	t.Helper()
	req, _ := http.NewRequest("POST", c.apiURL+"/donations", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("POST donations: %s, body: %v", resp.Status, err)
	}
	return resp.StatusCode
}

// get reads path (under the fund's API, with the collector's token) into out and returns
// the status.
func (c *campaign) get(t *testing.T, path string, out any) int {
	t.Helper()
	req, _ := http.NewRequest("GET", c.apiURL+path, nil)
	req.Header.Set("Authorization", "Bearer "+collectorToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("GET %s: %s, %q: %v", path, resp.Status, b, err)
	}
	return resp.StatusCode
}

// waitStatus polls a donation's status until it is final.
func (c *campaign) waitStatus(t *testing.T, receipt string) DonationStatus {
	t.Helper()
	var st DonationStatus
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(200 * time.Millisecond) {
		if code := c.get(t, "/donations/"+receipt, &st); code != http.StatusOK {
			t.Fatalf("status of %s: %d %+v", receipt, code, st)
		}
		if st.Status == "confirmed" || st.Status == "failed" || st.Status == StatusAlreadyRecorded {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("donation %s still %s", receipt, st.Status)
		}
	}
}

// waitReport polls GET /v1/funds/ID until ok accepts the report, which it returns as
// decoded JSON.
func (c *campaign) waitReport(t *testing.T, ok func(map[string]any) bool) map[string]any {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		var raw json.RawMessage
		if code := c.get(t, "", &raw); code != http.StatusOK {
			t.Fatalf("report: %d %s", code, raw)
		}
		var m map[string]any
		if json.Unmarshal(raw, &m) == nil && ok(m) {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("report never as expected: %s", raw)
		}
	}
}

// TestRelayerDonationsReportTrace: a collecting system posts a batch of donations to the
// real relayer; they are recorded once (the relayer allows the ledger its payer's KRW
// first); the same batch posted again, to the same relayer or to a fresh one, records
// nothing; a wrong token is 401, a malformed body 400 with its problems named; the
// public report equals `fund report --json` and a gift's trace `fund trace --json`.
func TestRelayerDonationsReportTrace(t *testing.T) {
	c := newCampaign(t, 10_000_000)
	c.startRelayer(t)
	batch := `{"donations": [{"receipt": "RLY-1", "amount": "3,000,000"}, {"receipt": "RLY-2", "amount": 1000000}, {"receipt": "RLY-3", "amount": "500000"}]}`

	var refusal struct {
		Error    string             `json:"error"`
		Problems []problems.Problem `json:"problems"`
	}
	if code := c.post(t, "not-the-token", "application/json", batch, &refusal); code != http.StatusUnauthorized || !strings.Contains(refusal.Error, "bearer token") {
		t.Fatalf("a wrong token: %d %+v", code, refusal)
	}
	bad := `{"donations": [{"receipt": "RLY-9", "amount": "abc"}, {"receipt": "", "amount": 5}, {"receipt": "RLY-8", "amount": 7}, {"receipt": "RLY-8", "amount": 8}]}`
	if code := c.post(t, collectorToken, "application/json", bad, &refusal); code != http.StatusBadRequest {
		t.Fatalf("a malformed body: %d %+v", code, refusal)
	}
	var where []string
	for _, p := range refusal.Problems {
		where = append(where, p.Where)
	}
	if got := strings.Join(where, "|"); got != "donations[0] amount|donations[1] receipt|donations[3] receipt" ||
		!strings.Contains(refusal.Problems[0].What, "positive number of won") || !strings.Contains(refusal.Problems[2].What, "repeats donations[2]") {
		t.Fatalf("problems: %+v", refusal.Problems)
	}
	if code := c.post(t, collectorToken, "application/json", `{"gifts": []}`, &refusal); code != http.StatusBadRequest || !strings.Contains(refusal.Problems[0].What, `unknown field "gifts"`) {
		t.Fatalf("an unknown field: %d %+v", code, refusal)
	}

	// A fund that has not registered the relayer's payer as its collector: refused, 409.
	c.e.must(cmdkit.ExitOK, "", "", nil, "collector", "remove", c.id, c.payer.Hex())
	if code := c.post(t, collectorToken, "application/json", batch, &refusal); code != http.StatusConflict || !strings.Contains(refusal.Error, "FundNotCollector") {
		t.Fatalf("an unregistered payer: %d %+v", code, refusal)
	}
	c.e.must(cmdkit.ExitOK, "", "", nil, "collector", "add", c.id, c.payer.Hex())

	var acc Accepted
	if code := c.post(t, collectorToken, "application/json", batch, &acc); code != http.StatusAccepted || acc.Accepted != 3 {
		t.Fatalf("the batch: %d %+v", code, acc)
	}
	for _, r := range []string{"RLY-1", "RLY-2", "RLY-3"} {
		if st := c.waitStatus(t, r); st.Status != "confirmed" || st.TxHash == (common.Hash{}) {
			t.Fatalf("%s: %+v", r, st)
		}
	}
	if code := c.post(t, collectorToken, "application/json", batch, &acc); code != http.StatusAccepted || acc.Accepted != 0 || acc.Duplicates != 3 {
		t.Fatalf("the batch again: %d %+v", code, acc)
	}
	// A conflicting value for a receipt taken is refused whole.
	var conflict struct {
		Error     string   `json:"error"`
		Conflicts []string `json:"conflicts"`
	}
	if code := c.post(t, collectorToken, "text/csv", "receipt,amount\nRLY-4,100\nRLY-1,\"2,000,000\"\n", &conflict); code != http.StatusConflict || len(conflict.Conflicts) != 1 {
		t.Fatalf("a conflicting receipt: %d %+v", code, conflict)
	}

	// The manager spends after the gifts; the books follow the new blocks.
	invoice := filepath.Join(t.TempDir(), "invoice.pdf")
	os.WriteFile(invoice, []byte("%PDF invoice"), 0o644)
	c.e.must(cmdkit.ExitOK, "Spend #", "", c.mgr.Flags, "spend", "--line", "1", "--payee", c.payee.Addr.Hex(), "--amount", "900,000", "--evidence", invoice, c.id)
	got := c.waitReport(t, func(r map[string]any) bool { return r["donationCount"] == 3.0 && r["spent"] == "900000" })
	var want map[string]any
	json.Unmarshal([]byte(c.e.must(cmdkit.ExitOK, "", "", []string{"--json"}, "report", c.id)), &want)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("GET report:\n%v\nfund report --json:\n%v", got, want)
	}
	var tr, wantTr map[string]any
	if code := c.get(t, "/trace/RLY-1", &tr); code != http.StatusOK {
		t.Fatalf("trace: %d %v", code, tr)
	}
	json.Unmarshal([]byte(c.e.must(cmdkit.ExitOK, "", "", []string{"--json"}, "trace", c.id, "RLY-1")), &wantTr)
	if !reflect.DeepEqual(tr, wantTr) || tr["spent"] != "600000" { // 900,000 × 3/4.5
		t.Fatalf("GET trace:\n%v\nfund trace --json:\n%v", tr, wantTr)
	}
	var nf plugin.Error
	if code := c.get(t, "/trace/RC-NEVER", &nf); code != http.StatusNotFound || !strings.Contains(nf.Error, "no donation has this receipt") {
		t.Fatalf("an unknown receipt: %d %+v", code, nf)
	}

	// A fresh relayer (an empty journal) finds the batch on the ledger: nothing is sent.
	c.relayerState = ""
	c.startRelayer(t)
	if code := c.post(t, collectorToken, "application/json", batch, &acc); code != http.StatusAccepted || acc.Accepted != 0 || acc.AlreadyRecorded != 3 {
		t.Fatalf("the batch to a fresh relayer: %d %+v", code, acc)
	}
	if st := c.waitStatus(t, "RLY-2"); st.Status != StatusAlreadyRecorded {
		t.Fatalf("RLY-2 on the fresh relayer: %+v", st)
	}
	c.waitReport(t, func(r map[string]any) bool { return r["donationCount"] == 3.0 && r["donations"] == "4500000" })

	// Receipts are per fund. Another campaign's collector (the staff's key here) posts the
	// campaign's next receipt, RLY-4, to its own fund first: the campaign's post of it is
	// still taken (no 409) and recorded, and each traces to its own fund.
	other := newCampaign(t, 1_000)
	staff := c.staff.From().Hex()
	mintKRW(t, c.staff, c.staff.From(), 1, "DEP-STAFF-"+other.id) // it pays RLY-4's won in
	c.e.must(cmdkit.ExitOK, "", "", nil, "collector", "add", other.id, staff)
	c.e.must(cmdkit.ExitOK, "", "", nil, "donate", "--receipt", "RLY-4", "--amount", "1", other.id)
	c.e.must(cmdkit.ExitOK, "1 won in 1 donation)", "", nil, "report", other.id) // not "1 donations"
	if code := c.post(t, collectorToken, "application/json", `{"donations": [{"receipt": "RLY-4", "amount": 100}]}`, &acc); code != http.StatusAccepted || acc.Accepted != 1 {
		t.Fatalf("a receipt another fund recorded: %d %+v", code, acc)
	}
	if st := c.waitStatus(t, "RLY-4"); st.Status != "confirmed" {
		t.Fatalf("RLY-4: %+v", st)
	}
	// The same relayer takes the same reference for two funds, each once.
	id2, _ := strconv.ParseUint(other.id, 10, 64)
	c.relayerState, c.more = "", []uint64{id2}
	c.startRelayer(t)
	other.apiURL = c.relayerURL + "/v1/funds/" + other.id
	for _, camp := range []*campaign{c, other} {
		if code := camp.post(t, collectorToken, "application/json", `{"donations": [{"receipt": "RLY-5", "amount": 10}]}`, &acc); code != http.StatusAccepted || acc.Accepted != 1 {
			t.Fatalf("RLY-5 to fund %s: %d %+v", camp.id, code, acc)
		}
	}
	for _, camp := range []*campaign{c, other} {
		if st := camp.waitStatus(t, "RLY-5"); st.Status != "confirmed" || fmt.Sprint(st.Fund) != camp.id {
			t.Fatalf("RLY-5 in fund %s: %+v", camp.id, st)
		}
	}
	c.waitReport(t, func(r map[string]any) bool { return r["donationCount"] == 5.0 })
	for _, tc := range []struct {
		camp   *campaign
		amount string
	}{{c, "100"}, {other, "1"}} {
		var tr map[string]any
		if code := tc.camp.get(t, "/trace/RLY-4", &tr); code != http.StatusOK || tr["amount"] != tc.amount || fmt.Sprint(tr["fund"]) != tc.camp.id {
			t.Fatalf("trace of RLY-4 in fund %s: %d %v", tc.camp.id, code, tr)
		}
		json.Unmarshal([]byte(c.e.must(cmdkit.ExitOK, "", "", []string{"--json"}, "trace", tc.camp.id, "RLY-4")), &wantTr)
		if !reflect.DeepEqual(tr, wantTr) {
			t.Fatalf("GET trace in fund %s:\n%v\nfund trace --json:\n%v", tc.camp.id, tr, wantTr)
		}
	}
}
