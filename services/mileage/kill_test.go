package mileage

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// helperArgs, set in a child process, is the command line TestHelperCredit runs.
const helperArgs = "MILEAGE_HELPER_ARGS"

// TestHelperCredit is the child process TestCreditImportSurvivesKill kills: it runs one
// command line through this service's command, as the binary would.
func TestHelperCredit(t *testing.T) {
	raw := os.Getenv(helperArgs)
	if raw == "" {
		t.Skip("run by TestCreditImportSurvivesKill")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	run(t, args...)
}

// TestCreditImportSurvivesKill SIGKILLs a `mileage credit --csv` process while its batches
// are in flight, runs the same command again, and checks that every record was credited
// exactly once.
func TestCreditImportSurvivesKill(t *testing.T) {
	dir := network.Dir(t)
	info := network.Info(t)
	city := []string{"--devnet", dir}
	code, out, stderr := run(t, append(city, "mileage", "program", "add", "--name", "kill test", "--budget", "100,000,000", "--issuer", info.Staff.Address.Hex())...)
	if code != cmdkit.ExitOK {
		t.Fatalf("add program: %d %s", code, stderr)
	}
	m := regexp.MustCompile(`#(\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no program ID in %q", out)
	}
	prog, _ := strconv.ParseUint(m[1], 10, 32)
	const n = 3000
	file := creditFile(t, 700_000, n)
	args := append(city, "mileage", "credit", "--program", m[1], "--csv", file, "--batch-size", "150", "--in-flight", "2")

	ec := cmdtest.Dial(t, info.RPC())
	f, err := scoin.NewSCoinFilterer(info.Contracts[deploy.SCoin], ec)
	if err != nil {
		t.Fatal(err)
	}
	credited := func() map[uint64]int {
		t.Helper()
		it, err := f.FilterCredited(&bind.FilterOpts{}, []uint32{uint32(prog)}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		seen := map[uint64]int{}
		for it.Next() {
			seen[it.Event.RecordId]++
		}
		return seen
	}

	raw, _ := json.Marshal(args)
	child := exec.Command(os.Args[0], "-test.run=^TestHelperCredit$", "-test.count=1")
	child.Env = append(os.Environ(), helperArgs+"="+string(raw))
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- child.Wait() }()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for done := 0; done == 0 || done >= n; {
		select {
		case err := <-exited:
			t.Fatalf("the import ended (%v) before it could be killed mid-flight", err)
		case <-ctx.Done():
			t.Fatal("nothing credited in 2 minutes")
		case <-time.After(200 * time.Millisecond):
		}
		done = len(credited())
	}
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited
	before := len(credited())
	t.Logf("killed with %d of %d records credited", before, n)

	code, out, stderr = run(t, args...)
	if code != cmdkit.ExitOK {
		t.Fatalf("the run after the kill: exit %d\n%s\n%s", code, out, stderr)
	}
	seen := credited()
	if len(seen) != n {
		t.Errorf("%d of %d records credited", len(seen), n)
	}
	for rec, times := range seen {
		if times != 1 {
			t.Errorf("record %d credited %d times", rec, times)
		}
	}
	if !strings.Contains(out, "0 failed") {
		t.Errorf("summary: %s", out)
	}
}
