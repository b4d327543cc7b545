package proposal

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services/voting"
)

// startRelayer runs the real relayer on the package's devnet, with this service's plug-in
// only, on a loopback port; it stops when the test ends.
func startRelayer(t *testing.T, dir string) string {
	t.Helper()
	cfg := relayer.Config{Batching: true, Listen: fmt.Sprintf("127.0.0.1:%d", devnettest.FreePorts(t, 1)), DataDir: t.TempDir()}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		t.Fatal(err)
	}
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
	return "http://" + svc.Addr()
}

// getJSON reads url into v and returns the status.
func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return resp.StatusCode
}

// TestGaslessProposalsAndPublicRoutes: citizens without gas propose, support and withdraw
// through the relayer (its allow-list admits exactly these), and the public routes follow
// the events: counts, stage, deadlines.
func TestGaslessProposalsAndPublicRoutes(t *testing.T) {
	e := cliEnv{t, network.Dir(t)}
	url := startRelayer(t, e.dir)
	annP, benP := cmdtest.NewGaslessParty(t), cmdtest.NewGaslessParty(t)
	ann, annFlags, ben, benFlags := annP.Addr, annP.Flags, benP.Addr, benP.Flags
	roll := filepath.Join(t.TempDir(), "roll.json")
	r, err := voting.NewRoll([]common.Address{ann, ben, network.Info(t).Staff.Address})
	if err != nil {
		t.Fatal(err)
	}
	if err := voting.WriteRollFile(roll, r); err != nil {
		t.Fatal(err)
	}
	e.must(cmdkit.ExitOK, "Done", nil, "propose", "roll", "--roll", roll)
	rel := []string{"--relayer", url}
	title := "Free drinking water fountains in every park"
	out := e.must(cmdkit.ExitOK, "gasless: relayed by", append(rel, annFlags...), "propose", "new", "--title", title, "--category", "health", "--roll", roll,
		"--text", "Every park should have a drinking fountain that works all year.")
	id := out[strings.Index(out, "Proposal #")+len("Proposal #"):]
	id = id[:strings.Index(id, " ")]
	e.must(cmdkit.ExitOK, "gasless: relayed by", append(rel, benFlags...), "propose", "support", id, "--roll", roll)
	e.must(cmdkit.ExitOK, "gasless: relayed by", append(rel, annFlags...), "propose", "support", id, "--roll", roll)
	e.must(cmdkit.ExitOK, "gasless: relayed by", append(rel, benFlags...), "propose", "withdraw", id)
	// The city's acts are not on the allow-list: they are sent (and paid) by the city.
	allow := NewRelayer().DefaultAllow()
	if got := fmt.Sprint(allow); got != "map[CitizenProposals:[propose proposeWithCredential support supportWithCredential withdraw]]" {
		t.Fatalf("allow-list %s", got)
	}

	var v View
	deadline := time.Now().Add(15 * time.Second)
	for {
		if code := getJSON(t, url+"/v1/proposals/"+id, &v); code == http.StatusOK && v.Supports == 2 && v.Withdrawals == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /v1/proposals/%s: %+v", id, v)
		}
		time.Sleep(300 * time.Millisecond)
	}
	if v.Supporters != 1 || v.Title != title || v.Author != ann || v.ClosesAt == 0 {
		t.Fatalf("GET /v1/proposals/%s: %+v", id, v)
	}
	var list ListResponse
	if code := getJSON(t, url+"/v1/proposals?open=true", &list); code != http.StatusOK || len(list.Proposals) == 0 || list.Block == 0 {
		t.Fatalf("GET /v1/proposals?open=true: %d %+v", code, list)
	}
	found := false
	for _, p := range list.Proposals {
		found = found || fmt.Sprint(p.ID) == id
	}
	if !found {
		t.Fatalf("proposal %s not listed: %+v", id, list.Proposals)
	}
	var refusal plugin.Error
	if code := getJSON(t, url+"/v1/proposals/9999", &refusal); code != http.StatusNotFound || !strings.Contains(refusal.Error, "no proposal 9999") {
		t.Fatalf("unknown proposal: %d %+v", code, refusal)
	}
	if code := getJSON(t, url+"/v1/proposals?stage=boss", &refusal); code != http.StatusBadRequest || !strings.Contains(refusal.Error, "stage \"boss\"") {
		t.Fatalf("bad stage: %d %+v", code, refusal)
	}
	if code := getJSON(t, url+"/v1/proposals?overdue=maybe", &refusal); code != http.StatusBadRequest {
		t.Fatalf("bad overdue: %d %+v", code, refusal)
	}
}
