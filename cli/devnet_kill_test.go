package cli

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
)

// TestDevnetSurvivesSIGKILL runs the real `seoulchain devnet`, gives a key gas, kills the
// process with SIGKILL right after, and starts it again: the contracts, the transfer and
// the head must all be there. Without archive mode every node rewinds to the last state
// geth wrote (the genesis, this young) and the restart finds no code at the recorded
// addresses.
func TestDevnetSurvivesSIGKILL(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "devnet")
	base := devnettest.FreePorts(t, 9)
	args := []string{"devnet", "--datadir", dir, "--http.port", fmt.Sprint(base), "--port", fmt.Sprint(base + 6), "--relayer.port", "0"}
	start := func() (*exec.Cmd, chan struct{}) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		t.Cleanup(func() { cmd.Process.Kill(); <-exited })
		for deadline := time.Now().Add(4 * time.Minute); ; time.Sleep(300 * time.Millisecond) {
			select {
			case <-exited:
				t.Fatalf("devnet exited before it was up:\n%s%s", stdout.String(), stderr.String())
			default:
			}
			if strings.Contains(stdout.String(), "seoulchain devnet is up") {
				return cmd, exited
			}
			if time.Now().After(deadline) {
				t.Fatalf("devnet not up after 4 minutes:\n%s", stderr.String())
			}
		}
	}

	cmd, exited := start()
	key := common.Address{0xde, 0xad}
	if code, stdout, stderr := run(t, "--devnet", dir, "devnet", "fund", key.Hex(), "--amount", "3"); code != ExitOK {
		t.Fatalf("fund: exit %d\n%s%s", code, stdout, stderr)
	}
	info, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := cmdtest.Dial(t, info.RPC())
	head, err := c.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited // its ports are free once it is gone

	start()
	c = cmdtest.Dial(t, info.RPC())
	ctx := context.Background()
	if now, err := c.BlockNumber(ctx); err != nil || now < head {
		t.Fatalf("head %d after the restart (%v), %d before the SIGKILL", now, err, head)
	}
	want := new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))
	if bal, err := c.BalanceAt(ctx, key, nil); err != nil || bal.Cmp(want) != 0 {
		t.Fatalf("the funded key holds %v wei after the restart (%v), want %v", bal, err, want)
	}
	for _, name := range []string{deploy.SCoin, deploy.Impl(deploy.SCoin), deploy.CityForwarder} {
		if code, err := c.CodeAt(ctx, info.Contracts[name], nil); err != nil || len(code) == 0 {
			t.Fatalf("%s at %s has no code after the restart (%v)", name, info.Contracts[name], err)
		}
	}
	if code, stdout, stderr := run(t, "--devnet", dir, "mileage", "program", "list"); code != ExitOK {
		t.Fatalf("a command after the restart: exit %d\n%s%s", code, stdout, stderr)
	}
}
